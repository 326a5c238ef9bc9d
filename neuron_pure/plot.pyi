# Types of neuron_pure.plot: four diagrams of a training run, as one SVG.

from neuron_pure.arithmetic import MatrixLike
from neuron_pure.multilayer import AnyNetwork
from neuron_pure.neuron import Targets

__all__ = ["training_svg"]

WIDTH: int
HEIGHT: int
PANEL_WIDTH: int
MARGIN_LEFT: int
MARGIN_RIGHT: int
MARGIN_TOP: int
MARGIN_BOTTOM: int
TARGET_ONE: str
TARGET_ZERO: str
INK: str
DASHES: list[str]
LEGEND_ROW: int
FIRST: int
PER_DECADE: int
TICKS: int
LEGEND_LINES: int

def training_svg(seed: int = 1, iterations: int = 10000, network: AnyNetwork | None = None,
                 inputs: MatrixLike = ..., targets: Targets = ...,
                 title: str | None = None) -> str: ...
