# Types of neuron_pure.model: a trained network as versioned JSON.

from typing import Literal, Mapping, Sequence, TypedDict, overload

from neuron_pure.arithmetic import Matrix, Vector
from neuron_pure.files import FileName
from neuron_pure.multilayer import AnyNetwork, MultiLayerNetwork
from neuron_pure.neuron import NeuralNetwork
from neuron_pure.thinking import Training as Training

__all__ = ["model_to_json", "network_from_json", "load_model", "save_model"]

FORMAT: str                 # "neuron-pure-model"
VERSION: int                # 1: a single neuron
LAYERED_VERSION: int        # 2: a network of layers
KEYS: tuple[str, ...]
LAYERED_KEYS: tuple[str, ...]

# What a model file holds (model_to_dict's result, json.loads of the file).
class NeuronModel(TypedDict):               # version 1
    format: str
    version: Literal[1]
    inputs: int
    weights: Vector                         # one weight per input (a flat list, not a column)
    bias: float | None
    training: Training

class LayerModel(TypedDict):
    weights: Matrix                         # one row per input, one column per neuron
    biases: Vector | None                   # one per neuron, or None

class LayeredModel(TypedDict):              # version 2
    format: str
    version: Literal[2]
    inputs: int
    layers: list[LayerModel]                # first layer first
    training: Training

@overload
def model_to_dict(network: NeuralNetwork) -> NeuronModel: ...
@overload
def model_to_dict(network: MultiLayerNetwork) -> LayeredModel: ...
def model_to_json(network: AnyNetwork) -> str: ...
# data: a dict as read from JSON, every key checked; source names it in errors.
def network_from_dict(data: Mapping[str, object], source: str = "<model>") -> AnyNetwork: ...
def network_from_json(text: str, source: str = "<model>") -> AnyNetwork: ...
# The command line's helper: data is the bytes it read (trusted).
def network_from_bytes(data: bytes | bytearray, source: str = "<model>") -> AnyNetwork: ...
def load_model(path: FileName, limit: int | None = None) -> AnyNetwork: ...
def save_model(network: AnyNetwork, path: FileName, inputs: Sequence[FileName] = ()) -> None: ...
