"""The sequel's two-layer network.

Sources:
- SEQUEL: the post's sequel (a layer of 4 neurons feeding 1), its numpy
  program run with Python 3 and numpy: the transcript below, and (``.tolist()``)
  the trained layer-2 weights, hidden outputs and output numpy gets.  numpy's
  matrix products add in another order (BLAS), so those agree within 1e-12
  relative, not to the bit; the transcript agrees character for character.
"""

import pytest

from clitools import run_cli
from neuron_pure import NeuralNetwork, NeuronPureError, RandomState
from neuron_pure.multilayer import (
    SEQUEL_NEW_SITUATION, SEQUEL_TRAINING_INPUTS, SEQUEL_TRAINING_OUTPUTS, MultiLayerNetwork,
    NeuronLayer, demo_multilayer)

SEQUEL_TRANSCRIPT = (
    "Random starting synaptic weights: \n"
    "[[-0.16595599  0.44064899 -0.99977125 -0.39533485]\n"
    " [-0.70648822 -0.81532281 -0.62747958 -0.30887855]\n"
    " [-0.20646505  0.07763347 -0.16161097  0.370439  ]]\n"
    "[[-0.5910955 ]\n"
    " [ 0.75623487]\n"
    " [-0.94522481]\n"
    " [ 0.34093502]]\n"
    "New synaptic weights after training: \n"
    "[[ 0.3122465   4.57704063 -6.15329916 -8.75834924]\n"
    " [ 0.19676933 -8.74975548 -6.1638187   4.40720501]\n"
    " [-0.03327074 -0.58272995  0.08319184 -0.39787635]]\n"
    "[[ -8.18850925]\n"
    " [ 10.13210706]\n"
    " [-21.33532796]\n"
    " [  9.90935111]]\n"
    "Considering a new situation [1, 1, 0] -> ?: \n"
    "[0.0078876]\n"
)
NUMPY_LAYER_2 = [-8.18850925017732, 10.132107057234917, -21.335327962227097, 9.909351107675112]
NUMPY_HIDDEN = [0.6245757327163894, 0.015176491043500046, 4.474471385752834e-06,
                0.012727963087484766]
NUMPY_OUTPUT = 0.007887604376495466


@pytest.fixture(scope="module")
def sequel():
    """The sequel's run (60,000 iterations), once, with what it printed."""
    lines = []
    network = demo_multilayer(write=lines.append)
    return network, "\n".join(lines) + "\n"


def test_the_sequels_transcript_character_for_character(sequel):
    assert sequel[1] == SEQUEL_TRANSCRIPT


def test_the_trained_numbers_agree_with_numpys(sequel):
    network = sequel[0]
    assert [row[0] for row in network.layers[1].synaptic_weights] == pytest.approx(
        NUMPY_LAYER_2, rel=1e-12)
    hidden, output = network.think(SEQUEL_NEW_SITUATION)
    assert hidden == pytest.approx(NUMPY_HIDDEN, rel=1e-12)
    assert output == pytest.approx([NUMPY_OUTPUT], rel=1e-12)


def test_the_hidden_layer_is_what_makes_exclusive_or_learnable(sequel):
    """A single neuron on the same seven examples stays wrong on at least one;
    the two-layer network gets all seven right."""
    targets = [row[0] for row in SEQUEL_TRAINING_OUTPUTS]
    single = NeuralNetwork()
    single.train(SEQUEL_TRAINING_INPUTS, SEQUEL_TRAINING_OUTPUTS, 60000)
    single_answers = [round(out[0]) for out in single.think(SEQUEL_TRAINING_INPUTS)]
    assert single_answers != targets
    two_layer_answers = [round(out[0]) for out in sequel[0].think(SEQUEL_TRAINING_INPUTS)[-1]]
    assert two_layer_answers == targets


def test_layers_draw_from_one_generator_in_order():
    rng = RandomState(1)
    first, second = NeuronLayer(4, 3, rng), NeuronLayer(1, 4, rng)
    draws = RandomState(1).random(16)
    assert first.synaptic_weights[0] == [2 * x - 1 for x in draws[0:4]]
    assert second.synaptic_weights == [[2 * x - 1] for x in draws[12:16]]


def test_think_returns_every_layers_output():
    rng = RandomState(3)
    network = MultiLayerNetwork(NeuronLayer(5, 3, rng), NeuronLayer(2, 5, rng), NeuronLayer(1, 2, rng))
    outputs = network.think([[1, 0, 0], [0, 1, 1]])
    assert [len(out[0]) for out in outputs] == [5, 2, 1]
    assert [len(out) for out in network.think([1, 0, 0])] == [5, 2, 1]


def test_one_layer_is_the_single_neuron():
    """With one layer of one neuron, back-propagation is the post's rule."""
    layer = NeuronLayer(1, 3, RandomState(1))
    MultiLayerNetwork(layer).train([[0, 0, 1], [1, 1, 1], [1, 0, 1], [0, 1, 1]],
                                   [[0], [1], [1], [0]], 100)
    single = NeuralNetwork()
    single.train([[0, 0, 1], [1, 1, 1], [1, 0, 1], [0, 1, 1]], [[0], [1], [1], [0]], 100)
    assert layer.synaptic_weights == single.synaptic_weights


@pytest.mark.parametrize("build, message", [
    (lambda rng: MultiLayerNetwork(), "at least one layer"),
    (lambda rng: MultiLayerNetwork(NeuronLayer(4, 3, rng), NeuronLayer(1, 5, rng)),
     "layer 2 has 5 inputs per neuron, but layer 1 has 4 neurons"),
    (lambda rng: NeuronLayer(0, 3, rng), "number_of_neurons must be at least 1"),
    (lambda rng: NeuronLayer(2, -1, rng), "must not be negative"),
])
def test_shapes_are_checked(build, message):
    with pytest.raises(NeuronPureError, match=message):
        build(RandomState(1))


@pytest.mark.parametrize("inputs, outputs, message", [
    ([[0, 1]], [[1]], "training inputs have 2 columns but the network has 3 inputs"),
    ([[0, 1, 1]], [[1], [0]], "training outputs must be 1 value, one per example, not 2 rows of 1"),
    ([[0, 1, 1]], [[1, 0]], "training outputs must be 1 value, one per example, not 1 row of 2"),
    ([[0, float("nan"), 1]], [[1]], "not a finite number"),
])
def test_bad_training_data_is_named(inputs, outputs, message):
    rng = RandomState(1)
    network = MultiLayerNetwork(NeuronLayer(4, 3, rng), NeuronLayer(1, 4, rng))
    with pytest.raises(NeuronPureError, match=message):
        network.train(inputs, outputs, 1)


def test_the_command_prints_the_transcript_for_fewer_iterations():
    result = run_cli("multilayer", "--iterations", "0")
    assert result.returncode == 0
    assert result.stdout.startswith(SEQUEL_TRANSCRIPT.split("New synaptic")[0])
