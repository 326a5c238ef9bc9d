# Types of neuron_pure.multilayer: the sequel's network of layers.

from typing import Sequence, TypeVar, overload

from neuron_pure.arithmetic import Matrix, MatrixLike, Vector, VectorLike
from neuron_pure.engine import NetworkShape
from neuron_pure.mt19937 import RandomState
from neuron_pure.neuron import NeuralNetwork, StepRecord, Targets, Write

__all__ = ["NeuronLayer", "MultiLayerNetwork", "BackpropagationStep", "backpropagation_step",
           "layered_network", "demo_multilayer", "SEQUEL_TRAINING_INPUTS",
           "SEQUEL_TRAINING_OUTPUTS", "SEQUEL_NEW_SITUATION"]

# Any network the package trains, draws, explains and saves.
AnyNetwork = NeuralNetwork | MultiLayerNetwork
# A layer's parameters: (weights, biases), weights one row per input and one
# column per neuron, biases None or one per neuron.
Layer = tuple[MatrixLike, VectorLike | None]
_Network = TypeVar("_Network", NeuralNetwork, MultiLayerNetwork)

SEQUEL_TRAINING_INPUTS: list[list[int]]
SEQUEL_TRAINING_OUTPUTS: list[list[int]]
SEQUEL_NEW_SITUATION: list[int]
SEQUEL_ITERATIONS: int
SEQUEL_SEED: int

class BackpropagationStep(StepRecord):
    # One entry per layer, first layer first.
    weights: list[Matrix]                 # before: one row per input, one column per neuron
    biases: list[Vector | None]
    layer_inputs: list[Matrix]            # the training inputs, then each hidden layer's outputs
    # One row per example, one column per neuron:
    weighted_sums: list[Matrix]
    outputs: list[Matrix]
    errors: list[Matrix]
    gradients: list[Matrix]
    deltas: list[Matrix]
    adjustments: list[Matrix]             # one row per input, one column per neuron
    bias_adjustments: list[Vector | None]
    new_weights: list[Matrix]
    new_biases: list[Vector | None]
    learning_rate: float
    QUANTITIES: tuple[str, ...]
    def __init__(self, **quantities: object) -> None: ...
    def _repr_svg_(self) -> str: ...

def backpropagation_step(inputs: MatrixLike, targets: MatrixLike, layers: Sequence[Layer],
                         learning_rate: float = 1.0) -> BackpropagationStep: ...
def last_layer_sums(rows: MatrixLike, weights: Sequence[MatrixLike],
                    biases: Sequence[VectorLike | None] | None = None) -> Matrix: ...

class NeuronLayer:
    synaptic_weights: Matrix   # one row per input, one column per neuron
    biases: Vector | None      # one per neuron, or None
    def __init__(self, number_of_neurons: int, number_of_inputs_per_neuron: int,
                 rng: RandomState, bias: bool = False) -> None: ...
    @classmethod
    def from_weights(cls, weights: MatrixLike, biases: VectorLike | None = None) -> NeuronLayer: ...
    @property
    def number_of_inputs(self) -> int: ...
    @property
    def number_of_neurons(self) -> int: ...

class MultiLayerNetwork:
    layers: list[NeuronLayer]
    learning_rate: float
    seed: int | None            # the seed the layers were drawn with, where known
    iterations_trained: int
    def __init__(self, *layers: NeuronLayer, learning_rate: float = 1.0) -> None: ...
    @property
    def number_of_inputs(self) -> int: ...
    @property
    def number_of_outputs(self) -> int: ...
    @property
    def shape(self) -> NetworkShape: ...
    def _repr_svg_(self) -> str: ...
    def _layer_weights(self) -> tuple[list[Matrix], list[Vector | None] | None]: ...
    # Every layer's output, first layer first: for one situation a Vector per
    # layer, for a matrix of them a Matrix per layer (one row per situation).
    @overload
    def think(self, inputs: VectorLike) -> list[Vector]: ...
    @overload
    def think(self, inputs: MatrixLike) -> list[Matrix]: ...
    def train(self, training_set_inputs: MatrixLike, training_set_outputs: Targets,
              number_of_training_iterations: int) -> None: ...
    def train_step(self, training_set_inputs: MatrixLike,
                   training_set_outputs: Targets) -> BackpropagationStep: ...

def layered_network(number_of_inputs: int, hidden: Sequence[int], outputs: int = 1,
                    seed: int = 1, bias: bool = False,
                    learning_rate: float = 1.0) -> MultiLayerNetwork: ...
def demo_multilayer(iterations: int = 60000, write: Write = ...) -> MultiLayerNetwork: ...
# The post's neuron with no hidden layer and one output, else layered_network's.
def network_for(number_of_inputs: int, hidden: Sequence[int], outputs: int, seed: int,
                bias: bool, learning_rate: float) -> NeuralNetwork | MultiLayerNetwork: ...
# The network itself, checked to be one of the two kinds.
def check_network(network: _Network) -> _Network: ...
