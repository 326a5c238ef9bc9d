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
  output (sigmoid)        1 / (1 + e^-(-0.99977125)) = 0.26898640
  error                   0 - 0.26898640 = -0.26898640
  gradient of the curve   0.26898640 × (1 - 0.26898640) = 0.19663272

The numbers are the floats training computes: ``explain_iteration`` trains
``iteration - 1`` iterations with ``NeuralNetwork.train``, then runs the next
one with ``NeuralNetwork.train_step``, which performs it through the same
function as ``train`` and returns what it computed (a ``TrainingStep``).
They are printed to 8 decimals, as the post prints them.
"""

from neuron_pure.float_text import format_fixed
from neuron_pure.mt19937 import check_seed
from neuron_pure.multilayer import BackpropagationStep, check_network
from neuron_pure.neuron import POST_SEED, POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS, NeuralNetwork
from neuron_pure.validation import check_function, check_iteration, check_rows, check_text

__all__ = ["explain_iteration", "explain_network", "explain"]


def explain_iteration(iteration=1, seed=POST_SEED, inputs=POST_TRAINING_INPUTS,
                      outputs=POST_TRAINING_OUTPUTS, network=None):
    """The record of training iteration ``iteration`` (counting from 1): a
    ``TrainingStep`` of a neuron seeded with ``seed`` on ``inputs`` and
    ``outputs`` (the post's four examples by default), or of ``network`` (a
    new ``NeuralNetwork`` or ``MultiLayerNetwork``, which is trained), a
    ``BackpropagationStep`` for layers.

    >>> step = explain_iteration(1)
    >>> step.outputs[0], step.new_weights[0]
    (0.2689863986549585, 0.12025405710936243)
    """
    check_iteration(iteration)
    if network is None:
        network = NeuralNetwork(len(check_rows(inputs, None, "training input")[0]), seed=seed)
    else:
        check_seed(seed)                # (a network given brings its own)
        check_network(network)
    return _step(network, iteration, inputs, outputs)


def _step(network, iteration, inputs, outputs):
    # Trusts its caller: a network checked, an iteration from 1; train checks
    # the examples.
    network.train(inputs, outputs, iteration - 1)
    return network.train_step(inputs, outputs)


def given_text(value):
    """An input or target as the post writes it: 0 and 1 for whole numbers,
    8 decimals otherwise.  Trusts its caller: a finite number.

    >>> given_text(1), given_text(1.0), given_text(0.25)
    ('1', '1', '0.25000000')
    """
    if isinstance(value, bool):
        value = int(value)
    if isinstance(value, float) and abs(value) < 1e15 and value == int(value) \
            and str(value) != "-0.0":
        value = int(value)
    if isinstance(value, int):
        return str(value)
    return format_fixed(value)


def _fixed(value):
    return format_fixed(value, 8)


def _row(values):
    return "[" + ", ".join(given_text(x) for x in values) + "]"


def _products(left, right, left_format=given_text):
    return " + ".join("%s × %s" % (left_format(x), _fixed(w)) for x, w in zip(left, right))


def step_lines(step, inputs, targets):
    """The lines that explain one recorded iteration, without a title: the
    post's words for a ``TrainingStep``, the sequel's (forward, then
    back-propagation, then the adjustments) for a ``BackpropagationStep``.
    Trusts its caller: ``inputs`` and ``targets`` are the checked training
    set the step was trained on (a target, or a row of them, per example).
    """
    targets = [t if isinstance(t, (list, tuple)) else [t] for t in targets]
    if isinstance(step, BackpropagationStep):
        return _layered_lines(step, inputs, targets)
    return _neuron_lines(step, inputs, [t[0] for t in targets])


def _weight_names(count, bias):
    names = ["weight %d" % (j + 1) for j in range(count)]
    if bias:
        names[-1] = "bias"
    return names


def _neuron_lines(step, inputs, targets):
    weights = step.weights
    bias = len(weights) == len(inputs[0]) + 1
    rows = [list(row) + [1] for row in inputs] if bias else inputs
    names = _weight_names(len(weights), bias)
    lines = ["Synaptic weights before this iteration:"]
    lines += ["  %s = %s" % (name, _fixed(w)) for name, w in zip(names, weights)]
    for i, row in enumerate(rows):
        total, output = step.weighted_sums[i], step.outputs[i]
        lines += [
            "",
            "Example %d: inputs %s, target output %s" % (i + 1, _row(inputs[i]), given_text(targets[i])),
            "  weighted sum            %s = %s" % (_products(row, weights), _fixed(total)),
            "  output (sigmoid)        1 / (1 + e^-(%s)) = %s" % (_fixed(total), _fixed(output)),
            "  error                   %s - %s = %s"
            % (given_text(targets[i]), _fixed(output), _fixed(step.errors[i])),
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
    for j, (name, weight) in enumerate(zip(names, weights)):
        terms = " + ".join("%s × %s" % (given_text(row[j]), _fixed(delta))
                           for row, delta in zip(rows, step.deltas))
        label = "  %s: " % name
        lines.append("%sadjustment %s = %s" % (label, terms, _fixed(step.adjustments[j])))
        lines.append("%snew %s %s + %s = %s" % (
            " " * len(label), "bias" if name == "bias" else "weight", _fixed(weight), _learning(step.adjustments[j], step),
            _fixed(step.new_weights[j])))
    return lines


def _layer_name(index, count):
    if index == count - 1:
        return "layer %d (output)" % (index + 1)
    return "layer %d (hidden)" % (index + 1)


def _layered_lines(step, inputs, targets):
    count = len(step.weights)
    lines = ["Synaptic weights before this iteration (one row per input, one column per neuron):"]
    for k in range(count):
        lines.append("  %s:" % _layer_name(k, count))
        for m, row in enumerate(step.weights[k]):
            # a hidden layer's inputs are the outputs of the layer before
            source = "input %d" % (m + 1) if k == 0 else "layer %d neuron %d" % (k, m + 1)
            lines.append("    from %s: %s" % (source, "  ".join(_fixed(w) for w in row)))
        if step.biases[k] is not None:
            lines.append("    biases: %s" % "  ".join(_fixed(b) for b in step.biases[k]))

    lines += ["", "Forward: each layer's output = sigmoid(dot(its input, its weights)), "
              "the hidden layer's output being the next layer's input."]
    for i in range(len(inputs)):
        lines += ["", "Example %d: inputs %s, target output %s"
                  % (i + 1, _row(inputs[i]), _row(targets[i]))]
        for k in range(count):
            layer_input = step.layer_inputs[k][i]
            formatter = given_text if k == 0 else _fixed
            for j in range(len(step.weights[k][0])):
                column = [row[j] for row in step.weights[k]]
                terms = _products(layer_input, column, formatter)
                if step.biases[k] is not None:
                    terms += " + 1 × %s" % _fixed(step.biases[k][j])
                total = step.weighted_sums[k][i][j]
                lines += [
                    "  %s, neuron %d" % (_layer_name(k, count), j + 1),
                    "    weighted sum          %s = %s" % (terms, _fixed(total)),
                    "    output (sigmoid)      1 / (1 + e^-(%s)) = %s"
                    % (_fixed(total), _fixed(step.outputs[k][i][j])),
                ]

    lines += ["", "Backward: the output layer's error is target - output; a hidden layer's "
              "error is the next layer's deltas times the weights that carried its output "
              "there (back-propagation); each delta is error × gradient of the curve."]
    for i in range(len(inputs)):
        lines += ["", "Example %d:" % (i + 1)]
        for k in range(count - 1, -1, -1):
            for j in range(len(step.weights[k][0])):
                output = step.outputs[k][i][j]
                if k == count - 1:
                    error = "%s - %s" % (given_text(targets[i][j]), _fixed(output))
                else:
                    error = " + ".join("%s × %s" % (_fixed(d), _fixed(w)) for d, w in
                                       zip(step.deltas[k + 1][i], step.weights[k + 1][j]))
                lines += [
                    "  %s, neuron %d" % (_layer_name(k, count), j + 1),
                    "    error                 %s = %s" % (error, _fixed(step.errors[k][i][j])),
                    "    gradient of the curve %s × (1 - %s) = %s"
                    % (_fixed(output), _fixed(output), _fixed(step.gradients[k][i][j])),
                    "    delta                 %s × %s = %s"
                    % (_fixed(step.errors[k][i][j]), _fixed(step.gradients[k][i][j]),
                       _fixed(step.deltas[k][i][j])),
                ]

    lines += ["", "Adjusting the weights: each weight changes by the sum, over the examples, "
              "of its input × the delta of its neuron (dot(layer input.T, deltas)):"]
    for k in range(count):
        lines.append("  %s:" % _layer_name(k, count))
        layer_inputs = step.layer_inputs[k]
        formatter = given_text if k == 0 else _fixed
        for m in range(len(step.weights[k])):
            for j in range(len(step.weights[k][0])):
                terms = " + ".join("%s × %s" % (formatter(row[m]), _fixed(deltas[j]))
                                   for row, deltas in zip(layer_inputs, step.deltas[k]))
                lines += [
                    "    input %d -> neuron %d: adjustment %s = %s"
                    % (m + 1, j + 1, terms, _fixed(step.adjustments[k][m][j])),
                    "        new weight %s + %s = %s"
                    % (_fixed(step.weights[k][m][j]), _learning(step.adjustments[k][m][j], step),
                       _fixed(step.new_weights[k][m][j])),
                ]
        if step.biases[k] is not None:
            for j in range(len(step.biases[k])):
                terms = " + ".join("1 × %s" % _fixed(deltas[j]) for deltas in step.deltas[k])
                lines += [
                    "    bias of neuron %d: adjustment %s = %s"
                    % (j + 1, terms, _fixed(step.bias_adjustments[k][j])),
                    "        new bias %s + %s = %s"
                    % (_fixed(step.biases[k][j]), _learning(step.bias_adjustments[k][j], step),
                       _fixed(step.new_biases[k][j])),
                ]
    return lines


def _learning(adjustment, step):
    # weight + learning_rate × adjustment; the post's rate, 1, is not shown
    rate = step.learning_rate
    if rate == 1.0:
        return _fixed(adjustment)
    return "%s × %s" % (given_text(rate), _fixed(adjustment))


def network_description(network):
    """A network in words: "a neuron with 3 inputs", "a network of 3 inputs,
    a hidden layer of 4 neurons and 1 output neuron".  Trusts its caller: a
    checked network.

    >>> network_description(NeuralNetwork(bias=True))
    'a neuron with 3 inputs and a bias'
    """
    shape = network.shape
    if isinstance(network, NeuralNetwork):
        return "a neuron with %d inputs%s" % (shape[0][0], " and a bias" if shape[0][2] else "")
    widths = [neurons for _, neurons, _ in shape]
    hidden = ", ".join("a hidden layer of %d neuron%s" % (w, "" if w == 1 else "s")
                       for w in widths[:-1])
    text = "a network of %d inputs, %s%s%d output neuron%s" % (
        shape[0][0], hidden, " and " if hidden else "", widths[-1],
        "" if widths[-1] == 1 else "s")
    if shape[0][2]:
        text += ", with biases"
    return text


def network_title(iteration, network, examples, data_name=None):
    """The first line of an explanation of ``network`` on ``examples``
    examples (of the file ``data_name``).  Trusts its caller: checked values."""
    return "Training iteration %d of %s%s on %s." % (
        iteration, network_description(network),
        "" if network.seed is None else " (seed %d)" % network.seed,
        "%d examples" % examples if data_name is None
        else "the %d examples of %s" % (examples, data_name))


def post_title(iteration, seed=POST_SEED):
    """The first line of an explanation of the post's run.  Trusts its
    caller: an iteration from 1 and a seed in range.

    >>> post_title(3)
    "Training iteration 3 of the post's neuron (seed 1) on its four examples."
    """
    return "Training iteration %d of the post's neuron (seed %d) on its four examples." % (
        iteration, seed)


def explain_network(network, inputs, targets, iteration=1, data_name=None):
    """The explanation of training iteration ``iteration`` of ``network`` (a
    new network: it is trained) on ``inputs`` and ``targets``, as lines."""
    check_iteration(iteration)
    if data_name is not None:
        check_text(data_name, "data_name")
    if check_network(network).seed is not None:
        check_seed(network.seed)        # the title prints it
    step = _step(network, iteration, inputs, targets)
    return [network_title(iteration, network, len(inputs), data_name), ""] + step_lines(
        step, inputs, targets)


def explanation_lines(iteration=1, seed=POST_SEED):
    """The explanation of training iteration ``iteration`` on the post's
    four examples, as lines of text."""
    step = explain_iteration(iteration, seed)
    return [post_title(iteration, seed), ""] + step_lines(
        step, POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS)


def explain(iteration=1, seed=POST_SEED, write=print):
    """Print the explanation of training iteration ``iteration`` of the
    post's neuron seeded with ``seed``, one line at a time through ``write``."""
    check_function(write, "write")
    for line in explanation_lines(iteration, seed):
        write(line)
