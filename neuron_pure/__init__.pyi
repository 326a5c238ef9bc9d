# Types of neuron_pure: what `from neuron_pure import ...` gives.
#
# Types ship as stub files (.pyi) beside the modules, so that the modules stay
# exactly what MicroPython reads.  The shapes have names, in
# neuron_pure.arithmetic: Vector (list[float]), Matrix (list[list[float]]),
# Column (one [weight] per input); import them under typing.TYPE_CHECKING.

from neuron_pure import engine as engine
from neuron_pure.arithmetic import (
    add as add, dot as dot, multiply as multiply, shape as shape, sigmoid as sigmoid,
    sigmoid_gradient_from_output as sigmoid_gradient_from_output, subtract as subtract,
    sum_of_products as sum_of_products, transpose as transpose)
from neuron_pure.arrayprint import format_array as format_array
from neuron_pure.errors import (
    DataFileError as DataFileError, ModelFileError as ModelFileError,
    NeuronPureError as NeuronPureError)
from neuron_pure.float_text import float_repr as float_repr, format_fixed as format_fixed
from neuron_pure.mt19937 import RandomState as RandomState
from neuron_pure.neuron import (
    POST_NEW_SITUATION as POST_NEW_SITUATION, POST_TRAINING_INPUTS as POST_TRAINING_INPUTS,
    POST_TRAINING_OUTPUTS as POST_TRAINING_OUTPUTS, NeuralNetwork as NeuralNetwork,
    TrainingStep as TrainingStep, demo as demo, training_step as training_step)

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
