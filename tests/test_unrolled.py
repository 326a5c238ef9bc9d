"""The written-out training step computes exactly what the reference does."""

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from neuron_pure import NeuralNetwork, training_step, transpose
from neuron_pure.unrolled import MAX_TERMS, compile_step, step_source

values = st.floats(min_value=-50, max_value=50, allow_nan=False)


@st.composite
def training_sets(draw):
    examples, width = draw(st.integers(1, 6)), draw(st.integers(1, 5))
    inputs = [[draw(values) for _ in range(width)] for _ in range(examples)]
    targets = [draw(st.floats(0, 1)) for _ in range(examples)]
    weights = [draw(values) for _ in range(width)]
    return inputs, targets, weights


def reference_record(inputs, targets, weights, rate):
    step = training_step(inputs, transpose(inputs), targets, list(weights), rate)
    return [step.new_weights, step.weighted_sums, step.outputs, step.errors,
            step.gradients, step.deltas, step.adjustments]


@given(training_sets(), st.floats(0.01, 10))
@settings(max_examples=150, deadline=None)
def test_compiled_step_is_the_reference_to_the_last_bit(case, rate):
    """Law: every recorded number of the compiled step equals the reference's."""
    inputs, targets, weights = case
    step = compile_step(inputs, targets)
    try:
        got = [list(part) for part in step(tuple(weights), rate)]
    except OverflowError:
        # math.exp overflowed: train falls back to the reference, which must cope
        assert any(abs(s) > 700 for s in reference_record(inputs, targets, weights, rate)[1])
        return
    assert got == reference_record(inputs, targets, weights, rate)


def test_training_through_an_overflow_matches_the_reference_loop():
    # weighted sums near -800: exp(800) overflows and the output is numpy's 0.0
    inputs, targets = [[400.0, 400.0], [1.0, 0.0]], [1.0, 0.5]
    network = NeuralNetwork(2, seed=3)
    network.synaptic_weights = [[-1.0], [-1.0]]
    network.train(inputs, targets, 3)
    weights = [-1.0, -1.0]
    for _ in range(3):
        weights = training_step(inputs, transpose(inputs), targets, weights).new_weights
    assert [row[0] for row in network.synaptic_weights] == weights


def test_large_sets_use_the_reference_loop():
    width = 33
    inputs = [[1.0] * width for _ in range(MAX_TERMS // width + 1)]
    assert compile_step(inputs, [0.5] * len(inputs)) is None


def test_the_source_reads_like_the_post():
    source = step_source([[0, 0, 1]], [0])
    assert "s0 = 0.0 * w0 + 0.0 * w1 + 1.0 * w2" in source
    assert "o0 = 1 / (1 + exp(-s0))" in source
    assert "g0 = o0 * (1 - o0)" in source
    assert "w0, w1, w2 = weights" in source
    assert "w0, = weights" in step_source([[1]], [0])


def test_train_step_returns_what_train_computes():
    stepped, trained = NeuralNetwork(), NeuralNetwork()
    data = ([[0, 0, 1], [1, 1, 1], [1, 0, 1], [0, 1, 1]], [0, 1, 1, 0])
    for _ in range(5):
        step = stepped.train_step(*data)
    trained.train(*data, 5)
    assert step.new_weights == [row[0] for row in trained.synaptic_weights]
    assert step.deltas == [e * g for e, g in zip(step.errors, step.gradients)]
    assert all(math.isfinite(x) for x in step.outputs)
