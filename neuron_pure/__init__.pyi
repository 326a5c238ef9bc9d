# Types of neuron_pure: what `from neuron_pure import ...` gives (the names of __all__).
#
# Types ship as stub files (.pyi) beside the modules, so that the modules stay
# exactly what MicroPython reads.  The shapes have names, in
# neuron_pure.arithmetic: Vector (list[float]), Matrix (list[list[float]]),
# Column (one [weight] per input); import them under typing.TYPE_CHECKING.

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

__version__: str

__all__ = [
    "NeuralNetwork", "RandomState", "TrainingStep",
    "NeuronPureError", "DataFileError", "ModelFileError",
    "demo", "training_step",
    "dot", "transpose", "shape", "add", "subtract", "multiply", "sum_of_products", "engine",
    "sigmoid", "sigmoid_gradient_from_output",
    "format_array", "float_repr", "format_fixed",
    "POST_TRAINING_INPUTS", "POST_TRAINING_OUTPUTS", "POST_NEW_SITUATION",
]
