"""neuron_pure.thinking: a model read and checked for thinking alone (what a
think-only board runs) gives the bits of the trainable networks' think, and
refuses what neuron_pure.model refuses, with the same words."""

import json
import os
import struct

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from neuron_pure import NeuralNetwork, NeuronPureError, thinking
from neuron_pure.errors import ModelFileError
from neuron_pure.model import model_to_json, network_from_json
from neuron_pure.multilayer import MultiLayerNetwork, NeuronLayer

weights = st.floats(min_value=-50, max_value=50, allow_nan=False) | st.sampled_from(
    [0.0, -0.0, 1e-300, -1e300, 700.0, -745.5, 5e-324])
inputs = st.floats(min_value=-1e3, max_value=1e3, allow_nan=False) | st.integers(-3, 3) \
    | st.booleans()


def bits(value):
    """A float, or nested lists of them, as their IEEE bits: -0.0 is not 0.0."""
    if isinstance(value, list):
        return [bits(item) for item in value]
    return struct.pack("<d", value)


@st.composite
def networks(draw):
    """A NeuralNetwork (with or without a bias) or a MultiLayerNetwork of
    1 to 3 layers, any of them with biases, with weights drawn above."""
    width = draw(st.integers(1, 4))
    if draw(st.booleans()):
        column = [[draw(weights)] for _ in range(width)]
        bias = draw(st.none() | weights)
        return NeuralNetwork.from_weights(column, bias)
    layers = []
    for _ in range(draw(st.integers(1, 3))):
        neurons = draw(st.integers(1, 3))
        matrix = [[draw(weights) for _ in range(neurons)] for _ in range(width)]
        biases = draw(st.none() | st.lists(weights, min_size=neurons, max_size=neurons))
        layers.append(NeuronLayer.from_weights(matrix, biases))
        width = neurons
    return MultiLayerNetwork(*layers)


@settings(max_examples=300, deadline=None)
@given(networks(), st.data())
def test_thinking_gives_the_networks_bits(network, data):
    """Law: for any network, saved and read by neuron_pure.thinking, the
    model's think equals the network's think bit for bit, for one situation
    and for rows of them (sums that overflow the sigmoid included)."""
    model = thinking.model_from_json(model_to_json(network))
    row = data.draw(st.lists(inputs, min_size=network.number_of_inputs,
                             max_size=network.number_of_inputs))
    assert bits(model.think(row)) == bits(network.think(row))
    rows = data.draw(st.lists(st.just(row) | st.lists(
        inputs, min_size=network.number_of_inputs, max_size=network.number_of_inputs),
        min_size=1, max_size=3))
    assert bits(model.think(rows)) == bits(network.think(rows))


def test_the_posts_model_predicts_the_posts_number():
    model = thinking.model_from_json(model_to_json(network_from_json(json.dumps({
        "format": "neuron-pure-model", "version": 1, "inputs": 3,
        "weights": [9.672993027736892, -0.20784349926631962, -4.62963668773159],
        "bias": None, "training": {"iterations": 10000, "seed": 1, "learning_rate": 1.0}}))))
    assert bits(model.think([1, 0, 0])) == bits([0.9999370428352157])
    assert (model.version, model.inputs, model.training["seed"]) == (1, 3, 1)
    assert repr(model) == "Model(version 1, 3 inputs)"


@settings(max_examples=200, deadline=None)
@given(networks())
def test_a_model_becomes_the_network_it_was_saved_from(network):
    """Law: the network read from a network's model is that network: the
    same file again."""
    text = model_to_json(network)
    assert model_to_json(network_from_json(text)) == text


@pytest.mark.parametrize("situation, words", [
    (5, "think needs a list of inputs, not 5"),
    ([1, 0], "input: expected 3 numbers, got [1, 0]"),
    ([1, 0, "x"], "input [2] is 'x', not a finite number"),
    ([1, 0, float("inf")], "input [2] is inf, not a finite number"),
    ([1, 0, 2 ** 1100], "input [2] is %d, not a finite number" % 2 ** 1100),
    ([[1, 0, 0], [1, 0]], r"input \[1\]: expected 3 numbers, got \[1, 0\]"),
    ([[1, 0, 0], 7], r"input \[1\]: expected 3 numbers, got 7"),
    ([[1, 0, 0], [0, None, 0]], r"input \[1\] \[1\] is None, not a finite number"),
    ([], "input: expected 3 numbers, got []"),
])
def test_think_refuses_a_bad_situation_by_name(situation, words):
    model = thinking.model_from_json(model_to_json(NeuralNetwork()))
    with pytest.raises(NeuronPureError) as raised:
        model.think(situation)
    assert words.replace("\\", "") in str(raised.value) or \
        __import__("re").search(words, str(raised.value)), str(raised.value)


@pytest.mark.parametrize("layers", [None, 5, "x", [1], [(None, None)], [([[1.0]], None)],
                                    [([["x"], [1.0], [1.0]], None)], [([[1.0], [1.0], [1.0]], 7)],
                                    [([[1j], [1.0], [1.0]], None)]])
def test_a_model_whose_layers_were_replaced_refuses_to_think_by_name(layers):
    """Thinking checks what Model made only once; a Model whose layers
    a caller replaced (or built by hand) raises our error, not TypeError."""
    model = thinking.model_from_json(model_to_json(NeuralNetwork()))
    model.layers = layers
    with pytest.raises(NeuronPureError, match="not what a model file gives"):
        model.think([1, 0, 0])
    assert repr(model) == "Model(version 1, 3 inputs)"


def test_model_from_file_reads_at_most_the_limit_and_names_what_it_cannot_read(tmp_path):
    path = tmp_path / "model.json"
    path.write_text(model_to_json(NeuralNetwork()))
    assert thinking.model_from_file(path).think([0, 0, 0]) == [0.5]      # a pathlib.Path
    size = os.path.getsize(path)
    assert thinking.model_from_file(str(path), limit=size).inputs == 3
    with pytest.raises(ModelFileError, match="larger than the size limit of %d bytes" % (size - 1)):
        thinking.model_from_file(str(path), limit=size - 1)
    with pytest.raises(ModelFileError, match="cannot read"):
        thinking.model_from_file(str(tmp_path))                          # a folder
    with pytest.raises(ModelFileError, match="cannot read"):
        thinking.model_from_file(str(tmp_path / "missing.json"))
    with pytest.raises(ModelFileError, match="not a file name"):
        thinking.model_from_file("")
    with pytest.raises(NeuronPureError, match="limit must be a whole number"):
        thinking.model_from_file(str(path), limit=-1)


@pytest.mark.parametrize("text", [
    '{"format": "neuron-pure-model", "version": 3}',
    '{"format": "neuron-pure-model", "format": "x"}',
    '[1, 2]', 'not json', '{"format": "neuron-pure-model", "version": 1, "inputs": 0}',
])
def test_thinking_and_model_refuse_alike(text):
    """One checker: the trainable network's loading and thinking's refuse a
    file with the very same message."""
    with pytest.raises(ModelFileError) as by_model:
        network_from_json(text, "m.json")
    with pytest.raises(ModelFileError) as by_thinking:
        thinking.model_from_json(text, "m.json")
    assert str(by_model.value) == str(by_thinking.value)


def test_thinking_reads_as_much_as_the_files_module_does():
    """thinking keeps its own copy of the 4 MiB limit (importing files would
    cost a board its os checks); the two stay one number."""
    from neuron_pure import files
    assert thinking.DATA_LIMIT == files.DATA_LIMIT == 4 * 1024 * 1024


@settings(max_examples=300, deadline=None)
@given(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=2)
       | st.sampled_from([2 ** 1100, -2 ** 1100, 1j, [1], b"1"]))
def test_thinkings_number_rules_are_validations(value):
    """thinking writes validation's two number rules again (importing
    validation would cost a think-only board 6.9 KiB): the same answer for
    any value."""
    from neuron_pure import validation
    assert thinking._is_integer(value) is validation.is_integer(value)
    assert thinking._is_finite_number(value) is validation.is_finite_number(value)
