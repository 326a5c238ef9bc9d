# Types of neuron_pure.neuron: the post's single neuron.

from typing import Callable, Sequence, overload

from neuron_pure.arithmetic import Column, Matrix, MatrixLike, Vector, VectorLike
from neuron_pure.engine import NetworkShape

__all__ = [
    "NeuralNetwork", "TrainingStep", "training_step", "demo",
    "POST_TRAINING_INPUTS", "POST_TRAINING_OUTPUTS", "POST_NEW_SITUATION",
]

# Training outputs: one target per example, as a column ([[0], [1], ...], the
# post's) or flat ([0, 1, ...]).
Targets = MatrixLike | VectorLike
# Where a transcript goes, one line at a time: print, or a list's append.
Write = Callable[[str], object]

POST_TRAINING_INPUTS: list[list[int]]
POST_TRAINING_OUTPUTS: list[list[int]]
POST_NEW_SITUATION: list[int]
POST_ITERATIONS: int
POST_SEED: int

# What both step records share: a notebook shows their numbers as tables.
class StepRecord:
    def _repr_html_(self) -> str: ...

class TrainingStep(StepRecord):
    # One number per example:
    weighted_sums: Vector      # dot(inputs, weights)
    outputs: Vector            # sigmoid(weighted sum)
    errors: Vector             # target - output
    gradients: Vector          # output * (1 - output)
    deltas: Vector             # error * gradient
    # One number per weight (the bias last, if any):
    weights: Vector            # before the iteration
    adjustments: Vector        # dot(inputs.T, deltas)
    new_weights: Vector        # weights + learning_rate * adjustments
    learning_rate: float       # the rate it applied
    has_bias: bool             # the last weight is a bias (its input is always 1)
    def __init__(self, weights: Sequence[float], new_weights: Sequence[float],
                 weighted_sums: Sequence[float], outputs: Sequence[float],
                 errors: Sequence[float], gradients: Sequence[float],
                 deltas: Sequence[float], adjustments: Sequence[float],
                 learning_rate: float = 1.0, has_bias: bool = False) -> None: ...
    def _repr_svg_(self) -> str: ...

def training_step(inputs: MatrixLike, columns: MatrixLike, targets: VectorLike,
                  weights: VectorLike, learning_rate: float = 1.0) -> TrainingStep: ...

class NeuralNetwork:
    synaptic_weights: Column   # one [weight] per input, like the post's array of shape (inputs, 1)
    bias: float | None         # the weight of an input that is always 1; None without one
    learning_rate: float
    seed: int | None           # the seed its weights were drawn with; None if given (from_weights)
    iterations_trained: int
    def __init__(self, number_of_inputs: int = 3, seed: int = 1, bias: bool = False,
                 learning_rate: float = 1.0) -> None: ...
    @classmethod
    def from_weights(cls, synaptic_weights: MatrixLike, bias: float | None = None,
                     learning_rate: float = 1.0) -> NeuralNetwork: ...
    @property
    def number_of_inputs(self) -> int: ...
    @property
    def shape(self) -> NetworkShape: ...      # ((inputs, 1, bias),)
    def _repr_svg_(self) -> str: ...
    def _layer_weights(self) -> tuple[list[Matrix], list[Vector] | None]: ...
    def train(self, training_set_inputs: MatrixLike, training_set_outputs: Targets,
              number_of_training_iterations: int) -> None: ...
    def train_step(self, training_set_inputs: MatrixLike,
                   training_set_outputs: Targets) -> TrainingStep: ...
    # One situation gives a list of one output; a matrix of them, a column.
    @overload
    def think(self, inputs: VectorLike) -> Vector: ...
    @overload
    def think(self, inputs: MatrixLike) -> Column: ...

def demo(seed: int = 1, iterations: int = 10000, write: Write = ...) -> None: ...
