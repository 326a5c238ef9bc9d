# Types of neuron_pure.plot: four diagrams of a training run, as one SVG.

from neuron_pure.arithmetic import MatrixLike, Vector
from neuron_pure.explain import Step
from neuron_pure.multilayer import AnyNetwork
from neuron_pure.neuron import Targets

__all__ = ["training_history", "training_svg", "nice_ticks", "logarithmic_ticks",
           "sampled_iterations"]

WIDTH: int
HEIGHT: int
PANEL_WIDTH: int
MARGIN_LEFT: int
MARGIN_RIGHT: int
MARGIN_TOP: int
MARGIN_BOTTOM: int
COLOURS: list[str]
LEGEND_LINES: int

def sampled_iterations(iterations: int, per_decade: int = 40) -> list[int]: ...
# (network, samples, errors, weights): per sampled iteration its mean absolute
# error and every weight after it.
def training_history(seed: int = 1, iterations: int = 10000, network: AnyNetwork | None = None,
                     inputs: MatrixLike = ..., targets: Targets = ...
                     ) -> tuple[AnyNetwork, list[int], Vector, list[Vector]]: ...
def step_parameters(step: Step) -> Vector: ...
def output_sums(network: AnyNetwork, inputs: MatrixLike) -> Vector: ...
def nice_ticks(low: float, high: float, count: int = 5) -> list[float]: ...
def logarithmic_ticks(largest: float) -> list[int]: ...
def training_svg(seed: int = 1, iterations: int = 10000, network: AnyNetwork | None = None,
                 inputs: MatrixLike = ..., targets: Targets = ...,
                 title: str | None = None) -> str: ...
