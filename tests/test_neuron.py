"""The neuron's contract: shapes, checks, determinism, and that training learns."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from neuron_pure import (
    POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS, NeuralNetwork, NeuronPureError,
    RandomState, training_step, transpose)


def summed_squared_error(network):
    outputs = network.think(POST_TRAINING_INPUTS)
    return sum((t[0] - o[0]) ** 2 for t, o in zip(POST_TRAINING_OUTPUTS, outputs))


def test_weights_are_drawn_from_the_networks_own_generator():
    draws = RandomState(9).random((4, 1))
    assert NeuralNetwork(4, seed=9).synaptic_weights == [[2 * d[0] - 1] for d in draws]


def test_two_networks_do_not_share_a_generator():
    first = NeuralNetwork(seed=5).synaptic_weights
    NeuralNetwork(seed=6)
    assert NeuralNetwork(seed=5).synaptic_weights == first


def test_flat_outputs_train_like_the_posts_column():
    column, flat = NeuralNetwork(), NeuralNetwork()
    column.train(POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS, 50)
    flat.train(POST_TRAINING_INPUTS, [0, 1, 1, 0], 50)
    assert column.synaptic_weights == flat.synaptic_weights


def test_floats_and_tuples_are_accepted():
    as_floats = [[float(x) for x in row] for row in POST_TRAINING_INPUTS]
    a, b = NeuralNetwork(), NeuralNetwork()
    a.train(POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS, 20)
    b.train(tuple(map(tuple, as_floats)), (0.0, 1.0, 1.0, 0.0), 20)
    assert a.synaptic_weights == b.synaptic_weights


def test_zero_iterations_change_nothing():
    network = NeuralNetwork()
    before = network.synaptic_weights
    network.train(POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS, 0)
    assert network.synaptic_weights == before


@pytest.mark.parametrize("inputs, outputs, iterations, message", [
    ([], [], 1, "non-empty"),
    ([[0, 0, 1], [1, 1]], [0, 1], 1, "ragged"),
    ([[0, 1], [1, 1]], [0, 1], 1, "2 columns but the neuron has 3 inputs"),
    ([[0, 0, 1], [1, 1, 1]], [0], 1, "training outputs must be 2 values, one per example, not 1 value"),
    ([[0, 0, 1]], [[0, 1]], 1, "training outputs must be 1 value, one per example, not 1 row of 2"),
    ([[0, float("nan"), 1]], [0], 1, r"training input \[0\]\[1\] is nan"),
    ([[0, 0, 1]], [float("inf")], 1, r"training output \[0\] is inf"),
    ([[0, "1", 1]], [0], 1, "not a number"),
    ([[0, 10 ** 400, 1]], [0], 1, "too large for a float"),
    ([[0, 0, 1]], [0], -1, "must not be negative"),
    ([[0, 0, 1]], [0], 2.5, "must be an integer"),
    ([[0, 0, 1]], [0], True, "must be an integer"),
])
def test_bad_training_data_is_named_and_changes_nothing(inputs, outputs, iterations, message):
    network = NeuralNetwork()
    before = network.synaptic_weights
    with pytest.raises(NeuronPureError, match=message):
        network.train(inputs, outputs, iterations)
    assert network.synaptic_weights == before


@pytest.mark.parametrize("inputs, message", [
    ([1, 0], "got 2 inputs but the neuron has 3"),
    ([[1, 0, 0], [1, 0]], "ragged"),
    (1, "not a single number"),
    ([1, None, 0], r"input \[1\] is None"),
])
def test_bad_situations_are_named(inputs, message):
    with pytest.raises(NeuronPureError, match=message):
        NeuralNetwork().think(inputs)


@pytest.mark.parametrize("inputs", [0, -2, 1.5, "3"])
def test_the_number_of_inputs_must_be_a_positive_integer(inputs):
    with pytest.raises(NeuronPureError):
        NeuralNetwork(inputs)


def test_weights_replaced_by_hand_are_checked():
    network = NeuralNetwork()
    network.synaptic_weights = [1.0, 2.0, 3.0]
    with pytest.raises(NeuronPureError, match="column"):
        network.think([1, 0, 0])


@given(st.integers(min_value=0, max_value=2 ** 32 - 1), st.integers(min_value=0, max_value=40))
@settings(max_examples=40, deadline=None)
def test_one_iteration_never_raises_the_error_by_more_than_rounding(seed, warmup):
    """Law: a gradient step on the post's data lowers (or keeps) the summed
    squared error, from any seed and any point of the training."""
    network = NeuralNetwork(seed=seed)
    network.train(POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS, warmup)
    before = summed_squared_error(network)
    network.train(POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS, 1)
    assert summed_squared_error(network) <= before + 1e-12


def test_training_step_records_the_posts_quantities():
    weights = [row[0] for row in NeuralNetwork().synaptic_weights]
    targets = [0, 1, 1, 0]
    step = training_step(POST_TRAINING_INPUTS, transpose(POST_TRAINING_INPUTS), targets, weights)
    for i, row in enumerate(POST_TRAINING_INPUTS):
        assert step.outputs[i] == 1 / (1 + math.exp(-step.weighted_sums[i]))
        assert step.errors[i] == targets[i] - step.outputs[i]
        assert step.deltas[i] == step.errors[i] * (step.outputs[i] * (1 - step.outputs[i]))
    assert step.new_weights == [w + a for w, a in zip(weights, step.adjustments)]


def test_importing_does_no_work():
    """Importing works out no table entry, probes no exp and compiles
    nothing: that happens on first use, so embedding the package costs
    nothing until then."""
    import subprocess
    import sys

    from clitools import ROOT
    code = ("import neuron_pure, neuron_pure.exponential as e, neuron_pure.engine as u\n"
            "import neuron_pure.exp_table as t\n"
            "print(all(x != x for x in t.table), e._chosen is None, u._compiled == {})")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, env=dict(__import__("os").environ, PYTHONPATH=ROOT))
    assert result.stdout.split() == ["True", "True", "True"]


@pytest.mark.parametrize("rate", [True, False, 0, -1.0, float("inf"), "1"])
def test_a_learning_rate_must_be_a_positive_number_not_a_bool(rate):
    """True is 1 to Python, but a learning rate of True is a mistake, named."""
    with pytest.raises(NeuronPureError, match="learning_rate"):
        NeuralNetwork(learning_rate=rate)


def test_a_network_too_large_to_handle_is_refused_by_name_at_once():
    """2**70 inputs would be drawn one by one until memory ran out."""
    from neuron_pure import RandomState
    from neuron_pure.multilayer import NeuronLayer
    with pytest.raises(NeuronPureError, match="more weights than"):
        NeuralNetwork(2 ** 70)
    with pytest.raises(NeuronPureError, match="more weights than"):
        NeuronLayer(2 ** 70, 3, RandomState(1))
