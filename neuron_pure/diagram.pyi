# Types of neuron_pure.diagram: the network drawn as SVG from its real weights.

from typing import Sequence

from neuron_pure.arithmetic import Matrix, MatrixLike, Vector, VectorLike

__all__ = ["network_svg", "weights_of"]

# One matrix per layer: one row per input of the layer, one column per neuron.
LayerWeights = Sequence[MatrixLike]
# None (no layer has biases), or per layer None or one bias per neuron.
LayerBiases = Sequence[VectorLike | None] | None

POSITIVE: str               # colour of a weight that excites
NEGATIVE: str               # colour of a weight that inhibits
PLACES: int
THIN: float
THICK: float
PER_UNIT: float
INPUT_RADIUS: int
NEURON_RADIUS: int
PITCH: int
LABEL_SIZE: int
NAME_SIZE: int
TITLE_SIZE: int
KEY_SIZE: int
LABEL_PAD: int
LABEL_HEIGHT: int
T_CHOICES: tuple[float, ...]
GAP: int
TITLE_HEIGHT: int
CAPTION_HEIGHT: int
MINIMUM_WIDTH: int

# (weights, biases) in network_svg's form, checked copies.
def weights_of(network: object) -> tuple[list[Matrix], list[Vector | None] | None]: ...
# Internal, trusting their caller: labels, the largest magnitude, widths.
def weight_labels(weights: LayerWeights, biases: LayerBiases = None,
                  places: int = 8) -> list[str]: ...
def largest_magnitude(weights: LayerWeights, biases: LayerBiases = None) -> float: ...
def synapse_widths(weights: LayerWeights, largest: float | None = None) -> list[str]: ...
def sign_colour(value: float) -> str: ...
# None, or one str per input (output): what is "input" or "output", for errors.
def check_names(names: Sequence[str] | None, count: int, what: str) -> list[str] | None: ...
def network_svg(weights: LayerWeights, biases: LayerBiases = None,
                input_names: Sequence[str] | None = None,
                output_names: Sequence[str] | None = None, title: str | None = None,
                largest: float | None = None, places: int = 8) -> str: ...
