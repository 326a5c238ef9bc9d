"""The post's single neuron: three inputs (or any number), one sigmoid output.

The neuron multiplies each input by a synaptic weight, adds the products and
passes the sum through the sigmoid curve.  Training repeats four steps on the
whole training set at once (the post's formulas, in its words):

1. output of each example:  ``1 / (1 + e^(-sum(weight_i * input_i)))``
2. error:                   ``target - output``
3. error weighted derivative: ``error * output * (1 - output)``
   (``output * (1 - output)`` is the gradient of the sigmoid curve at the output)
4. adjustment of each weight: ``sum over examples of input * error * output * (1 - output)``,
   that is ``dot(inputs.T, error * gradient)``, added to the weight.

>>> network = NeuralNetwork()
>>> network.synaptic_weights
[[-0.165955990594852], [0.4406489868843162], [-0.9997712503653102]]
>>> network.train(POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS, 10000)
>>> network.think([1, 0, 0])
[0.9999370428352157]
"""

import math

from neuron_pure.arithmetic import (
    _sum_of_products, shape, sigmoid, sigmoid_gradient_from_output, transpose)
from neuron_pure.arrayprint import format_array
from neuron_pure.errors import NeuronPureError
from neuron_pure.mt19937 import RandomState
from neuron_pure.unrolled import compile_step

__all__ = [
    "NeuralNetwork", "TrainingStep", "training_step", "demo",
    "POST_TRAINING_INPUTS", "POST_TRAINING_OUTPUTS", "POST_NEW_SITUATION",
]

# The post's training set: the output is the first input.
POST_TRAINING_INPUTS = [[0, 0, 1], [1, 1, 1], [1, 0, 1], [0, 1, 1]]
POST_TRAINING_OUTPUTS = [[0], [1], [1], [0]]      # numpy's array([[0, 1, 1, 0]]).T
POST_NEW_SITUATION = [1, 0, 0]
POST_ITERATIONS = 10000
POST_SEED = 1


# ---------------------------------------------------------------------------
# Checking what the caller gives us: every problem is named, nothing is cut.

def _is_number(value):
    # bool is listed because MicroPython does not count it as an int.
    return isinstance(value, (int, float, bool))


def _check_count(value, name):
    if isinstance(value, bool) or not isinstance(value, int):
        raise NeuronPureError("%s must be an integer, not %r" % (name, value))
    if value < 0:
        raise NeuronPureError("%s must not be negative, got %d" % (name, value))
    return value


def _check_number(value, where):
    if not _is_number(value):
        raise NeuronPureError("%s is %r, not a number" % (where, value))
    try:
        finite = math.isfinite(value)
    except OverflowError:                   # an int too large for a float
        raise NeuronPureError("%s is too large for a float" % where)
    if not finite:
        raise NeuronPureError("%s is %r, not a finite number" % (where, value))
    return value


def _check_inputs(inputs, number_of_inputs):
    """The training inputs as a list of rows, each ``number_of_inputs`` wide."""
    if not isinstance(inputs, (list, tuple)) or not inputs:
        raise NeuronPureError("training inputs must be a non-empty list of rows")
    dimensions = shape(inputs)
    if len(dimensions) != 2:
        raise NeuronPureError(
            "training inputs must be a list of rows, one row per example")
    if dimensions[1] != number_of_inputs:
        raise NeuronPureError(
            "training inputs have %d columns but the neuron has %d inputs"
            % (dimensions[1], number_of_inputs))
    for i, row in enumerate(inputs):
        for j, value in enumerate(row):
            _check_number(value, "training input [%d][%d]" % (i, j))
    return [list(row) for row in inputs]


def _check_targets(outputs, number_of_examples):
    """The training outputs as a flat list, from a column (the post's
    ``[[0], [1], [1], [0]]``) or a flat list (``[0, 1, 1, 0]``)."""
    if not isinstance(outputs, (list, tuple)):
        raise NeuronPureError("training outputs must be a list, one per example")
    dimensions = shape(outputs)
    if len(dimensions) == 2:
        if dimensions[1] != 1:
            raise NeuronPureError(
                "training outputs must be a column (one value per row), got rows of %d"
                % dimensions[1])
        outputs = [row[0] for row in outputs]
    if len(outputs) != number_of_examples:
        raise NeuronPureError(
            "%d training outputs for %d examples: need one output per example"
            % (len(outputs), number_of_examples))
    for i, value in enumerate(outputs):
        _check_number(value, "training output [%d]" % i)
    return list(outputs)


# ---------------------------------------------------------------------------
# One training iteration, with every intermediate kept.

class TrainingStep:
    """What one training iteration computed, example by example.

    Each attribute holds one value per example (``weighted_sums``,
    ``outputs``, ``errors``, ``gradients``, ``deltas``) or per weight
    (``weights``, ``adjustments``, ``new_weights``), in the post's order.
    With a bias, the bias is the last weight and its input is 1.
    """

    def __init__(self, weights, new_weights, weighted_sums, outputs, errors,
                 gradients, deltas, adjustments):
        self.weights = list(weights)                # before the iteration
        self.weighted_sums = list(weighted_sums)    # dot(inputs, weights)
        self.outputs = list(outputs)                # sigmoid(weighted sum)
        self.errors = list(errors)                  # target - output
        self.gradients = list(gradients)            # output * (1 - output)
        self.deltas = list(deltas)                  # error * gradient
        self.adjustments = list(adjustments)        # dot(inputs.T, deltas)
        self.new_weights = list(new_weights)        # weights + learning_rate * adjustments

    def __repr__(self):
        return "TrainingStep(weights=%r, new_weights=%r)" % (self.weights, self.new_weights)


def training_step(inputs, columns, targets, weights, learning_rate=1.0):
    """One full-batch iteration of the post's ``train``; returns a ``TrainingStep``.

    ``inputs`` is the list of examples (rows), ``columns`` its transpose,
    ``targets`` one number per example and ``weights`` one number per input.
    Every sum runs left to right from its first term, like numpy's on these
    small arrays, so the floats are the post's to the last bit.  The post has
    no learning rate; ``learning_rate`` scales each adjustment, and at 1.0
    (``1.0 * a == a`` exactly) changes nothing.

    >>> step = training_step([[0, 0, 1]], [[0], [0], [1]], [0], [0.0, 0.0, 0.0])
    >>> step.outputs, step.deltas, step.new_weights
    ([0.5], [-0.125], [0.0, 0.0, -0.125])
    """
    # output = sigmoid(dot(inputs, weights))
    weighted_sums = [_sum_of_products(row, weights) for row in inputs]
    outputs = [sigmoid(total) for total in weighted_sums]
    # error = training_set_outputs - output
    errors = [target - output for target, output in zip(targets, outputs)]
    # the gradient of the sigmoid curve, at each output
    gradients = [sigmoid_gradient_from_output(output) for output in outputs]
    # error weighted derivative: the less confident the output, the larger the step
    deltas = [error * gradient for error, gradient in zip(errors, gradients)]
    # adjustment = dot(training_set_inputs.T, error * gradient)
    adjustments = [_sum_of_products(column, deltas) for column in columns]
    # synaptic_weights += adjustment  (times the learning rate)
    new_weights = [weight + learning_rate * adjustment
                   for weight, adjustment in zip(weights, adjustments)]
    return TrainingStep(weights, new_weights, weighted_sums, outputs, errors,
                        gradients, deltas, adjustments)


# ---------------------------------------------------------------------------
# The neuron.

def _check_learning_rate(value):
    _check_number(value, "learning_rate")
    if value <= 0:
        raise NeuronPureError("learning_rate must be positive, got %r" % value)
    return value


class NeuralNetwork:
    """A single neuron with ``number_of_inputs`` inputs and a sigmoid output.

    Its starting weights are drawn as the post draws them,
    ``2 * random((number_of_inputs, 1)) - 1``, uniform in [-1, 1), from its own
    ``RandomState(seed)``: no global generator is touched.  They live in
    ``synaptic_weights`` as a column (a list of one-element lists), like the
    post's numpy array of shape (number_of_inputs, 1).

    Two options go beyond the post; their defaults keep every number of it:

    * ``bias=True`` gives the neuron a bias weight, so that the input
      [0, 0, 0] need not give 0.5.  The bias is a weight on an extra input that
      is always 1: it is drawn like the others, right after them, from the
      same generator, and trained like them.  ``bias`` holds it (``None``
      without one).
    * ``learning_rate`` scales every adjustment (the post's is 1).

    >>> NeuralNetwork(bias=True).bias          # the 4th draw of seed 1, times 2, minus 1
    -0.39533485473632046
    """

    def __init__(self, number_of_inputs=3, seed=POST_SEED, bias=False, learning_rate=1.0):
        _check_count(number_of_inputs, "number_of_inputs")
        if number_of_inputs == 0:
            raise NeuronPureError("number_of_inputs must be at least 1")
        if not isinstance(bias, bool):
            raise NeuronPureError("bias must be True or False, not %r" % (bias,))
        self.learning_rate = _check_learning_rate(learning_rate)
        self.seed = seed
        # The generator is not kept: its 624-word state is about 20 KiB on
        # MicroPython, and the network needs only these draws.
        random_state = RandomState(seed)
        draws = random_state.random((number_of_inputs, 1))
        self.synaptic_weights = [[2 * row[0] - 1] for row in draws]
        self.bias = 2 * random_state.random() - 1 if bias else None
        self.iterations_trained = 0

    def _weights(self):
        """All weights as a flat list, checked (a caller may have replaced
        them), with the bias last if there is one."""
        weights = self.synaptic_weights
        if not isinstance(weights, (list, tuple)) or not weights or shape(weights) != (len(weights), 1):
            raise NeuronPureError(
                "synaptic_weights must be a column: a non-empty list of one-element lists")
        flat = [row[0] for row in weights]
        for i, value in enumerate(flat):
            _check_number(value, "synaptic weight [%d]" % i)
        if self.bias is not None:
            flat.append(_check_number(self.bias, "bias"))
        return flat

    def _with_bias_input(self, rows):
        # The bias is the weight of an input that is always 1, so the weighted
        # sum x0*w0 + x1*w1 + x2*w2 + 1*bias keeps numpy's order, bias last.
        if self.bias is None:
            return rows
        return [row + [1] for row in rows]

    @property
    def number_of_inputs(self):
        return len(self.synaptic_weights)

    def train(self, training_set_inputs, training_set_outputs, number_of_training_iterations):
        """Adjust the weights ``number_of_training_iterations`` times, each
        time with the whole training set (see ``training_step``)."""
        weights, step, reference, learning_rate = self._prepare(
            training_set_inputs, training_set_outputs)
        iterations = _check_count(number_of_training_iterations, "number_of_training_iterations")
        iteration = 0
        while iteration < iterations:
            try:
                for iteration in range(iteration, iterations):
                    weights = step(weights, learning_rate)[0]
                iteration = iterations
            except (OverflowError, ValueError):
                # An exponential overflowed in the written-out step (math.exp
                # raises there): this one iteration runs in the reference,
                # whose sigmoid() gives numpy's 0.0.
                weights = reference(weights, learning_rate)[0]
                iteration += 1
        self._set_weights(list(weights))
        self.iterations_trained += iterations

    def train_step(self, training_set_inputs, training_set_outputs):
        """One iteration of ``train``, returning what it computed as a
        ``TrainingStep`` (the very floats ``train`` computes: same code)."""
        weights, step, reference, learning_rate = self._prepare(
            training_set_inputs, training_set_outputs)
        try:
            record = step(weights, learning_rate)
        except (OverflowError, ValueError):
            record = reference(weights, learning_rate)
        self._set_weights(list(record[0]))
        self.iterations_trained += 1
        return TrainingStep(weights, *record)

    def _prepare(self, training_set_inputs, training_set_outputs):
        """Check the weights and the training set; return ``(weights, step,
        reference, learning_rate)``: the weights as a tuple, and two functions
        that run one iteration, ``(weights, learning_rate) ->
        (new_weights, weighted_sums, outputs, errors, gradients, deltas,
        adjustments)``, the written-out one (see ``neuron_pure.unrolled``)
        and the list-based reference, ``training_step``."""
        weights = tuple(self._weights())
        inputs = _check_inputs(training_set_inputs, self.number_of_inputs)
        targets = _check_targets(training_set_outputs, len(inputs))
        learning_rate = _check_learning_rate(self.learning_rate)
        rows = self._with_bias_input(inputs)
        columns = transpose(rows)               # training_set_inputs.T, once

        def reference(weights, learning_rate):
            step = training_step(rows, columns, targets, list(weights), learning_rate)
            return (tuple(step.new_weights), step.weighted_sums, step.outputs, step.errors,
                    step.gradients, step.deltas, step.adjustments)

        return weights, compile_step(rows, targets) or reference, reference, learning_rate

    def _set_weights(self, weights):
        if self.bias is not None:
            self.bias = weights.pop()
        self.synaptic_weights = [[weight] for weight in weights]

    def think(self, inputs):
        """The neuron's output, ``sigmoid(dot(inputs, synaptic_weights))``
        (plus the bias, if any).

        One situation (a list of numbers) gives a list of one output; a list of
        situations gives a column, one output per row, as numpy would.

        >>> NeuralNetwork().think([0, 0, 0])       # no input, no signal: 0.5
        [0.5]
        """
        weights = self._weights()
        dimensions = shape(inputs)
        if not dimensions:
            raise NeuronPureError("think needs a list of inputs, not a single number")
        width = dimensions[-1]
        if width != self.number_of_inputs:
            raise NeuronPureError(
                "%s %d inputs but the neuron has %d"
                % ("each row has" if len(dimensions) == 2 else "got", width,
                   self.number_of_inputs))
        rows = [list(row) for row in inputs] if len(dimensions) == 2 else [list(inputs)]
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                _check_number(value, "input [%d][%d]" % (i, j) if len(dimensions) == 2
                              else "input [%d]" % j)
        outputs = [sigmoid(_sum_of_products(row, weights))
                   for row in self._with_bias_input(rows)]
        if len(dimensions) == 2:
            return [[output] for output in outputs]
        return outputs


def demo(seed=POST_SEED, iterations=POST_ITERATIONS, write=print):
    """Print the post's transcript: starting weights, trained weights, and the
    prediction for the new situation [1, 0, 0], one line at a time through
    ``write`` (``print`` by default; pass ``list.append`` to collect them).

    >>> demo(iterations=1)     # doctest: +NORMALIZE_WHITESPACE
    Random starting synaptic weights:
    [[-0.16595599]
     [ 0.44064899]
     [-0.99977125]]
    New synaptic weights after training:
    [[ 0.12025406]
     [ 0.50456196]
     [-0.85063774]]
    Considering new situation [1, 0, 0] -> ?:
    [0.53002734]
    """
    network = NeuralNetwork(seed=seed)
    write("Random starting synaptic weights: ")
    write(format_array(network.synaptic_weights))
    network.train(POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS, iterations)
    write("New synaptic weights after training: ")
    write(format_array(network.synaptic_weights))
    write("Considering new situation [1, 0, 0] -> ?: ")
    write(format_array(network.think(POST_NEW_SITUATION)))
