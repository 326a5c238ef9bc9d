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
from neuron_pure.arrayprint import format_array
from neuron_pure.errors import NeuronPureError
from neuron_pure.mt19937 import RandomState
from neuron_pure.neuron import _check_count, _check_number

__all__ = ["NeuronLayer", "MultiLayerNetwork", "demo_multilayer",
           "SEQUEL_TRAINING_INPUTS", "SEQUEL_TRAINING_OUTPUTS", "SEQUEL_NEW_SITUATION"]

# The sequel's training set: the output is the exclusive-or of the first two
# inputs, which no single neuron can learn.
SEQUEL_TRAINING_INPUTS = [[0, 0, 1], [0, 1, 1], [1, 0, 1], [0, 1, 0], [1, 0, 0], [1, 1, 1], [0, 0, 0]]
SEQUEL_TRAINING_OUTPUTS = [[0], [1], [1], [1], [1], [0], [0]]
SEQUEL_NEW_SITUATION = [1, 1, 0]
SEQUEL_ITERATIONS = 60000
SEQUEL_SEED = 1


def _sigmoid_matrix(matrix):
    return [[sigmoid(x) for x in row] for row in matrix]


def _gradient_matrix(matrix):
    # output * (1 - output) at every output: the curve's slope there
    return [[sigmoid_gradient_from_output(x) for x in row] for row in matrix]


class NeuronLayer:
    """``number_of_neurons`` neurons, each with ``number_of_inputs_per_neuron``
    inputs.  ``synaptic_weights`` is a matrix with one row per input and one
    column per neuron, drawn as the sequel draws it:
    ``2 * rng.random((number_of_inputs_per_neuron, number_of_neurons)) - 1``.

    >>> NeuronLayer(2, 1, RandomState(1)).synaptic_weights
    [[-0.165955990594852, 0.4406489868843162]]
    """

    def __init__(self, number_of_neurons, number_of_inputs_per_neuron, rng):
        for value, name in ((number_of_neurons, "number_of_neurons"),
                            (number_of_inputs_per_neuron, "number_of_inputs_per_neuron")):
            if _check_count(value, name) == 0:
                raise NeuronPureError("%s must be at least 1" % name)
        draws = rng.random((number_of_inputs_per_neuron, number_of_neurons))
        self.synaptic_weights = [[2 * x - 1 for x in row] for row in draws]

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
    """

    def __init__(self, *layers):
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

    def _check_inputs(self, inputs):
        dimensions = shape(inputs)
        width = self.layers[0].number_of_inputs
        if len(dimensions) not in (1, 2) or dimensions[-1] != width or not dimensions[0]:
            raise NeuronPureError("inputs of shape %s do not fit the first layer's %d inputs"
                                  % (dimensions, width))
        rows = [inputs] if len(dimensions) == 1 else inputs
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                _check_number(value, "input [%d][%d]" % (i, j))
        return [list(row) for row in rows], len(dimensions) == 1

    def think(self, inputs):
        """The output of every layer, in order, for ``inputs`` (one situation,
        or a matrix of them, one per row, as numpy would)."""
        rows, single = self._check_inputs(inputs)
        outputs = self._forward(rows)
        return [output[0] for output in outputs] if single else outputs

    def _forward(self, rows):
        outputs, layer_input = [], rows
        for layer in self.layers:
            # output of this layer = sigmoid(dot(its input, its weights))
            layer_input = _sigmoid_matrix(dot(layer_input, layer.synaptic_weights))
            outputs.append(layer_input)
        return outputs

    def train(self, training_set_inputs, training_set_outputs, number_of_training_iterations):
        """Full-batch back-propagation, ``number_of_training_iterations`` times."""
        inputs, _ = self._check_inputs(training_set_inputs)
        targets = training_set_outputs
        last = self.layers[-1].number_of_neurons
        if not isinstance(targets, (list, tuple)) or shape(targets) != (len(inputs), last):
            raise NeuronPureError(
                "training outputs must be %d rows of %d (one row per example, one value "
                "per neuron of the last layer)" % (len(inputs), last))
        for i, row in enumerate(targets):
            for j, value in enumerate(row):
                _check_number(value, "training output [%d][%d]" % (i, j))
        targets = [list(row) for row in targets]
        iterations = _check_count(number_of_training_iterations, "number_of_training_iterations")
        for _ in range(iterations):
            self._train_once(inputs, targets)

    def _train_once(self, inputs, targets):
        outputs = self._forward(inputs)
        # the last layer: error = targets - output; delta = error * gradient
        error = subtract(targets, outputs[-1])
        deltas = [multiply(error, _gradient_matrix(outputs[-1]))]
        # back-propagate: a layer's error is the next layer's delta, through
        # the next layer's weights transposed
        for index in range(len(self.layers) - 2, -1, -1):
            error = dot(deltas[0], transpose(self.layers[index + 1].synaptic_weights))
            deltas.insert(0, multiply(error, _gradient_matrix(outputs[index])))
        # adjustment = dot(layer input.T, delta), for every layer, then applied
        layer_inputs = [inputs] + outputs[:-1]
        adjustments = [dot(transpose(layer_input), delta)
                       for layer_input, delta in zip(layer_inputs, deltas)]
        for layer, adjustment in zip(self.layers, adjustments):
            layer.synaptic_weights = add(layer.synaptic_weights, adjustment)


def demo_multilayer(iterations=SEQUEL_ITERATIONS, write=print):
    """Print the sequel's transcript: the starting weights of both layers,
    the trained ones, and the output for the new situation [1, 1, 0]."""
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
