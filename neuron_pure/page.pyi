# Types of neuron_pure.page: one self-contained HTML page to step through a run.

from typing import Callable, Sequence

from _typeshed import SupportsWrite

from neuron_pure.arithmetic import Matrix, MatrixLike, Vector
from neuron_pure.explain import Step
from neuron_pure.multilayer import AnyNetwork
from neuron_pure.neuron import Targets

__all__ = ["page_html", "post_page", "write_page", "record_run", "sampled_iterations",
           "explanation_writer", "page_for_network", "EVERY_ITERATION_UP_TO", "MAXIMUM_BYTES",
           "SVG_NAMESPACE"]

EVERY_ITERATION_UP_TO: int
MAXIMUM_BYTES: int
SVG_NAMESPACE: str
TARGET_COLOURS: list[str]
# A plot's box: width, height, left, right, top and bottom margins.
CURVE: tuple[int, int, int, int, int, int]
ERROR: tuple[int, int, int, int, int, int]

# explain_lines(step, inputs, targets, iteration): the explanation of one
# recorded iteration, as lines.
ExplainLines = Callable[[Step, MatrixLike, Targets, int], Sequence[str]]

def sampled_iterations(iterations: int, every_up_to: int = 10000, first: int = 100,
                       per_decade: int = 50) -> list[int]: ...
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

def record_run(network: AnyNetwork, inputs: MatrixLike, targets: Targets, iterations: int,
               explain_lines: ExplainLines | None = None,
               samples: Sequence[int] | None = None) -> Run: ...
def page_html(network: AnyNetwork, inputs: MatrixLike, targets: Targets, iterations: int,
              explain_lines: ExplainLines | None = None, title: str = "The post's neuron",
              description: str | None = None, input_names: Sequence[str] | None = None,
              output_names: Sequence[str] | None = None, samples: Sequence[int] | None = None,
              limit: int = ...) -> str: ...
def post_page(seed: int = 1, iterations: int = 10000) -> str: ...
def page_for_network(network: AnyNetwork, inputs: MatrixLike, targets: Targets, iterations: int,
                     data_name: str | None = None) -> str: ...
# page_html(network, inputs, targets, iterations, **options), written to stream.
def write_page(stream: SupportsWrite[str], network: AnyNetwork, inputs: MatrixLike,
               targets: Targets, iterations: int, *,
               explain_lines: ExplainLines | None = None, title: str = "The post's neuron",
               description: str | None = None, input_names: Sequence[str] | None = None,
               output_names: Sequence[str] | None = None, samples: Sequence[int] | None = None,
               limit: int = ...) -> None: ...
