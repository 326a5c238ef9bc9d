"""neuron-pure: the single neuron of "How to build a simple neural network in
9 lines of Python code" (2015), in pure Python, with every number the post
prints reproduced to the last bit and no numpy.

>>> from neuron_pure import NeuralNetwork
>>> network = NeuralNetwork()                       # seed 1, three inputs
>>> network.train([[0, 0, 1], [1, 1, 1], [1, 0, 1], [0, 1, 1]], [[0], [1], [1], [0]], 10000)
>>> network.think([1, 0, 0])
[0.9999370428352157]

The core modules import only ``math`` and ``json`` (and each other), so the
package runs as it is on CPython, PyPy and MicroPython.  ``python3 -m neuron_pure`` prints the
post's transcript.
"""

try:
    from neuron_pure import engine
    from neuron_pure.arithmetic import (
        add, dot, multiply, shape, sigmoid, sigmoid_gradient_from_output, subtract,
        sum_of_products, transpose)
    from neuron_pure.arrayprint import format_array
    from neuron_pure.errors import DataFileError, ModelFileError, NeuronPureError
    from neuron_pure.float_text import float_repr, format_fixed
    from neuron_pure.mt19937 import RandomState
    from neuron_pure.neuron import (
        POST_NEW_SITUATION, POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS,
        NeuralNetwork, TrainingStep, demo, training_step)
except KeyboardInterrupt as interruption:
    # Ctrl-C while `python3 -m neuron_pure` is still loading the package ends
    # as it would later (one line, status 130: see neuron_pure/interrupt.py);
    # a Python program importing the package gets its KeyboardInterrupt.
    try:
        from neuron_pure.interrupt import exit_if_command_line
    except ImportError:             # a board holding the core only
        raise interruption
    exit_if_command_line()
    raise interruption

__version__ = "0.1.0"

__all__ = [
    "NeuralNetwork", "RandomState", "TrainingStep",
    "NeuronPureError", "DataFileError", "ModelFileError",
    "demo", "training_step",
    "dot", "transpose", "shape", "add", "subtract", "multiply", "sum_of_products", "engine",
    "sigmoid", "sigmoid_gradient_from_output",
    "format_array", "float_repr", "format_fixed",
    "POST_TRAINING_INPUTS", "POST_TRAINING_OUTPUTS", "POST_NEW_SITUATION",
]
