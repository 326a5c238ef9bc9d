"""The post's own numpy program (``main.py``, 2015), with its prints made
Python 3 calls and ``xrange`` made ``range``.  Nothing else is changed: this is
what neuron_pure is compared with, for numbers and for speed.

Run as a script it prints the post's transcript: ``python3 benchmarks/post_numpy.py [SEED [ITERATIONS]]``.
"""

import contextlib
import io
import sys

from numpy import array, dot, exp, random


class NeuralNetwork():
    def __init__(self, seed=1, number_of_inputs=3):
        # Seed the random number generator, so it generates the same numbers
        # every time the program runs.  (The post hard-codes seed 1 and 3
        # inputs; the benchmarks vary them, nothing else.)
        random.seed(seed)
        self.synaptic_weights = 2 * random.random((number_of_inputs, 1)) - 1

    def __sigmoid(self, x):
        return 1 / (1 + exp(-x))

    def __sigmoid_derivative(self, x):
        return x * (1 - x)

    def train(self, training_set_inputs, training_set_outputs, number_of_training_iterations):
        for iteration in range(number_of_training_iterations):
            output = self.think(training_set_inputs)
            error = training_set_outputs - output
            adjustment = dot(training_set_inputs.T, error * self.__sigmoid_derivative(output))
            self.synaptic_weights += adjustment

    def think(self, inputs):
        return self.__sigmoid(dot(inputs, self.synaptic_weights))


TRAINING_SET_INPUTS = array([[0, 0, 1], [1, 1, 1], [1, 0, 1], [0, 1, 1]])
TRAINING_SET_OUTPUTS = array([[0, 1, 1, 0]]).T


def run(seed=1, iterations=10000):
    neural_network = NeuralNetwork(seed)
    print("Random starting synaptic weights: ")
    print(neural_network.synaptic_weights)
    neural_network.train(TRAINING_SET_INPUTS, TRAINING_SET_OUTPUTS, iterations)
    print("New synaptic weights after training: ")
    print(neural_network.synaptic_weights)
    print("Considering new situation [1, 0, 0] -> ?: ")
    print(neural_network.think(array([1, 0, 0])))


def post_transcript(seed=1, iterations=10000):
    """What ``run`` prints, as one string."""
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        run(seed, iterations)
    return buffer.getvalue()


if __name__ == "__main__":
    run(*(int(argument) for argument in sys.argv[1:3]))
