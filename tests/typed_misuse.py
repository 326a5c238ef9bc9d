"""Mistakes the stubs must catch: tests/test_types.py asserts that
``mypy --strict`` reports an error on exactly the lines whose comment says
what is wrong, so a stub that types too loosely (``Any``) fails the test.
Never run.
"""

from neuron_pure import NeuralNetwork, dot
from neuron_pure.model import load_model, model_to_dict
from neuron_pure.multilayer import layered_network

network = NeuralNetwork()
network.think("1,0,0")                                  # wrong: a string is not a row of numbers
network.train([[0, 0, 1]], [[0]], 1.5)                  # wrong: iterations are a whole number
NeuralNetwork(seed="1")                                 # wrong: a seed is an int
word: str = network.think([1, 0, 0])[0]                 # wrong: an output is a float
number: float = dot([[1, 2]], [[1], [2]])               # wrong: a matrix times a matrix is a matrix
layers: int = layered_network(3, [4]).shape[0][0]
layered_network(3, 4)                                   # wrong: hidden is a list of widths
load_model("model.json").synaptic_weights               # wrong: it may be a MultiLayerNetwork
version: str = model_to_dict(network)["version"]        # wrong: the version is 1
network.learning_rate = "fast"                          # wrong: a learning rate is a float
