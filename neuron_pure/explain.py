"""Every number of one training iteration, written out in the post's words.

Readers of the post stumble on three things: why the gradient is
``x * (1 - x)`` (``x`` is already the sigmoid's output), what the "error
weighted derivative" is in numbers, and why the input [0, 0, 0] always gives
0.5 (every weighted sum of it is 0, and the sigmoid of 0 is 1 / (1 + e^0)).
This module answers with the actual numbers of the actual run:

>>> for line in explanation_lines(1)[:12]:
...     print(line)
Training iteration 1 of the post's neuron (seed 1) on its four examples.
<BLANKLINE>
Synaptic weights before this iteration:
  weight 1 = -0.16595599
  weight 2 = 0.44064899
  weight 3 = -0.99977125
<BLANKLINE>
Example 1: inputs [0, 0, 1], target output 0
  weighted sum            0 × -0.16595599 + 0 × 0.44064899 + 1 × -0.99977125 = -0.99977125
  output (sigmoid)        1 / (1 + e^(0.99977125)) = 0.26898640
  error                   0 - 0.26898640 = -0.26898640
  gradient of the curve   0.26898640 × (1 - 0.26898640) = 0.19663272

The numbers are the floats training computes: ``explain_iteration`` trains
``iteration - 1`` iterations with ``NeuralNetwork.train``, then runs the next
one with ``NeuralNetwork.train_step``, which performs it through the same
function as ``train`` and returns what it computed (a ``TrainingStep``).
They are printed to 8 decimals, as the post prints them.
"""

from neuron_pure.float_text import format_fixed
from neuron_pure.errors import NeuronPureError
from neuron_pure.neuron import (
    POST_SEED, POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS, NeuralNetwork)
from neuron_pure.validation import check_count

__all__ = ["explain_iteration", "explanation_lines", "explain"]


def explain_iteration(iteration=1, seed=POST_SEED, inputs=POST_TRAINING_INPUTS,
                      outputs=POST_TRAINING_OUTPUTS):
    """The ``TrainingStep`` of training iteration ``iteration`` (counting from
    1) of a neuron seeded with ``seed``, on ``inputs`` and ``outputs`` (the
    post's four examples by default).

    >>> step = explain_iteration(1)
    >>> step.outputs[0], step.new_weights[0]
    (0.2689863986549585, 0.12025405710936243)
    """
    check_count(iteration, "iteration")
    if iteration < 1:
        raise NeuronPureError("iteration counts from 1, got %d" % iteration)
    network = NeuralNetwork(len(inputs[0]), seed=seed)
    network.train(inputs, outputs, iteration - 1)
    return network.train_step(inputs, outputs)


def _number(value):
    """An input or target as the post writes it: 0 and 1 for integers."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return format_fixed(value)


def _fixed(value):
    return format_fixed(value, 8)


def explanation_lines(iteration=1, seed=POST_SEED):
    """The explanation of training iteration ``iteration`` on the post's
    four examples, as lines of text."""
    step = explain_iteration(iteration, seed)
    inputs = POST_TRAINING_INPUTS
    targets = [row[0] for row in POST_TRAINING_OUTPUTS]
    weights = step.weights
    lines = [
        "Training iteration %d of the post's neuron (seed %d) on its four examples."
        % (iteration, seed),
        "",
        "Synaptic weights before this iteration:",
    ]
    lines += ["  weight %d = %s" % (j + 1, _fixed(w)) for j, w in enumerate(weights)]
    for i, row in enumerate(inputs):
        total, output = step.weighted_sums[i], step.outputs[i]
        lines += [
            "",
            "Example %d: inputs [%s], target output %s"
            % (i + 1, ", ".join(_number(x) for x in row), _number(targets[i])),
            "  weighted sum            %s = %s" % (" + ".join(
                "%s × %s" % (_number(x), _fixed(w)) for x, w in zip(row, weights)), _fixed(total)),
            "  output (sigmoid)        1 / (1 + e^(%s)) = %s" % (_fixed(-total), _fixed(output)),
            "  error                   %s - %s = %s"
            % (_number(targets[i]), _fixed(output), _fixed(step.errors[i])),
            "  gradient of the curve   %s × (1 - %s) = %s"
            % (_fixed(output), _fixed(output), _fixed(step.gradients[i])),
            "  error × gradient        %s × %s = %s"
            % (_fixed(step.errors[i]), _fixed(step.gradients[i]), _fixed(step.deltas[i])),
        ]
    lines += [
        "",
        "Adjusting the weights: each weight changes by the sum, over the examples, of",
        "input × error × gradient (the error weighted derivative):",
    ]
    for j, weight in enumerate(weights):
        terms = " + ".join("%s × %s" % (_number(row[j]), _fixed(delta))
                           for row, delta in zip(inputs, step.deltas))
        lines += [
            "  weight %d: adjustment %s = %s" % (j + 1, terms, _fixed(step.adjustments[j])),
            "            new weight %s + %s = %s"
            % (_fixed(weight), _fixed(step.adjustments[j]), _fixed(step.new_weights[j])),
        ]
    return lines


def explain(iteration=1, seed=POST_SEED, write=print):
    """Print the explanation of training iteration ``iteration``."""
    for line in explanation_lines(iteration, seed):
        write(line)
