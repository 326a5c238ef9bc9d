# Types of neuron_pure.engine: the compiled training loop.

from typing import Callable, Sequence

from neuron_pure.arithmetic import MatrixLike

__all__ = ["training_source"]

# A network's shape: one (inputs, neurons, bias) triple per layer, first layer first.
NetworkShape = tuple[tuple[int, int, bool], ...]
# One example as the loop reads it: its inputs, then its targets.
Example = tuple[float, ...]
# One iteration of the list-based reference: (parameters, learning_rate) -> new parameters,
# asked of a function of no arguments only where there is no compiled loop.
ReferenceStep = Callable[[Sequence[float], float], Sequence[float]]
ReferenceStepMaker = Callable[[], ReferenceStep]
# The compiled train(parameters, examples, iterations, learning_rate) -> parameters.
Trainer = Callable[[tuple[float, ...], list[Example], int, float], tuple[float, ...]]

MAX_PARAMETERS: int
MAX_INPUTS: int

def check_shape(shape: Sequence[tuple[int, int, bool]]) -> NetworkShape: ...
def training_source(shape: NetworkShape) -> str: ...
def compiled_trainer(shape: NetworkShape) -> Trainer | None: ...
def examples_of(rows: MatrixLike, targets: MatrixLike) -> list[Example]: ...
def train(shape: NetworkShape, parameters: Sequence[float], examples: list[Example],
          iterations: int, learning_rate: float, reference_step: ReferenceStepMaker) -> list[float]: ...
# A network's layers, (weights, biases) each, as the loop's flat parameters and back.
def parameters_of(layers: Sequence[tuple[MatrixLike, Sequence[float] | None]]) -> list[float]: ...
def layers_of(parameters: Sequence[float], shape: NetworkShape
              ) -> list[tuple[list[list[float]], list[float] | None]]: ...
