# Types of neuron_pure.page: one self-contained HTML page to step through a run.

from typing import Sequence

from neuron_pure.arithmetic import MatrixLike
from neuron_pure.multilayer import AnyNetwork
from neuron_pure.neuron import Targets
from neuron_pure.page_run import ExplainLines

__all__ = ["page_html"]

MAXIMUM_BYTES: int
SVG_NAMESPACE: str
TARGET_COLOURS: list[str]
# A plot's box: width, height, left, right, top and bottom margins.
CURVE: tuple[int, int, int, int, int, int]
ERROR: tuple[int, int, int, int, int, int]
TICKS: int

def page_html(network: AnyNetwork, inputs: MatrixLike, targets: Targets, iterations: int,
              explain_lines: ExplainLines | None = None, title: str = "The post's neuron",
              description: str | None = None, input_names: Sequence[str] | None = None,
              output_names: Sequence[str] | None = None, samples: Sequence[int] | None = None,
              limit: int = ...) -> str: ...
# Internal: the command line's two pages (page_html checks their arguments).
def post_page(seed: int = 1, iterations: int = 10000) -> str: ...
def page_for_network(network: AnyNetwork, inputs: MatrixLike, targets: Targets, iterations: int,
                     data_name: str | None = None) -> str: ...
