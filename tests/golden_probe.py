"""Print every number the golden tests check, as CPython's repr text, on any
interpreter.  tests/test_interpreters.py runs it under MicroPython, PyPy and
each CPython, and compares the outputs line for line.

It uses only the core of neuron_pure (no command line, no standard library but
math), so it runs where the package is copied as it is.
"""

from neuron_pure import (
    POST_NEW_SITUATION, POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS,
    NeuralNetwork, RandomState, demo, float_repr)


def numbers(label, values):
    print(label + " " + " ".join(float_repr(value) for value in values))


network = NeuralNetwork()
numbers("starting weights", [row[0] for row in network.synaptic_weights])
network.train(POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS, 10000)
numbers("trained weights", [row[0] for row in network.synaptic_weights])
numbers("think [1, 0, 0]", network.think(POST_NEW_SITUATION))
numbers("random seed 1, 1000 draws", RandomState(1).random(1000))
numbers("random seed 4294967295, 700 draws", RandomState(4294967295).random(700))
demo()
