"""The post's single neuron: three inputs (or any number), one sigmoid output.

Training repeats four steps on the whole training set at once (the post's
formulas, in its words):

1. output of each example:  ``1 / (1 + e^(-sum(weight_i * input_i)))``
2. error:                   ``target - output``
3. error weighted derivative: ``error * output * (1 - output)``
   (``output * (1 - output)`` is the gradient of the sigmoid curve at the output)
4. adjustment of each weight: ``dot(inputs.T, error * output * (1 - output))``,
   added to the weight.

>>> network = NeuralNetwork()
>>> network.synaptic_weights
[[-0.165955990594852], [0.4406489868843162], [-0.9997712503653102]]
>>> network.train(POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS, 10000)
>>> network.think([1, 0, 0])
[0.9999370428352157]
"""

from neuron_pure.arithmetic import (
    sigmoid, sigmoid_gradient_from_output, sum_of_products, transpose)
from neuron_pure.errors import NeuronPureError
from neuron_pure.mt19937 import RandomState, check_seed
from neuron_pure.validation import (
    check_boolean, check_count, check_function, check_layer_size, check_learning_rate,
    check_not_diverged, check_number, check_numbers, check_rows, check_situations, check_targets)

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
# One training iteration, the post's formulas over lists.

def training_step(inputs, columns, targets, weights, learning_rate=1.0):
    """One full-batch iteration of the post's ``train``; returns a ``TrainingStep``
    with every number it computed.

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
    _check_step(inputs, columns, targets, weights, learning_rate)
    return _training_step(inputs, columns, targets, weights, learning_rate)


def _training_step(inputs, columns, targets, weights, learning_rate):
    # Trusts its caller: lists of finite numbers, as long as each other.
    # output = sigmoid(dot(inputs, weights))
    weighted_sums = [sum_of_products(row, weights) for row in inputs]
    outputs = [sigmoid(total) for total in weighted_sums]
    # error = training_set_outputs - output
    errors = [target - output for target, output in zip(targets, outputs)]
    # the gradient of the sigmoid curve at each output: the less confident, the steeper
    gradients = [sigmoid_gradient_from_output(output) for output in outputs]
    # error weighted derivative
    deltas = [error * gradient for error, gradient in zip(errors, gradients)]
    # adjustment = dot(training_set_inputs.T, error * gradient)
    adjustments = [sum_of_products(column, deltas) for column in columns]
    # synaptic_weights += adjustment  (times the learning rate)
    new_weights = [weight + learning_rate * adjustment
                   for weight, adjustment in zip(weights, adjustments)]
    return TrainingStep(weights, new_weights, weighted_sums, outputs, errors,
                        gradients, deltas, adjustments, learning_rate)


class StepRecord:
    """What the two step records share (``TrainingStep`` here and
    ``multilayer.BackpropagationStep``): a notebook shows their numbers."""

    def _repr_html_(self):
        """The step's numbers as tables (``neuron_pure.step_table``, loaded
        only here: a board that never shows a step never loads it)."""
        from neuron_pure.step_table import step_tables
        return step_tables(self)


class TrainingStep(StepRecord):
    """What one training iteration computed, example by example: a record
    that ``training_step`` fills (it trusts what it is given).

    Each attribute holds one value per example (``weighted_sums``,
    ``outputs``, ``errors``, ``gradients``, ``deltas``) or per weight
    (``weights``, ``adjustments``, ``new_weights``), in the post's order,
    and ``learning_rate`` the rate it applied.  With a bias, the bias is the
    last weight, its input is 1, and ``has_bias`` is True.
    """

    def __init__(self, weights, new_weights, weighted_sums, outputs, errors,
                 gradients, deltas, adjustments, learning_rate=1.0, has_bias=False):
        self.weights = weights                  # before the iteration
        self.weighted_sums = weighted_sums      # dot(inputs, weights)
        self.outputs = outputs                  # sigmoid(weighted sum)
        self.errors = errors                    # target - output
        self.gradients = gradients              # output * (1 - output)
        self.deltas = deltas                    # error * gradient
        self.adjustments = adjustments          # dot(inputs.T, deltas)
        self.new_weights = new_weights          # weights + learning_rate * adjustments
        self.learning_rate = learning_rate      # the rate it applied
        self.has_bias = has_bias                # the last weight is a bias

    def __repr__(self):
        from neuron_pure.float_text import float_list
        return "TrainingStep(%d examples, weights=%s, new_weights=%s)" % (
            len(self.outputs), float_list(self.weights), float_list(self.new_weights))

    def _repr_svg_(self):
        """The neuron after this iteration, drawn (a notebook shows it)."""
        from neuron_pure.diagram import network_svg
        weights, bias = list(self.new_weights), None
        if self.has_bias:
            bias = [weights.pop()]
        return network_svg([[[w] for w in weights]], None if bias is None else [bias],
                           title="after this iteration")


# ---------------------------------------------------------------------------
# The neuron.

class NeuralNetwork:
    """A single neuron with ``number_of_inputs`` inputs and a sigmoid output.

    Its starting weights are drawn as the post draws them,
    ``2 * random((number_of_inputs, 1)) - 1``, from a ``RandomState(seed)``
    of its own, dropped once they are drawn: no global generator is touched.
    They live in ``synaptic_weights`` as a column (one ``[weight]`` per
    input), like the post's numpy array of shape (number_of_inputs, 1).

    ``train`` runs ``training_step``'s arithmetic as one loop written out for
    the network's shape and compiled once (``neuron_pure.engine``): the same
    operations in the same order, so the same bits.  For the post's neuron,
    this is the loop that runs:

    >>> import neuron_pure.engine as engine
    >>> print(engine.training_source(NeuralNetwork().shape))
    def train(parameters, examples, iterations, learning_rate, sigmoid=sigmoid):
        w0, w1, w2 = parameters
        for iteration in range(iterations):
            # adjustments start at -0.0, which adds nothing (-0.0 + x == x for every x)
            a0 = a1 = a2 = -0.0
            for x0, x1, x2, t in examples:
                # forward: weighted sum, output = sigmoid(weighted sum)
                s = x0 * w0 + x1 * w1 + x2 * w2
                o = sigmoid(s)
                # error = target - output; delta = error * gradient of the curve at the output
                e = t - o
                g = o * (1.0 - o)
                d = e * g
                # adjustment += input * delta: dot(inputs.T, deltas), one example at a time
                a0 += x0 * d
                a1 += x1 * d
                a2 += x2 * d
            # weight += learning_rate * adjustment
            w0 = w0 + learning_rate * a0
            w1 = w1 + learning_rate * a1
            w2 = w2 + learning_rate * a2
        return (w0, w1, w2)
    <BLANKLINE>

    Two options go beyond the post; their defaults keep every number of it:

    * ``bias=True`` gives the neuron a bias weight, so that the input
      [0, 0, 0] need not give 0.5.  The bias is a weight on an extra input that
      is always 1: it is drawn like the others, right after them, from the
      same generator, and trained like them.  ``bias`` holds it (``None``
      without one).
    * ``learning_rate`` scales every adjustment (the post's is 1).

    >>> NeuralNetwork(bias=True).bias          # the 4th draw of seed 1, times 2, minus 1
    -0.39533485473632046

    Each method checks the attributes it reads once per call (a caller may
    replace them); the properties read them as they are.
    """

    def __init__(self, number_of_inputs=3, seed=POST_SEED, bias=False, learning_rate=1.0):
        check_layer_size(number_of_inputs, 1, "number_of_inputs")
        check_boolean(bias, "bias")
        self.learning_rate = check_learning_rate(learning_rate)
        self.seed = check_seed(seed)            # an int (True would be saved as true)
        # The generator is not kept: its 624-word state is about 20 KiB on
        # MicroPython, and the network needs only these draws.
        random_state = RandomState(self.seed)
        draws = random_state.random((number_of_inputs, 1))
        self.synaptic_weights = [[2 * row[0] - 1] for row in draws]
        self.bias = 2 * random_state.random() - 1 if bias else None
        self.iterations_trained = 0

    @classmethod
    def from_weights(cls, synaptic_weights, bias=None, learning_rate=1.0):
        """A neuron with the weights given, a column like ``synaptic_weights``
        (one ``[weight]`` per input), and ``bias`` (``None`` or a number),
        nothing drawn (``seed`` is ``None``): how a loaded model's neuron is
        built, with no generator's 624 words to fill and throw away.

        >>> NeuralNetwork.from_weights([[9.5], [-0.25], [-4.5]]).think([0, 0, 0])
        [0.5]
        """
        # object.__new__, not cls(...): the constructor draws, and MicroPython
        # has no cls.__new__ (object.__new__(cls) works everywhere).
        network = object.__new__(cls)
        network._set_weights(_flat_weights(synaptic_weights, bias), bias is not None)
        network.learning_rate = check_learning_rate(learning_rate)
        network.seed = None
        network.iterations_trained = 0
        return network

    @property
    def number_of_inputs(self):
        return len(self.synaptic_weights)

    @property
    def shape(self):
        """The network's shape as ``neuron_pure.engine`` reads it: one layer of
        one neuron, ``((inputs, 1, bias),)``."""
        return ((len(self.synaptic_weights), 1, self.bias is not None),)

    def __repr__(self):
        """The neuron's shape, how it was made and trained, and its weights.

        >>> NeuralNetwork(2)
        NeuralNetwork(2 inputs, seed 1, 0 iterations trained, synaptic_weights=[[-0.165955990594852], [0.4406489868843162]])
        """
        # Imported here, like the training engine in train and the printing in
        # demo, not at the top: a board that only thinks never loads them.
        from neuron_pure.float_text import float_list
        return "NeuralNetwork(%d inputs%s, seed %r, %d iterations trained%s, synaptic_weights=[%s]%s)" % (
            self.number_of_inputs, "" if self.bias is None else " and a bias", self.seed,
            self.iterations_trained,
            "" if self.learning_rate == 1.0 else ", learning rate %s" % float_list([self.learning_rate])[1:-1],
            ", ".join(float_list(row) for row in self.synaptic_weights),
            "" if self.bias is None else ", bias=%s" % float_list([self.bias])[1:-1])

    def _repr_svg_(self):
        """The neuron drawn with its weights: what a notebook shows for it."""
        from neuron_pure.diagram import network_svg
        return network_svg(*self._layer_weights())

    def _layer_weights(self):
        """``(weights, biases)``, checked, in ``diagram.network_svg``'s form:
        one layer of one column, and ``None`` or ``[[bias]]``."""
        weights = _flat_weights(self.synaptic_weights, self.bias)
        if self.bias is None:
            return [[[w] for w in weights]], None
        return [[[w] for w in weights[:-1]]], [[weights[-1]]]

    def train(self, training_set_inputs, training_set_outputs, number_of_training_iterations):
        """Adjust the weights ``number_of_training_iterations`` times, each
        time with the whole training set, by ``training_step``'s arithmetic
        in the compiled loop printed above.  Training that drives a weight to
        infinity (too large a learning rate) raises ``NeuronPureError`` and
        leaves the weights as they were."""
        import neuron_pure.engine as engine
        weights, rows, targets, learning_rate = self._checked(training_set_inputs, training_set_outputs)
        iterations = check_count(number_of_training_iterations, "number_of_training_iterations")
        new_weights = engine.train(self.shape, weights, engine.examples_of(rows, targets), iterations,
                                   learning_rate, lambda: self._reference_step(rows, targets))
        check_not_diverged(new_weights, iterations, learning_rate)
        self._set_weights(new_weights, self.bias is not None)
        self.iterations_trained += iterations

    def train_step(self, training_set_inputs, training_set_outputs):
        """One iteration of ``train``, through the reference ``training_step``,
        returning what it computed, a ``TrainingStep``: the same floats as
        ``train`` (tests/test_engine.py compares them)."""
        weights, rows, targets, learning_rate = self._checked(training_set_inputs, training_set_outputs)
        rows = self._with_bias_input(rows)
        step = _training_step(rows, transpose(rows), [t[0] for t in targets], weights, learning_rate)
        step.has_bias = self.bias is not None           # training_step sees only an input of 1
        check_not_diverged(step.new_weights, 1, learning_rate)
        self._set_weights(step.new_weights, step.has_bias)
        self.iterations_trained += 1
        return step

    def think(self, inputs):
        """The neuron's output, ``sigmoid(dot(inputs, synaptic_weights))``
        (plus the bias, if any).

        One situation (a list of numbers) gives a list of one output; a list of
        situations gives a column, one output per row, as numpy would.

        >>> NeuralNetwork().think([0, 0, 0])       # no input, no signal: 0.5
        [0.5]
        """
        weights = _flat_weights(self.synaptic_weights, self.bias)
        rows, single = check_situations(inputs, len(self.synaptic_weights), "the neuron")
        outputs = [sigmoid(sum_of_products(row, weights)) for row in self._with_bias_input(rows)]
        return outputs if single else [[output] for output in outputs]

    # -- Checked once per call; trusted from there on. -------------------------

    def _checked(self, training_set_inputs, training_set_outputs):
        """``(weights, rows, targets, learning_rate)``, all checked: the
        weights flat (bias last), the rows as given, one target row per
        example."""
        weights = _flat_weights(self.synaptic_weights, self.bias)
        rows = check_rows(training_set_inputs, len(self.synaptic_weights), "training input",
                          "the neuron")
        targets = check_targets(training_set_outputs, len(rows), 1)
        return weights, rows, targets, check_learning_rate(self.learning_rate)

    def _reference_step(self, rows, targets):
        """One iteration as a function ``(weights, learning_rate) -> new
        weights``, for networks too large for the compiled loop."""
        rows = self._with_bias_input(rows)
        columns, targets = transpose(rows), [t[0] for t in targets]    # inputs.T, once
        return lambda weights, learning_rate: _training_step(
            rows, columns, targets, weights, learning_rate).new_weights

    def _with_bias_input(self, rows):
        # The bias is the weight of an input that is always 1, so the weighted
        # sum x0*w0 + x1*w1 + x2*w2 + 1*bias keeps numpy's order, bias last.
        return rows if self.bias is None else [row + [1] for row in rows]

    def _set_weights(self, weights, has_bias):
        # Trusts its caller: a flat list of floats, the bias last if has_bias.
        weights = list(weights)
        self.bias = weights.pop() if has_bias else None
        self.synaptic_weights = [[weight] for weight in weights]


def _flat_weights(synaptic_weights, bias):
    """All weights as one flat list, the bias last if there is one, checked:
    a column of finite numbers, and ``None`` or a finite number."""
    if not isinstance(synaptic_weights, (list, tuple)) or not synaptic_weights or not all(
            isinstance(row, (list, tuple)) and len(row) == 1 for row in synaptic_weights):
        raise NeuronPureError(
            "synaptic_weights must be a column: a non-empty list of one-element lists")
    flat = check_numbers([row[0] for row in synaptic_weights], "synaptic weight [%d]")
    if bias is not None:
        flat.append(check_number(bias, "bias"))
    return flat


def _check_step(inputs, columns, targets, weights, learning_rate):
    # training_step's door: rows of numbers, a target per row, a column per
    # weight (zip would drop the tail of a longer list).
    rows = check_rows(inputs, None, "input")
    check_rows(columns, len(rows), "column", "the inputs' transpose")
    check_numbers(targets, "target [%d]")
    check_numbers(weights, "weight [%d]")
    if len(targets) != len(rows) or len(columns) != len(weights) or len(rows[0]) != len(weights):
        raise NeuronPureError("training_step needs a target per row of inputs, and a column "
                              "and a weight per input")
    check_number(learning_rate, "learning_rate")


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
    from neuron_pure.arrayprint import format_array
    check_function(write, "write")
    network = NeuralNetwork(seed=seed)
    write("Random starting synaptic weights: ")
    write(format_array(network.synaptic_weights))
    network.train(POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS, iterations)
    write("New synaptic weights after training: ")
    write(format_array(network.synaptic_weights))
    write("Considering new situation [1, 0, 0] -> ?: ")
    write(format_array(network.think(POST_NEW_SITUATION)))
