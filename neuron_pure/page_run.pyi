# Types of neuron_pure.page_run: a training run recorded for the page (internal).

from typing import Callable, Sequence

from neuron_pure.arithmetic import Matrix, MatrixLike, Vector
from neuron_pure.explain import Step
from neuron_pure.multilayer import AnyNetwork
from neuron_pure.neuron import Targets

__all__: list[str] = []

EVERY_ITERATION_UP_TO: int
FIRST: int
PER_DECADE: int

# explain_lines(step, inputs, targets, iteration): the explanation of one
# recorded iteration, as lines.
ExplainLines = Callable[[Step, MatrixLike, Targets, int], Sequence[str]]

def kept_iterations(iterations: int) -> list[int]: ...
def fewer_iterations(iterations: int) -> list[int]: ...
def explanation_writer(title: Callable[[int], str]) -> ExplainLines: ...

class Run:
    inputs: Matrix
    targets: Matrix                             # one row of targets per example
    iterations: int
    samples: list[int]                          # the kept iterations, 0 first
    # One entry per kept iteration:
    weights: list[list[Matrix]]                 # diagram.weights_of's form
    biases: list[list[Vector | None] | None]
    sums: list[Matrix]                          # the last layer's weighted sums
    outputs: list[Matrix]                       # the last layer's outputs
    errors: Vector                              # mean absolute error
    explanations: list[list[str] | None]        # None for iteration 0
    def __init__(self, inputs: Matrix, targets: Matrix, iterations: int,
                 samples: list[int]) -> None: ...
    def subset(self, samples: Sequence[int]) -> Run: ...

def record_run(network: AnyNetwork, inputs: Matrix, targets: Matrix, iterations: int,
               explain_lines: ExplainLines, samples: Sequence[int]) -> Run: ...
