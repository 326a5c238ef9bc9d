"""The package used as the README uses it, with types: tests/test_types.py
checks this file with ``mypy --strict`` (the stubs must serve a user, not only
agree with the code) and runs it (the types must describe what really runs).

The shape names are for the type checker only, so they are imported under
``TYPE_CHECKING``, as a user's program would import them.
"""

import os
import tempfile
from typing import TYPE_CHECKING

from neuron_pure import NeuralNetwork, RandomState, dot, format_array, transpose
from neuron_pure.dataset import parse_examples
from neuron_pure.model import load_model, model_to_dict, save_model
from neuron_pure.multilayer import MultiLayerNetwork, NeuronLayer, layered_network

if TYPE_CHECKING:
    from neuron_pure.arithmetic import Column, Matrix, Vector


def the_post() -> float:
    """README, "Use it from Python": train the post's neuron, think."""
    network = NeuralNetwork()
    weights: Column = network.synaptic_weights
    network.train([[0, 0, 1], [1, 1, 1], [1, 0, 1], [0, 1, 1]], [[0], [1], [1], [0]], 10000)
    prediction: Vector = network.think([1, 0, 0])
    column: Column = network.think([[1, 0, 0], [0, 1, 0]])     # a matrix in, a column out
    assert len(weights) == 3 and len(column) == 2
    print(format_array(network.synaptic_weights))
    return prediction[0]


def the_sequel() -> list[float]:
    """README, "Beyond one neuron": layers, by hand and by layered_network."""
    rng = RandomState(1)
    network = MultiLayerNetwork(NeuronLayer(4, 3, rng), NeuronLayer(1, 4, rng))
    network.train([[0, 0, 1], [0, 1, 1], [1, 0, 1], [0, 1, 0], [1, 0, 0], [1, 1, 1], [0, 0, 0]],
                  [[0], [1], [1], [1], [1], [0], [0]], 100)
    hidden, output = network.think([1, 1, 0])            # every layer's output
    layered = layered_network(3, [4], seed=1, bias=True)
    per_layer: list[Matrix] = layered.think([[1, 1, 0], [0, 0, 1]])
    assert len(hidden) == 4 and len(per_layer) == 2
    return output


def a_saved_model() -> float:
    """README, "Your own data": train on CSV text, save, load, predict."""
    inputs, targets = parse_examples("x1,x2,y\n0,1,1\n1,0,0\n", "data.csv")
    network = NeuralNetwork(len(inputs[0]), bias=True)
    network.train(inputs, targets, 1000)
    model = model_to_dict(network)
    assert model["version"] == 1 and model["training"]["iterations"] == 1000
    folder = tempfile.mkdtemp()
    path = os.path.join(folder, "model.json")
    save_model(network, path)
    loaded = load_model(path)
    os.remove(path)
    os.rmdir(folder)
    # A model file holds either kind of network: the type checker asks which.
    if isinstance(loaded, NeuralNetwork):
        return loaded.think([0, 1])[0]
    return loaded.think([0, 1])[-1][0]


def arithmetic() -> float:
    """numpy's dot over lists: its result's type follows its operands' shapes."""
    matrix: Matrix = dot([[1, 2], [3, 4]], [[1, 0], [0, 1]])
    vector: Vector = dot([[1, 2], [3, 4]], [10, 100])
    number: float = dot([1, 2, 3], [4, 5, 6])
    assert transpose(matrix) == [[1, 3], [2, 4]]
    return number + vector[0]


if __name__ == "__main__":
    print(the_post(), the_sequel(), a_saved_model(), arithmetic())
