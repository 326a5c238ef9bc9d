"""Beyond one neuron: the sequel's network of layers, trained by back-propagation.

The post ends by asking what happens if neurons are hooked together; its
sequel answers with a layer of four neurons feeding one neuron, which learns a
pattern a single neuron cannot: the output is the exclusive-or of the first
two inputs.  Each iteration, on the whole training set at once:

1. forward: each layer's output is ``sigmoid(dot(its input, its weights))``;
   the first layer's input is the training inputs, every other layer's input
   is the output of the layer before;
2. the last layer's error is ``targets - output``; each layer's delta is its
   error times the gradient of the sigmoid curve at its output,
   ``output * (1 - output)``;
3. back-propagation: a hidden layer's error is the next layer's delta times
   the next layer's weights, transposed: ``dot(delta_next, weights_next.T)``;
4. each layer's adjustment is ``dot(its input.T, its delta)``, added to its
   weights (after all the deltas are worked out with the old weights).

>>> rng = RandomState(1)
>>> network = MultiLayerNetwork(NeuronLayer(4, 3, rng), NeuronLayer(1, 4, rng))
>>> network.train(SEQUEL_TRAINING_INPUTS, SEQUEL_TRAINING_OUTPUTS, 1000)
>>> hidden, output = network.think([1, 1, 0])
>>> output
[0.513937817175338]

The arithmetic is the single neuron's: ``dot``, ``transpose``, the elementwise
steps and ``sigmoid`` from ``neuron_pure.arithmetic``; every sum runs left to
right.  numpy hands these matrix products to BLAS, which adds them in another
order, so here the last bits differ from numpy's (by about 1e-15 relative);
ours are the same on every interpreter.
"""

from neuron_pure.arithmetic import (
    add, dot, multiply, shape, sigmoid, sigmoid_gradient_from_output, subtract, transpose)
from neuron_pure.errors import NeuronPureError
from neuron_pure.mt19937 import RandomState, check_seed
from neuron_pure.neuron import NeuralNetwork
from neuron_pure.validation import (
    check_boolean, check_count, check_function, check_layer_size, check_learning_rate,
    check_not_diverged, check_number, check_rows, check_situations, check_targets, is_number)

__all__ = ["NeuronLayer", "MultiLayerNetwork", "BackpropagationStep", "backpropagation_step",
           "backpropagation_forward", "last_layer_sums", "layered_network", "check_network",
           "demo_multilayer", "SEQUEL_TRAINING_INPUTS", "SEQUEL_TRAINING_OUTPUTS",
           "SEQUEL_NEW_SITUATION"]

# The sequel's training set: the output is the exclusive-or of the first two
# inputs, which no single neuron can learn.
SEQUEL_TRAINING_INPUTS = [[0, 0, 1], [0, 1, 1], [1, 0, 1], [0, 1, 0], [1, 0, 0], [1, 1, 1], [0, 0, 0]]
SEQUEL_TRAINING_OUTPUTS = [[0], [1], [1], [1], [1], [0], [0]]
SEQUEL_NEW_SITUATION = [1, 1, 0]
SEQUEL_ITERATIONS = 60000
SEQUEL_SEED = 1


# ---------------------------------------------------------------------------
# One iteration of back-propagation, with every intermediate kept.

def _sigmoid_matrix(matrix):
    return [[sigmoid(x) for x in row] for row in matrix]


def _gradient_matrix(matrix):
    # output * (1 - output) at every output: the curve's slope there
    return [[sigmoid_gradient_from_output(x) for x in row] for row in matrix]


def _with_bias_row(weights, biases):
    # A layer's biases are the weights of an input that is always 1, the last
    # input: a row below its weights.
    return weights if biases is None else weights + [list(biases)]


def _with_bias_input(rows, biases):
    return rows if biases is None else [list(row) + [1.0] for row in rows]


def _check_layers(layers, function):
    """``layers`` as ``(weights, biases)`` pairs, ``weights`` a list and
    ``biases`` None or a list (the arithmetic checks the numbers and the
    shapes); ``function`` names the caller."""
    if not isinstance(layers, (list, tuple)) or not all(
            isinstance(layer, (list, tuple)) and len(layer) == 2
            and isinstance(layer[0], (list, tuple))
            and (layer[1] is None or isinstance(layer[1], (list, tuple))) for layer in layers):
        raise NeuronPureError("%s needs layers as (weights, biases) pairs, the weights a list "
                              "and the biases None or a list, not %r" % (function, layers))
    return layers


def _check_matrix(rows, function):
    if len(shape(rows)) != 2:
        raise NeuronPureError("%s needs rows: a list of lists of numbers, not %r" % (function, rows))
    return rows


class BackpropagationStep:
    """What one iteration of back-propagation computed, layer by layer.

    Each attribute is a list with one entry per layer, first layer first:
    ``weights`` and ``biases`` (before; ``None`` for a layer without biases),
    ``layer_inputs`` (the training inputs, then each layer's outputs),
    ``weighted_sums``, ``outputs``, ``errors``, ``gradients`` and ``deltas``
    (one row per example, one column per neuron), ``adjustments`` (one row
    per input, one column per neuron), ``bias_adjustments``, and
    ``new_weights`` and ``new_biases`` (after); and ``learning_rate``, the
    rate it applied.
    """

    def __init__(self, **quantities):
        for name in quantities:
            if name not in self.QUANTITIES:
                raise NeuronPureError("a BackpropagationStep has no quantity %r" % (name,))
        for name in self.QUANTITIES:
            if name not in quantities:
                raise NeuronPureError("a BackpropagationStep needs its %s" % name)
            value = quantities[name]
            if name == "learning_rate":
                if not is_number(value):
                    raise NeuronPureError("a BackpropagationStep's learning_rate must be a "
                                          "number, not %r" % (value,))
            elif not isinstance(value, (list, tuple)):
                raise NeuronPureError("a BackpropagationStep's %s must be a list, one entry per "
                                      "layer, not %r" % (name, value))
            setattr(self, name, value)

    QUANTITIES = ("weights", "biases", "layer_inputs", "weighted_sums", "outputs", "errors",
                  "gradients", "deltas", "adjustments", "bias_adjustments",
                  "new_weights", "new_biases", "learning_rate")

    def __repr__(self):
        return "BackpropagationStep(%d examples, %d layers, new_weights=[%s])" % (
            len(self.layer_inputs[0]), len(self.weights),
            ", ".join(_matrix_text(w) for w in self.new_weights))

    def _repr_svg_(self):
        """The network after this iteration, drawn (a notebook shows it)."""
        from neuron_pure.diagram import network_svg
        biases = None if all(b is None for b in self.new_biases) else self.new_biases
        return network_svg(self.new_weights, biases, title="after this iteration")


def backpropagation_step(inputs, targets, layers, learning_rate=1.0):
    """One full-batch iteration of the sequel's ``train``, for any number of
    layers; returns a ``BackpropagationStep``.

    ``inputs`` has one row per example, ``targets`` one row per example with
    one value per neuron of the last layer, and ``layers`` holds each layer's
    ``(weights, biases)``: weights with one row per input and one column per
    neuron, biases ``None`` or one per neuron.  Every sum runs left to right
    (``dot``), so the floats are the same on every interpreter.

    >>> step = backpropagation_step([[1, 0]], [[1]], [([[0.0], [0.0]], None)])
    >>> step.outputs, step.deltas, step.new_weights
    ([[[0.5]]], [[[0.125]]], [[[0.125], [0.0]]])
    """
    if not _check_layers(layers, "backpropagation_step"):
        raise NeuronPureError("backpropagation_step needs at least one layer")
    check_number(learning_rate, "learning_rate")
    try:
        return _backpropagation_step(inputs, targets, layers, learning_rate)
    except TypeError:                   # costs nothing until it happens
        raise NeuronPureError("backpropagation_step needs inputs and targets as rows of numbers, "
                              "and each layer's weights as a matrix of numbers")


def _backpropagation_step(inputs, targets, layers, learning_rate):
    # 1. forward: each layer's output = sigmoid(dot(its input, its weights))
    layer_inputs, weighted_sums, outputs = [], [], []
    layer_input = inputs
    for weights, biases in layers:
        layer_inputs.append(layer_input)
        sums = dot(_with_bias_input(layer_input, biases), _with_bias_row(weights, biases))
        weighted_sums.append(sums)
        layer_input = _sigmoid_matrix(sums)
        outputs.append(layer_input)
    # 2. the last layer's error = targets - output; every delta = error * gradient
    gradients = [_gradient_matrix(output) for output in outputs]
    errors = [None] * len(layers)
    deltas = [None] * len(layers)
    errors[-1] = subtract(targets, outputs[-1])
    deltas[-1] = multiply(errors[-1], gradients[-1])
    # 3. back-propagation: a hidden layer's error is the next layer's delta
    #    through the next layer's weights, transposed (its biases have no input
    #    from this layer)
    for index in range(len(layers) - 2, -1, -1):
        errors[index] = dot(deltas[index + 1], transpose(layers[index + 1][0]))
        deltas[index] = multiply(errors[index], gradients[index])
    # 4. adjustment = dot(layer input.T, delta); weights += learning_rate * adjustment
    adjustments, bias_adjustments, new_weights, new_biases = [], [], [], []
    for (weights, biases), layer_input, delta in zip(layers, layer_inputs, deltas):
        adjustment = dot(transpose(_with_bias_input(layer_input, biases)), delta)
        updated = add(_with_bias_row(weights, biases),
                      [[learning_rate * a for a in row] for row in adjustment])
        if biases is None:
            adjustments.append(adjustment)
            bias_adjustments.append(None)
            new_weights.append(updated)
            new_biases.append(None)
        else:
            adjustments.append(adjustment[:-1])
            bias_adjustments.append(adjustment[-1])
            new_weights.append(updated[:-1])
            new_biases.append(updated[-1])
    return BackpropagationStep(
        weights=[weights for weights, _ in layers], biases=[biases for _, biases in layers],
        layer_inputs=layer_inputs, weighted_sums=weighted_sums, outputs=outputs, errors=errors,
        gradients=gradients, deltas=deltas, adjustments=adjustments,
        bias_adjustments=bias_adjustments, new_weights=new_weights, new_biases=new_biases,
        learning_rate=learning_rate)


# ---------------------------------------------------------------------------
# Layers and the network.

class NeuronLayer:
    """``number_of_neurons`` neurons, each with ``number_of_inputs_per_neuron``
    inputs.  ``synaptic_weights`` is a matrix with one row per input and one
    column per neuron, drawn as the sequel draws it:
    ``2 * rng.random((number_of_inputs_per_neuron, number_of_neurons)) - 1``.

    With ``bias=True`` the layer also gets ``biases``, one per neuron (the
    weights of an input that is always 1), drawn right after its weights from
    the same generator, ``2 * rng.random(number_of_neurons) - 1``; without,
    ``biases`` is ``None``, as in the sequel.

    >>> NeuronLayer(2, 1, RandomState(1)).synaptic_weights
    [[-0.165955990594852, 0.4406489868843162]]
    >>> NeuronLayer(2, 1, RandomState(1), bias=True).biases
    [-0.9997712503653102, -0.39533485473632046]
    """

    def __init__(self, number_of_neurons, number_of_inputs_per_neuron, rng, bias=False):
        for value, name in ((number_of_neurons, "number_of_neurons"),
                            (number_of_inputs_per_neuron, "number_of_inputs_per_neuron")):
            if check_count(value, name) == 0:
                raise NeuronPureError("%s must be at least 1" % name)
        check_layer_size(number_of_inputs_per_neuron, number_of_neurons)
        if not isinstance(rng, RandomState):
            raise NeuronPureError("rng must be a RandomState (e.g. RandomState(1)), not %r" % (rng,))
        check_boolean(bias, "bias")
        draws = rng.random((number_of_inputs_per_neuron, number_of_neurons))
        self.synaptic_weights = [[2 * x - 1 for x in row] for row in draws]
        self.biases = [2 * x - 1 for x in rng.random(number_of_neurons)] if bias else None

    @classmethod
    def from_weights(cls, weights, biases=None):
        """A layer with the weights given (one row per input, one column per
        neuron) and the biases (``None``, or one per neuron), nothing drawn:
        how a loaded model's layers are built, with no generator to fill first.

        >>> layer = NeuronLayer.from_weights([[0.5, -0.5]], [0.0, 1.0])
        >>> layer.number_of_inputs, layer.number_of_neurons, layer.biases
        (1, 2, [0.0, 1.0])
        """
        # object.__new__, not cls(...): the constructor draws, and MicroPython
        # has no cls.__new__ (object.__new__(cls) works everywhere).
        layer = object.__new__(cls)
        layer.synaptic_weights, layer.biases = weights, biases
        layer.synaptic_weights, layer.biases = layer._parameters()     # checked, then copied
        return layer

    def _parameters(self, name="the layer"):
        """``(weights, biases)``, checked (a caller may have replaced them)
        and copied: a matrix of finite numbers, one row per input and one
        column per neuron, and ``None`` or one bias per neuron.  ``name``
        says which layer in errors."""
        weights = self.synaptic_weights
        if not isinstance(weights, (list, tuple)) or not weights \
                or not isinstance(weights[0], (list, tuple)) or not weights[0]:
            raise NeuronPureError("%s's synaptic_weights must be a matrix: one non-empty row per "
                                  "input, not %r" % (name, weights))
        weights = check_rows(weights, len(weights[0]), "%s weight" % name, name)
        biases = self.biases
        if biases is not None:
            if not isinstance(biases, (list, tuple)) or len(biases) != len(weights[0]):
                raise NeuronPureError("%s's biases must be None or a list of %d numbers (one per "
                                      "neuron), not %r" % (name, len(weights[0]), biases))
            biases = [check_number(b, "%s bias [%d]" % (name, j)) for j, b in enumerate(biases)]
        return weights, biases

    @property
    def number_of_inputs(self):
        return len(self._parameters()[0])

    @property
    def number_of_neurons(self):
        return len(self._parameters()[0][0])


class MultiLayerNetwork:
    """Layers in order, each feeding the next: ``MultiLayerNetwork(layer1, layer2, ...)``.

    Each layer must have as many inputs per neuron as the layer before has
    neurons; otherwise ``NeuronPureError`` names the two layers.
    ``learning_rate`` scales every adjustment (the sequel's is 1).
    """

    def __init__(self, *layers, learning_rate=1.0):
        if not layers:
            raise NeuronPureError("a network needs at least one layer")
        for index, layer in enumerate(layers):
            if not isinstance(layer, NeuronLayer):
                raise NeuronPureError("layer %d is not a NeuronLayer" % (index + 1))
        for index in range(1, len(layers)):
            before, layer = layers[index - 1], layers[index]
            if layer.number_of_inputs != before.number_of_neurons:
                raise NeuronPureError(
                    "layer %d has %d inputs per neuron, but layer %d has %d neurons"
                    % (index + 1, layer.number_of_inputs, index, before.number_of_neurons))
        self.layers = list(layers)
        self.learning_rate = check_learning_rate(learning_rate)
        self.seed = None                # the seed the layers were drawn with, where known
        self.iterations_trained = 0

    @property
    def number_of_inputs(self):
        return len(self._parameters()[0][0])

    def __repr__(self):
        """The network's shape, how it was made and trained, and every layer's weights.

        >>> MultiLayerNetwork(NeuronLayer(1, 2, RandomState(1)))
        MultiLayerNetwork(2 inputs -> 1, seed None, 0 iterations trained, layers=[[[-0.165955990594852], [0.4406489868843162]]])
        """
        from neuron_pure.float_text import float_list
        widths = " -> ".join(str(layer.number_of_neurons) for layer in self.layers)
        layers = []
        for layer in self.layers:
            text = _matrix_text(layer.synaptic_weights)
            if layer.biases is not None:
                text = "(%s, biases=%s)" % (text, float_list(layer.biases))
            layers.append(text)
        return "MultiLayerNetwork(%d inputs -> %s, seed %r, %d iterations trained%s, layers=[%s])" % (
            self.number_of_inputs, widths, self.seed, self.iterations_trained,
            "" if self.learning_rate == 1.0 else ", learning rate %s" % float_list([self.learning_rate])[1:-1],
            ", ".join(layers))

    def _repr_svg_(self):
        """The network drawn with its weights: what a notebook shows for it."""
        from neuron_pure.diagram import network_svg, weights_of
        return network_svg(*weights_of(self))

    @property
    def number_of_outputs(self):
        return len(self._parameters()[-1][0][0])

    @property
    def shape(self):
        """``((inputs, neurons, bias), ...)``, one triple per layer, as
        ``neuron_pure.engine`` reads it."""
        return tuple((len(weights), len(weights[0]), biases is not None)
                     for weights, biases in self._parameters())

    def _parameters(self):
        """Every layer's ``(weights, biases)``, checked (a caller may have
        replaced them), each layer taking as many inputs as the one before
        has neurons."""
        layers = self.layers
        if not isinstance(layers, (list, tuple)) or not layers or not all(
                isinstance(layer, NeuronLayer) for layer in layers):
            raise NeuronPureError("layers must be a non-empty list of NeuronLayer, not %r"
                                  % (layers,))
        checked = []
        for number, layer in enumerate(layers, 1):
            weights, biases = layer._parameters("layer %d" % number)
            if checked and len(weights) != len(checked[-1][0][0]):
                raise NeuronPureError("layer %d's synaptic_weights must be %d rows (one per "
                                      "input), not %d" % (number, len(checked[-1][0][0]),
                                                          len(weights)))
            checked.append((weights, biases))
        return checked

    def _set_parameters(self, layers):
        for layer, (weights, biases) in zip(self.layers, layers):
            layer.synaptic_weights = weights
            layer.biases = biases

    def think(self, inputs):
        """The output of every layer, in order, for ``inputs`` (one situation,
        or a matrix of them, one per row, as numpy would)."""
        layers = self._parameters()
        rows, single = check_situations(inputs, len(layers[0][0]))
        outputs = backpropagation_forward(rows, layers)
        return [output[0] for output in outputs] if single else outputs

    def _prepare(self, training_set_inputs, training_set_outputs):
        layers = self._parameters()
        rows = check_rows(training_set_inputs, len(layers[0][0]), "training input")
        targets = check_targets(training_set_outputs, len(rows), len(layers[-1][0][0]))
        check_learning_rate(self.learning_rate)
        return layers, rows, targets

    def train(self, training_set_inputs, training_set_outputs, number_of_training_iterations):
        """Full-batch back-propagation, ``number_of_training_iterations``
        times: ``backpropagation_step``'s arithmetic, run by the compiled loop
        of ``neuron_pure.engine``.  Training that drives a weight to infinity
        raises ``NeuronPureError`` and leaves the weights as they were."""
        # Imported here, like the printing in demo_multilayer and repr's
        # float_text, not at the top: a board that only thinks never loads them.
        import neuron_pure.engine as engine
        layers, rows, targets = self._prepare(training_set_inputs, training_set_outputs)
        iterations = check_count(number_of_training_iterations, "number_of_training_iterations")
        shape = self.shape

        def reference_step():
            def step(parameters, learning_rate):
                record = backpropagation_step(rows, targets, _layers_of(parameters, shape),
                                              learning_rate)
                return _parameters_of(list(zip(record.new_weights, record.new_biases)))
            return step

        parameters = engine.train(shape, _parameters_of(layers), engine.examples_of(rows, targets),
                                  iterations, self.learning_rate, reference_step)
        check_not_diverged(parameters, iterations, self.learning_rate)
        self._set_parameters(_layers_of(parameters, shape))
        self.iterations_trained += iterations

    def train_step(self, training_set_inputs, training_set_outputs):
        """One iteration of ``train``, through the reference
        ``backpropagation_step``, returning what it computed: the same floats
        as ``train`` (tests/test_engine.py compares them)."""
        layers, rows, targets = self._prepare(training_set_inputs, training_set_outputs)
        step = backpropagation_step(rows, targets, layers, self.learning_rate)
        new_layers = list(zip(step.new_weights, step.new_biases))
        check_not_diverged(_parameters_of(new_layers), 1, self.learning_rate)
        self._set_parameters(new_layers)
        self.iterations_trained += 1
        return step


def check_network(network):
    """``network``, if it is a ``NeuralNetwork`` or a ``MultiLayerNetwork``
    (what ``explain``, the page and the plots train), else
    ``NeuronPureError``.

    >>> check_network("not a network")
    Traceback (most recent call last):
    ...
    neuron_pure.errors.NeuronPureError: network must be a NeuralNetwork or a MultiLayerNetwork, not 'not a network'
    """
    if not isinstance(network, (NeuralNetwork, MultiLayerNetwork)):
        raise NeuronPureError("network must be a NeuralNetwork or a MultiLayerNetwork, not %r"
                              % (network,))
    return network


def layered_network(number_of_inputs, hidden, outputs=1, seed=SEQUEL_SEED, bias=False,
                    learning_rate=1.0):
    """A ``MultiLayerNetwork`` of hidden layers ``hidden`` wide (a list of
    widths), then ``outputs`` output neurons, drawn from one
    ``RandomState(seed)`` layer by layer, each layer's biases (with
    ``bias=True``) right after its weights.  The sequel's network is
    ``layered_network(3, [4])``:

    >>> network = layered_network(3, [4])
    >>> network.shape, network.layers[1].synaptic_weights[0]
    (((3, 4, False), (4, 1, False)), [-0.5910955005369651])
    """
    check_count(number_of_inputs, "number_of_inputs")
    if not isinstance(hidden, (list, tuple)):
        raise NeuronPureError("hidden must be a list of layer widths, not %r" % (hidden,))
    rng = RandomState(seed)
    widths = [number_of_inputs] + list(hidden) + [outputs]
    layers = [NeuronLayer(neurons, inputs, rng, bias=bias)
              for inputs, neurons in zip(widths, widths[1:])]
    network = MultiLayerNetwork(*layers, learning_rate=learning_rate)
    network.seed = check_seed(seed)
    return network


def backpropagation_forward(rows, layers):
    """Every layer's outputs for ``rows``: the forward half of
    ``backpropagation_step``, the same arithmetic.

    >>> backpropagation_forward([[1, 0]], [([[0.0], [0.0]], None)])
    [[[0.5]]]
    """
    _check_matrix(rows, "backpropagation_forward")
    _check_layers(layers, "backpropagation_forward")
    outputs, layer_input = [], rows
    for weights, biases in layers:
        layer_input = _sigmoid_matrix(
            dot(_with_bias_input(layer_input, biases), _with_bias_row(weights, biases)))
        outputs.append(layer_input)
    return outputs


def last_layer_sums(rows, weights, biases=None):
    """The last layer's weighted sums for each row, where each example sits
    on the sigmoid curve: the forward half of ``backpropagation_step``, the
    same arithmetic, stopped before the last sigmoid.  ``weights`` holds one
    matrix per layer and ``biases`` is ``None`` or, per layer, ``None`` or
    one bias per neuron (``diagram.weights_of``'s form).

    >>> last_layer_sums([[1, 0]], [[[0.5], [0.25]]], [[0.125]])    # 1*0.5 + 0*0.25 + 1*0.125
    [[0.625]]
    """
    _check_matrix(rows, "last_layer_sums")
    if not isinstance(weights, (list, tuple)) or not weights:
        raise NeuronPureError("last_layer_sums needs a list of layer matrices, not %r" % (weights,))
    if biases is None:
        biases = [None] * len(weights)
    if not isinstance(biases, (list, tuple)) or len(biases) != len(weights):
        raise NeuronPureError("last_layer_sums needs biases None or one entry per layer (%d), "
                              "not %r" % (len(weights), biases))
    layers = _check_layers(list(zip(weights, biases)), "last_layer_sums")
    hidden = backpropagation_forward(rows, layers[:-1])
    last_weights, last_biases = layers[-1]
    return dot(_with_bias_input(hidden[-1] if hidden else rows, last_biases),
               _with_bias_row(last_weights, last_biases))


def _matrix_text(matrix):
    from neuron_pure.float_text import float_list
    return "[" + ", ".join(float_list(row) for row in matrix) + "]"


def _parameters_of(layers):
    """The layers' weights and biases as one flat list, in the engine's order."""
    flat = []
    for weights, biases in layers:
        for row in weights:
            flat.extend(row)
        if biases is not None:
            flat.extend(biases)
    return flat


def _layers_of(parameters, shape):
    """The inverse of ``_parameters_of``."""
    layers, start = [], 0
    for inputs, neurons, bias in shape:
        weights = [list(parameters[start + m * neurons:start + (m + 1) * neurons])
                   for m in range(inputs)]
        start += inputs * neurons
        biases = None
        if bias:
            biases = list(parameters[start:start + neurons])
            start += neurons
        layers.append((weights, biases))
    return layers


def demo_multilayer(iterations=SEQUEL_ITERATIONS, write=print):
    """Print the sequel's transcript: the starting weights of both layers,
    the trained ones, and the output for the new situation [1, 1, 0]."""
    from neuron_pure.arrayprint import format_array
    check_function(write, "write")
    rng = RandomState(SEQUEL_SEED)
    network = MultiLayerNetwork(NeuronLayer(4, 3, rng), NeuronLayer(1, 4, rng))
    write("Random starting synaptic weights: ")
    for layer in network.layers:
        write(format_array(layer.synaptic_weights))
    network.train(SEQUEL_TRAINING_INPUTS, SEQUEL_TRAINING_OUTPUTS, iterations)
    write("New synaptic weights after training: ")
    for layer in network.layers:
        write(format_array(layer.synaptic_weights))
    write("Considering a new situation [1, 1, 0] -> ?: ")
    write(format_array(network.think(SEQUEL_NEW_SITUATION)[-1]))
    return network
