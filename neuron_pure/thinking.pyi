# Types of neuron_pure.thinking: a checked model that thinks, for boards.

from typing import Mapping, TypedDict

from neuron_pure.arithmetic import Matrix, MatrixLike, Vector, VectorLike
from neuron_pure.files import FileName

__all__ = ["Model", "model_from_file"]

FORMAT: str                 # "neuron-pure-model"
VERSION: int                # 1: a single neuron
LAYERED_VERSION: int        # 2: a network of layers
KEYS: tuple[str, ...]
LAYERED_KEYS: tuple[str, ...]
LAYER_KEYS: tuple[str, ...]
TRAINING_KEYS: tuple[str, ...]
DATA_LIMIT: int             # bytes: 4 MiB

# A checked layer: one row of weights per input, one column per neuron; None
# or one bias per neuron.
CheckedLayer = tuple[Matrix, Vector | None]

class Training(TypedDict):         # a model file's "training" object
    iterations: int
    seed: int | None
    learning_rate: float

class Model:
    version: int
    inputs: int
    layers: list[CheckedLayer]
    training: Training
    # The model of a model file's JSON dict, every key and value checked.
    def __init__(self, data: Mapping[str, object], source: str = "<model>") -> None: ...
    # Version 1: one situation -> [output], rows -> a column.  Version 2: the
    # outputs of every layer (one situation -> a list per layer; rows -> a
    # matrix per layer).
    def think(self, inputs: VectorLike | MatrixLike) -> list[float] | list[list[float]] | list[Matrix]: ...

def model_from_file(path: FileName, limit: int | None = None) -> Model: ...
# Helpers of neuron_pure.model, trusting their argument's type.
def model_from_json(text: str, source: str = "<model>") -> Model: ...
def model_from_bytes(data: bytes | bytearray, source: str = "<model>") -> Model: ...
