"""The compiled training loop (neuron_pure.engine) against the list-based
references it is written from: every float must be identical, bit for bit.

The references are ``neuron.training_step`` (the post's step) and
``multilayer.backpropagation_step`` (the sequel's), looped here by hand.  The
data include what breaks careless rewrites: inputs large enough to overflow
the exponential (numpy's sigmoid gives 0.0 there), -0.0 (whose sign a dropped
``0.0 *`` or a sum started from 0 would lose), subnormals, biases and learning
rates other than 1.
"""

import math
import struct

from hypothesis import given, settings
from hypothesis import strategies as st

from neuron_pure import NeuralNetwork, RandomState, engine, transpose, training_step
from neuron_pure.multilayer import (
    SEQUEL_TRAINING_INPUTS, SEQUEL_TRAINING_OUTPUTS, MultiLayerNetwork, NeuronLayer,
    backpropagation_step)
from neuron_pure.neuron import POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS


def bits(values):
    """The IEEE 754 bits of every float, so that -0.0 != 0.0 and nan == nan."""
    return [struct.pack("<d", float(v)) for v in values]


# Values that stress the arithmetic, and plain ones.
interesting = st.sampled_from([0.0, -0.0, 1.0, -1.0, 5e-324, -2.2250738585072014e-308,
                               800.0, -800.0, 1e10, 0.5])
plain = st.floats(min_value=-6.0, max_value=6.0, allow_nan=False)
value = st.one_of(plain, interesting)
target = st.one_of(st.floats(min_value=0.0, max_value=1.0), st.sampled_from([0.0, -0.0, 1.0]))
learning_rates = st.sampled_from([1.0, 0.5, 0.1, 3.0, 1e-300])


@st.composite
def single_neuron_cases(draw):
    width = draw(st.integers(1, 5))
    examples = draw(st.integers(1, 6))
    inputs = [[draw(value) for _ in range(width)] for _ in range(examples)]
    targets = [draw(target) for _ in range(examples)]
    return (inputs, targets, draw(st.integers(0, 2 ** 32 - 1)), draw(st.booleans()),
            draw(learning_rates), draw(st.integers(0, 30)))


@given(single_neuron_cases())
@settings(max_examples=150)
def test_the_compiled_loop_gives_the_reference_steps_bits(case):
    """Law: NeuralNetwork.train (the compiled loop) == training_step looped, bit for bit."""
    inputs, targets, seed, bias, learning_rate, iterations = case
    network = NeuralNetwork(len(inputs[0]), seed=seed, bias=bias, learning_rate=learning_rate)
    weights = [row[0] for row in network.synaptic_weights] + ([network.bias] if bias else [])
    rows = [row + [1] for row in inputs] if bias else inputs
    for _ in range(iterations):
        weights = training_step(rows, transpose(rows), targets, weights, learning_rate).new_weights
    if not all(math.isfinite(w) for w in weights):
        return                      # diverged: test_divergence covers it
    network.train(inputs, targets, iterations)
    got = [row[0] for row in network.synaptic_weights] + ([network.bias] if bias else [])
    assert bits(got) == bits(weights)


@st.composite
def layered_cases(draw):
    widths = [draw(st.integers(1, 4)) for _ in range(draw(st.integers(2, 4)))]
    examples = draw(st.integers(1, 5))
    inputs = [[draw(value) for _ in range(widths[0])] for _ in range(examples)]
    targets = [[draw(target) for _ in range(widths[-1])] for _ in range(examples)]
    return (widths, inputs, targets, draw(st.integers(0, 2 ** 32 - 1)), draw(st.booleans()),
            draw(learning_rates), draw(st.integers(0, 12)))


def layered_network(widths, seed, bias, learning_rate):
    rng = RandomState(seed)
    layers = [NeuronLayer(neurons, inputs, rng, bias=bias)
              for inputs, neurons in zip(widths, widths[1:])]
    return MultiLayerNetwork(*layers, learning_rate=learning_rate)


def flat(layers):
    values = []
    for weights, biases in layers:
        values += [w for row in weights for w in row] + (biases or [])
    return values


@given(layered_cases())
@settings(max_examples=120)
def test_the_compiled_loop_gives_back_propagations_bits(case):
    """Law: MultiLayerNetwork.train (the compiled loop) == backpropagation_step looped."""
    widths, inputs, targets, seed, bias, learning_rate, iterations = case
    network = layered_network(widths, seed, bias, learning_rate)
    layers = [(layer.synaptic_weights, layer.biases) for layer in network.layers]
    for _ in range(iterations):
        step = backpropagation_step(inputs, targets, layers, learning_rate)
        layers = list(zip(step.new_weights, step.new_biases))
    if not all(math.isfinite(w) for w in flat(layers)):
        return
    network.train(inputs, targets, iterations)
    assert bits(flat((layer.synaptic_weights, layer.biases) for layer in network.layers)) == \
        bits(flat(layers))


def test_one_layer_of_one_neuron_is_the_posts_neuron():
    """The two references agree where they overlap: back-propagation through
    one layer of one neuron is the post's step."""
    single = NeuralNetwork(bias=True, learning_rate=0.5)
    layer = NeuronLayer(1, 3, RandomState(1), bias=True)
    network = MultiLayerNetwork(layer, learning_rate=0.5)
    single.train(POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS, 300)
    network.train(POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS, 300)
    assert bits(w for row in layer.synaptic_weights for w in row) == \
        bits(row[0] for row in single.synaptic_weights)
    assert bits(layer.biases) == bits([single.bias])


def test_train_step_records_the_floats_train_computes():
    """explain and the page read train_step's records: they must be train's floats."""
    stepped, trained = NeuralNetwork(bias=True), NeuralNetwork(bias=True)
    for iteration in range(1, 60):
        step = stepped.train_step(POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS)
        trained.train(POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS, 1)
        assert bits(step.new_weights) == bits([r[0] for r in trained.synaptic_weights] + [trained.bias])
    assert stepped.iterations_trained == trained.iterations_trained == 59


def test_layered_train_step_records_the_floats_train_computes():
    stepped = layered_network([3, 4, 1], 1, True, 1.0)
    trained = layered_network([3, 4, 1], 1, True, 1.0)
    for _ in range(40):
        step = stepped.train_step(SEQUEL_TRAINING_INPUTS, SEQUEL_TRAINING_OUTPUTS)
        trained.train(SEQUEL_TRAINING_INPUTS, SEQUEL_TRAINING_OUTPUTS, 1)
        assert bits(flat(zip(step.new_weights, step.new_biases))) == \
            bits(flat((layer.synaptic_weights, layer.biases) for layer in trained.layers))


def test_the_sigmoid_overflow_rule_runs_inside_the_compiled_loop():
    """A weighted sum of -1e10 overflows exp; numpy's sigmoid gives 0.0 and so
    does the loop, with no retry around it: the loop calls arithmetic.sigmoid."""
    network = NeuralNetwork(1)
    network.synaptic_weights = [[1.0]]
    network.train([[-1e10]], [1], 1)
    # output 0.0, error 1, gradient 0.0 * (1 - 0.0) = 0: the weight stays.
    assert network.synaptic_weights == [[1.0]]
    assert "sigmoid(s)" in engine.training_source(network.shape)


def test_a_shape_compiles_once_and_training_again_reuses_it():
    shape = ((3, 1, False),)
    assert engine.compiled_trainer(shape) is engine.compiled_trainer(shape)


def test_networks_too_large_to_compile_run_the_reference_with_the_same_bits():
    """Above MAX_PARAMETERS the engine loops the reference step: same floats."""
    width = engine.MAX_INPUTS + 1
    assert engine.compiled_trainer(((width, 1, False),)) is None
    inputs = [[(i * 7 + j) % 3 - 1 for j in range(width)] for i in range(3)]
    targets = [0, 1, 1]
    network = NeuralNetwork(width, seed=3)
    weights = [row[0] for row in network.synaptic_weights]
    for _ in range(3):
        weights = training_step(inputs, transpose(inputs), targets, weights).new_weights
    network.train(inputs, targets, 3)
    assert bits(row[0] for row in network.synaptic_weights) == bits(weights)


def test_divergence_is_refused_and_the_weights_are_kept():
    network = NeuralNetwork(1, learning_rate=1e308)
    network.synaptic_weights = [[0.0]]
    try:
        network.train([[100], [0]], [1, 0], 50)     # 1e308 * 12.5 overflows
    except ValueError as problem:
        assert "diverged" in str(problem) and "learning rate" in str(problem)
    else:
        raise AssertionError("training that diverged did not say so")
    assert network.synaptic_weights == [[0.0]]
    assert network.iterations_trained == 0


def test_the_code_that_runs_can_be_printed_for_the_sequel():
    rng = RandomState(1)
    sequel = MultiLayerNetwork(NeuronLayer(4, 3, rng), NeuronLayer(1, 4, rng))
    source = engine.training_source(sequel.shape)
    assert "s1_0 = x0 * w1_0_0 + x1 * w1_1_0 + x2 * w1_2_0" in source
    assert "e1_0 = d2_0 * w2_0_0" in source          # back-propagation, written out
    assert "a2_3_0 += o1_3 * d2_0" in source


def test_the_docs_show_the_loop_that_runs():
    """docs/arithmetic.md prints the post's loop beside the formulas: it must
    be the source the engine compiles, not a stale copy."""
    import os
    page = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "docs",
                        "arithmetic.md")
    with open(page, encoding="utf-8") as handle:
        assert "```python\n" + engine.training_source(((3, 1, False),)) + "```" in handle.read()


def test_a_bad_shape_is_named():
    import pytest

    from neuron_pure import NeuronPureError
    for shape, words in [((), "non-empty"), (((3, 1),), "layer 1"), (((3, 0, False),), "layer 1"),
                         (((3, 1, 1),), "layer 1"), (((3, 2, False), (3, 1, False)), "layer 2")]:
        with pytest.raises(NeuronPureError, match=words):
            engine.training_source(shape)


def test_a_shape_too_large_to_train_is_refused_at_once():
    """A layer of 2**40 x 2**40 weights would write source until memory ran
    out: refused by name, as the networks refuse it (issue 21)."""
    import pytest

    from neuron_pure import NeuronPureError
    for shape in [((2 ** 40, 2 ** 40, False),), ((3, 4, False), (4, 10 ** 8, False))]:
        with pytest.raises(NeuronPureError, match="more weights than the 10000000"):
            engine.training_source(shape)
