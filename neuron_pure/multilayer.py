"""Beyond one neuron: the sequel's network of layers, trained by back-propagation.

The sequel hooks a layer of four neurons to one output neuron, which learns a
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

>>> network = layered_network(3, [4])
>>> network.train(SEQUEL_TRAINING_INPUTS, SEQUEL_TRAINING_OUTPUTS, 1000)
>>> hidden, output = network.think([1, 1, 0])
>>> output
[0.513937817175338]

numpy's BLAS adds these matrix products in another order, so the last bits
differ from numpy's (about 1e-15 relative); ours are the same everywhere.
"""

from neuron_pure.arithmetic import (
    add, dot, multiply, sigmoid, sigmoid_gradient_from_output, subtract, transpose)
from neuron_pure.errors import NeuronPureError
from neuron_pure.mt19937 import RandomState, check_seed
from neuron_pure.neuron import NeuralNetwork, StepRecord
from neuron_pure.validation import (
    check_boolean, check_count, check_function, check_layer_size, check_layers,
    check_learning_rate, check_not_diverged, check_number, check_rows, check_situations,
    check_targets)

__all__ = ["NeuronLayer", "MultiLayerNetwork", "BackpropagationStep", "backpropagation_step",
           "layered_network", "demo_multilayer", "SEQUEL_TRAINING_INPUTS",
           "SEQUEL_TRAINING_OUTPUTS", "SEQUEL_NEW_SITUATION"]

# The sequel's training set: the output is the exclusive-or of the first two
# inputs, which no single neuron can learn.
SEQUEL_TRAINING_INPUTS = [[0, 0, 1], [0, 1, 1], [1, 0, 1], [0, 1, 0], [1, 0, 0], [1, 1, 1], [0, 0, 0]]
SEQUEL_TRAINING_OUTPUTS = [[0], [1], [1], [1], [1], [0], [0]]
SEQUEL_NEW_SITUATION = [1, 1, 0]
SEQUEL_ITERATIONS = 60000
SEQUEL_SEED = 1


# ---------------------------------------------------------------------------
# One iteration of back-propagation, the sequel's formulas over lists.

def backpropagation_step(inputs, targets, layers, learning_rate=1.0):
    """One full-batch iteration of the sequel's ``train``, for any number of
    layers; returns a ``BackpropagationStep`` with every number it computed.

    ``inputs`` has one row per example, ``targets`` one row per example with
    one value per neuron of the last layer, and ``layers`` holds each layer's
    ``(weights, biases)``: weights with one row per input and one column per
    neuron, biases ``None`` or one per neuron.  Every sum runs left to right
    (``dot``), so the floats are the same on every interpreter.

    >>> step = backpropagation_step([[1, 0]], [[1]], [([[0.0], [0.0]], None)])
    >>> step.outputs, step.deltas, step.new_weights
    ([[[0.5]]], [[[0.125]]], [[[0.125], [0.0]]])
    """
    inputs, targets, layers = _check_step(inputs, targets, layers, learning_rate)
    return _backpropagation_step(inputs, targets, layers, learning_rate)


def _backpropagation_step(inputs, targets, layers, learning_rate):
    # Trusts its caller: rows and layers that fit each other, finite numbers.
    # 1. forward: each layer's output = sigmoid(dot(its input, its weights))
    layer_inputs, weighted_sums, outputs = _forward(inputs, layers)
    # 2. the last layer's error = targets - output; every delta = error * gradient,
    #    the gradient output * (1 - output) being the curve's slope at the output
    gradients = [[[sigmoid_gradient_from_output(x) for x in row] for row in output]
                 for output in outputs]
    errors, deltas = [None] * len(layers), [None] * len(layers)
    errors[-1] = subtract(targets, outputs[-1])
    deltas[-1] = multiply(errors[-1], gradients[-1])
    # 3. back-propagation: a hidden layer's error is the next layer's delta
    #    through the next layer's weights, transposed (its biases have no input
    #    from this layer)
    for index in range(len(layers) - 2, -1, -1):
        errors[index] = dot(deltas[index + 1], transpose(layers[index + 1][0]))
        deltas[index] = multiply(errors[index], gradients[index])
    # 4. adjustment = dot(layer input.T, delta); weights += learning_rate * adjustment
    adjustments, new_layers = [], []
    for (weights, biases), layer_input, delta in zip(layers, layer_inputs, deltas):
        adjustment = dot(transpose(_with_bias_input(layer_input, biases)), delta)
        updated = add(_with_bias_row(weights, biases),
                      [[learning_rate * a for a in row] for row in adjustment])
        adjustments.append(adjustment)
        new_layers.append((updated, None) if biases is None else (updated[:-1], updated[-1]))
    return BackpropagationStep(
        weights=[weights for weights, _ in layers], biases=[biases for _, biases in layers],
        layer_inputs=layer_inputs, weighted_sums=weighted_sums, outputs=outputs, errors=errors,
        gradients=gradients, deltas=deltas,
        adjustments=[a if b is None else a[:-1] for a, (_, b) in zip(adjustments, layers)],
        bias_adjustments=[None if b is None else a[-1] for a, (_, b) in zip(adjustments, layers)],
        new_weights=[w for w, _ in new_layers], new_biases=[b for _, b in new_layers],
        learning_rate=learning_rate)


def _with_bias_row(weights, biases):
    # A layer's biases are the weights of a last input that is always 1.
    return weights if biases is None else weights + [list(biases)]


def _with_bias_input(rows, biases):
    return rows if biases is None else [list(row) + [1.0] for row in rows]


class BackpropagationStep(StepRecord):
    """What one iteration of back-propagation computed, layer by layer: a
    record that ``backpropagation_step`` fills (it trusts what it is given).

    Each attribute is a list with one entry per layer, first layer first:
    ``weights`` and ``biases`` (before; ``None`` for a layer without biases),
    ``layer_inputs`` (the training inputs, then each layer's outputs),
    ``weighted_sums``, ``outputs``, ``errors``, ``gradients`` and ``deltas``
    (one row per example, one column per neuron), ``adjustments`` (one row
    per input, one column per neuron), ``bias_adjustments``, and
    ``new_weights`` and ``new_biases`` (after); and ``learning_rate``, the
    rate it applied.
    """

    QUANTITIES = ("weights", "biases", "layer_inputs", "weighted_sums", "outputs", "errors",
                  "gradients", "deltas", "adjustments", "bias_adjustments",
                  "new_weights", "new_biases", "learning_rate")

    def __init__(self, **quantities):
        for name in self.QUANTITIES:
            setattr(self, name, quantities[name])

    def __repr__(self):
        return "BackpropagationStep(%d examples, %d layers, new_weights=[%s])" % (
            len(self.layer_inputs[0]), len(self.weights),
            ", ".join(_matrix_text(w) for w in self.new_weights))

    def _repr_svg_(self):
        """The network after this iteration, drawn (a notebook shows it)."""
        from neuron_pure.diagram import network_svg
        biases = None if all(b is None for b in self.new_biases) else self.new_biases
        return network_svg(self.new_weights, biases, title="after this iteration")


def _check_step(inputs, targets, layers, learning_rate):
    # backpropagation_step's door: returns the rows, the target rows and the
    # layers as (weights, biases) pairs, checked to be numbers that fit.
    if not isinstance(layers, (list, tuple)) or not layers or not all(
            isinstance(layer, (list, tuple)) and len(layer) == 2 for layer in layers):
        raise NeuronPureError("backpropagation_step needs layers as (weights, biases) pairs, "
                              "not %r" % (layers,))
    weights, biases = check_layers([w for w, _ in layers], [b for _, b in layers])
    rows = check_rows(inputs, len(weights[0]), "input", "the first layer")
    targets = check_targets(targets, len(rows), len(weights[-1][0]))
    check_number(learning_rate, "learning_rate")
    return rows, targets, list(zip(weights, biases))


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
        check_layer_size(number_of_inputs_per_neuron, number_of_neurons,
                         "number_of_inputs_per_neuron", "number_of_neurons")
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
        (layer.synaptic_weights,), (layer.biases,) = check_layers([weights], [biases])
        return layer

    @property
    def number_of_inputs(self):
        return len(self.synaptic_weights)

    @property
    def number_of_neurons(self):
        return len(self.synaptic_weights[0])


class MultiLayerNetwork:
    """Layers in order, each feeding the next: ``MultiLayerNetwork(layer1, layer2, ...)``.

    Each layer must have as many inputs per neuron as the layer before has
    neurons; otherwise ``NeuronPureError`` names the two layers.
    ``learning_rate`` scales every adjustment (the sequel's is 1).  Each
    method checks the layers it reads once per call (a caller may replace
    them); the properties read them as they are.
    """

    def __init__(self, *layers, learning_rate=1.0):
        self.layers = list(layers)
        self._layer_weights()           # checked: NeuronLayers that fit one another
        self.learning_rate = check_learning_rate(learning_rate)
        self.seed = None                # the seed the layers were drawn with, where known
        self.iterations_trained = 0

    @property
    def number_of_inputs(self):
        return len(self.layers[0].synaptic_weights)

    @property
    def number_of_outputs(self):
        return len(self.layers[-1].synaptic_weights[0])

    @property
    def shape(self):
        """``((inputs, neurons, bias), ...)``, one triple per layer, as
        ``neuron_pure.engine`` reads it."""
        return tuple((len(layer.synaptic_weights), len(layer.synaptic_weights[0]),
                      layer.biases is not None) for layer in self.layers)

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
        from neuron_pure.diagram import network_svg
        return network_svg(*self._layer_weights())

    def _layer_weights(self):
        """``(weights, biases)`` of every layer, checked (a caller may have
        replaced them), in ``diagram.network_svg``'s form: ``biases`` is
        ``None`` when no layer has one."""
        layers = self.layers
        if not isinstance(layers, (list, tuple)) or not layers or not all(
                isinstance(layer, NeuronLayer) for layer in layers):
            raise NeuronPureError("a network needs at least one layer, each a NeuronLayer, not %r"
                                  % (layers,))
        biases = [layer.biases for layer in layers]
        return check_layers([layer.synaptic_weights for layer in layers],
                            None if all(b is None for b in biases) else biases)

    def _layers(self):       # every layer's (weights, biases), checked once for this call
        weights, biases = self._layer_weights()
        return list(zip(weights, biases or [None] * len(weights)))

    def think(self, inputs):
        """The output of every layer, in order, for ``inputs`` (one situation,
        or a matrix of them, one per row, as numpy would)."""
        layers = self._layers()
        rows, single = check_situations(inputs, len(layers[0][0]))
        outputs = _forward(rows, layers)[2]
        return [output[0] for output in outputs] if single else outputs

    def train(self, training_set_inputs, training_set_outputs, number_of_training_iterations):
        """Full-batch back-propagation, ``number_of_training_iterations``
        times: ``backpropagation_step``'s arithmetic, run by the compiled loop
        of ``neuron_pure.engine`` (``print(engine.training_source(network.shape))``);
        a weight driven to infinity raises ``NeuronPureError``, weights unchanged."""
        import neuron_pure.engine as engine
        layers, rows, targets, learning_rate = self._checked(training_set_inputs, training_set_outputs)
        iterations = check_count(number_of_training_iterations, "number_of_training_iterations")
        shape = self.shape

        def reference_step():
            return lambda parameters, learning_rate: engine.parameters_of(_new_layers(
                _backpropagation_step(rows, targets, engine.layers_of(parameters, shape), learning_rate)))

        parameters = engine.train(shape, engine.parameters_of(layers), engine.examples_of(rows, targets),
                                  iterations, learning_rate, reference_step)
        check_not_diverged(parameters, iterations, learning_rate)
        self._set_layers(engine.layers_of(parameters, shape))
        self.iterations_trained += iterations

    def train_step(self, training_set_inputs, training_set_outputs):
        """One iteration of ``train``, through the reference
        ``backpropagation_step``, returning what it computed: the same floats
        as ``train`` (tests/test_engine.py compares them)."""
        import neuron_pure.engine as engine
        layers, rows, targets, learning_rate = self._checked(training_set_inputs, training_set_outputs)
        step = _backpropagation_step(rows, targets, layers, learning_rate)
        check_not_diverged(engine.parameters_of(_new_layers(step)), 1, learning_rate)
        self._set_layers(_new_layers(step))
        self.iterations_trained += 1
        return step

    def _checked(self, training_set_inputs, training_set_outputs):
        layers = self._layers()
        rows = check_rows(training_set_inputs, len(layers[0][0]), "training input")
        targets = check_targets(training_set_outputs, len(rows), len(layers[-1][0][0]))
        return layers, rows, targets, check_learning_rate(self.learning_rate)

    def _set_layers(self, layers):
        for layer, (weights, biases) in zip(self.layers, layers):
            layer.synaptic_weights, layer.biases = weights, biases


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


def network_for(number_of_inputs, hidden, outputs, seed, bias, learning_rate):
    """The network that ``train``, ``explain``, ``plot`` and the lab build
    from their settings: the post's neuron with no hidden layer and one
    output, else ``layered_network``'s (whose checks name a wrong setting).

    >>> network_for(3, [], 1, 1, False, 1.0).synaptic_weights == NeuralNetwork().synaptic_weights
    True
    """
    if not hidden and outputs == 1:
        return NeuralNetwork(number_of_inputs, seed=seed, bias=bias, learning_rate=learning_rate)
    return layered_network(number_of_inputs, hidden, outputs, seed, bias, learning_rate)


def check_network(network):
    """``network``, if it is a ``NeuralNetwork`` or a ``MultiLayerNetwork``
    whose weights are what its methods accept (what ``explain``, the page and
    the plots take), else ``NeuronPureError``.

    >>> check_network("not a network")
    Traceback (most recent call last):
    ...
    neuron_pure.errors.NeuronPureError: network must be a NeuralNetwork or a MultiLayerNetwork, not 'not a network'
    """
    if not isinstance(network, (NeuralNetwork, MultiLayerNetwork)):
        raise NeuronPureError("network must be a NeuralNetwork or a MultiLayerNetwork, not %r"
                              % (network,))
    network._layer_weights()
    return network


# ---------------------------------------------------------------------------
# The forward half, shared by the step, think and the plot; trusts its caller.

def _forward(rows, layers):
    """Step 1 for every layer: ``(layer_inputs, weighted_sums, outputs)``, each
    layer's input (``rows``, then the output of the layer before), its sums
    ``dot(input, weights)`` and its output, their sigmoid.

    >>> _forward([[1, 0]], [([[0.5], [0.25]], [0.125])])[1]     # 1*0.5 + 0*0.25 + 1*0.125
    [[[0.625]]]
    """
    layer_inputs, weighted_sums, outputs = [], [], []
    layer_input = rows
    for weights, biases in layers:
        layer_inputs.append(layer_input)
        sums = dot(_with_bias_input(layer_input, biases), _with_bias_row(weights, biases))
        weighted_sums.append(sums)
        layer_input = [[sigmoid(x) for x in row] for row in sums]
        outputs.append(layer_input)
    return layer_inputs, weighted_sums, outputs


def last_layer_sums(rows, weights, biases=None):
    """The last layer's weighted sums, where each example sits on the plot's
    sigmoid curve; ``weights`` and ``biases`` in ``network_svg``'s form."""
    return _forward(rows, list(zip(weights, biases or [None] * len(weights))))[1][-1]


def _new_layers(step):      # a step's new (weights, biases) per layer
    return list(zip(step.new_weights, step.new_biases))


def _matrix_text(matrix):
    from neuron_pure.float_text import float_list
    return "[" + ", ".join(float_list(row) for row in matrix) + "]"


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
