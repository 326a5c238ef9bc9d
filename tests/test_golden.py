"""Golden numbers: what the post prints, asserted, never used to make output.

Sources:
- POST: "How to build a simple neural network in 9 lines of Python code"
  (2015), its class-based ``main.py`` run with Python 3 and numpy (the
  transcript below is what it prints, trailing spaces included).
- FULL: the same program's arrays printed with ``.tolist()``, i.e. every bit.
- TABLE: the post's table of the neuron's outputs for all eight binary
  situations, and its predictions after 1, 10, 100 and 1,000 iterations
  (published to 8 decimals).
"""

import pytest

from neuron_pure import (
    POST_NEW_SITUATION, POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS,
    NeuralNetwork, demo)
from neuron_pure.arrayprint import format_array

# POST: the whole transcript; each label line ends with one space.
POST_TRANSCRIPT = (
    "Random starting synaptic weights: \n"
    "[[-0.16595599]\n"
    " [ 0.44064899]\n"
    " [-0.99977125]]\n"
    "New synaptic weights after training: \n"
    "[[ 9.67299303]\n"
    " [-0.2078435 ]\n"
    " [-4.62963669]]\n"
    "Considering new situation [1, 0, 0] -> ?: \n"
    "[0.99993704]\n"
)

# FULL: seed 1, before and after 10,000 iterations, and the prediction.
STARTING_WEIGHTS = [[-0.165955990594852], [0.4406489868843162], [-0.9997712503653102]]
TRAINED_WEIGHTS = [[9.672993027736892], [-0.20784349926631962], [-4.62963668773159]]
PREDICTION = [0.9999370428352157]

# TABLE: outputs for situations 000, 001, ..., 111 after 10,000 iterations.
OUTPUTS_FOR_ALL_SITUATIONS = [
    "0.50000000", "0.00966400", "0.44822538", "0.00786466",
    "0.99993704", "0.99358931", "0.99992250", "0.99211997",
]
# TABLE: the prediction for [1, 0, 0] after this many iterations.
PREDICTION_AFTER = {1: "0.53002734", 10: "0.84820304", 100: "0.99025576", 1000: "0.99929937"}


@pytest.fixture(scope="module")
def trained():
    network = NeuralNetwork()
    network.train(POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS, 10000)
    return network


def test_demo_prints_the_posts_transcript_character_for_character():
    lines = []
    demo(write=lines.append)
    assert "\n".join(lines) + "\n" == POST_TRANSCRIPT


def test_starting_weights_are_numpys_to_the_last_bit():
    assert NeuralNetwork().synaptic_weights == STARTING_WEIGHTS


def test_trained_weights_are_numpys_to_the_last_bit(trained):
    assert trained.synaptic_weights == TRAINED_WEIGHTS


def test_prediction_for_the_new_situation(trained):
    assert trained.think(POST_NEW_SITUATION) == PREDICTION
    assert format_array(trained.think(POST_NEW_SITUATION)) == "[0.99993704]"


def test_outputs_for_all_eight_situations(trained):
    situations = [[a, b, c] for a in (0, 1) for b in (0, 1) for c in (0, 1)]
    assert ["%.8f" % trained.think(s)[0] for s in situations] == OUTPUTS_FOR_ALL_SITUATIONS


@pytest.mark.parametrize("iterations", sorted(PREDICTION_AFTER))
def test_prediction_after_fewer_iterations(iterations):
    network = NeuralNetwork()
    network.train(POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS, iterations)
    assert "%.8f" % network.think(POST_NEW_SITUATION)[0] == PREDICTION_AFTER[iterations]


def test_think_on_the_training_set_gives_a_column(trained):
    outputs = trained.think(POST_TRAINING_INPUTS)
    assert len(outputs) == 4 and all(len(row) == 1 for row in outputs)
    assert [round(row[0]) for row in outputs] == [0, 1, 1, 0]
