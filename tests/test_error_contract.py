"""The error contract in Python (issue 15): every public function of
``dataset``, ``model``, ``mt19937`` and ``files`` raises ``NeuronPureError``
for an argument of the wrong type or value, never TypeError, AttributeError or
a plain ValueError; file names are str (or os.PathLike), so ``load_model(99)``
never reads file descriptor 99.  Model files: duplicate keys are refused by
name, a byte-order mark is accepted, and a model that could not be loaded back
is never written."""

import io
import json
import math
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from neuron_pure import (
    NeuralNetwork, NeuronPureError, RandomState, arithmetic, dataset, files, model, thinking)
from neuron_pure.errors import DataFileError, ModelFileError

POST_CSV = "x1,x2,x3,y\n0,0,1,0\n1,1,1,1\n1,0,1,1\n0,1,1,0\n"
MODEL = ('{"format": "neuron-pure-model", "version": 1, "inputs": 3, "weights": '
         '[9.672993027736892, -0.20784349926631962, -4.62963668773159], "bias": null, '
         '"training": {"iterations": 10000, "seed": 1, "learning_rate": 1.0}}')

WRONG = [None, 0, 99, -1, 1.5, math.nan, b"0,1\n", bytearray(b"0,1\n"), ["0,1"], {"a": 1},
         object(), True, ("a",), 1j, io.BytesIO(b"0,1\n")]
NUMBERS = [0, 99, -1, 1.5, math.nan, True]      # the arithmetic takes any of these


@pytest.fixture
def files_here(tmp_path):
    (tmp_path / "data.csv").write_text(POST_CSV)
    (tmp_path / "model.json").write_text(MODEL)
    return tmp_path


def calls(folder):
    """(name, function of one argument, the wrong values that are in fact fine)."""
    data, saved, out = str(folder / "data.csv"), str(folder / "model.json"), str(folder / "o.json")
    return [
        ("dataset.parse_number", lambda v: dataset.parse_number(v, "cell"), []),
        ("dataset.read_rows", dataset.read_rows, []),
        ("dataset.read_examples", dataset.read_examples, []),
        ("dataset.read_examples limit", lambda v: dataset.read_examples(data, v), [None, 99]),
        ("model.model_to_dict", model.model_to_dict, []),
        ("model.model_to_json", model.model_to_json, []),
        ("model.network_from_dict", model.network_from_dict, []),
        ("model.network_from_json", model.network_from_json, []),
        ("model.load_model", model.load_model, []),
        ("model.load_model limit", lambda v: model.load_model(saved, v), [None]),
        ("model.save_model network", lambda v: model.save_model(v, out), []),
        ("model.save_model path", lambda v: model.save_model(NeuralNetwork(), v), []),
        ("model.save_model inputs", lambda v: model.save_model(NeuralNetwork(), out, v),
         [["0,1"], ("a",)]),
        ("RandomState", RandomState, [0, 99, True]),
        ("RandomState.seed", lambda v: RandomState(1).seed(v), [0, 99, True]),
        ("RandomState.random_sample", lambda v: RandomState(1).random_sample(v),
         [None, 0, 99, True]),
        ("arithmetic.dot left", lambda v: arithmetic.dot(v, [1, 2]), []),
        ("arithmetic.dot right", lambda v: arithmetic.dot([[1, 2]], v), []),
        ("arithmetic.dot element", lambda v: arithmetic.dot([v, 1], [1, 2]), NUMBERS),
        ("arithmetic.dot matrix element", lambda v: arithmetic.dot([[1], [2]], [[v]]), NUMBERS),
        ("arithmetic.sum_of_products", lambda v: arithmetic.sum_of_products(v, [1, 2]), []),
        ("arithmetic.sum_of_products element",
         lambda v: arithmetic.sum_of_products([v], [2]), NUMBERS),
        ("arithmetic.add", lambda v: arithmetic.add([v], [1]), NUMBERS),
        ("arithmetic.subtract", lambda v: arithmetic.subtract([[1, v]], [[1, 2]]), NUMBERS),
        ("arithmetic.multiply", lambda v: arithmetic.multiply([v], [1]), NUMBERS),
        ("arithmetic.multiply numbers", lambda v: arithmetic.multiply(v, 2), NUMBERS),
        ("arithmetic.transpose", arithmetic.transpose, [["0,1"], ("a",)]),
        ("arithmetic.sigmoid", arithmetic.sigmoid, NUMBERS),
        ("arithmetic.sigmoid_gradient_from_output", arithmetic.sigmoid_gradient_from_output,
         NUMBERS),
        ("thinking.model_from_file", thinking.model_from_file, []),
        ("thinking.model_from_file limit", lambda v: thinking.model_from_file(saved, v), [None]),
        ("thinking.Model.think", lambda v: thinking.model_from_file(saved).think(v), []),
        ("files.path_name", files.path_name, []),
        ("files.check_source", files.check_source, []),
        ("files.read_bytes", files.read_bytes, []),
        ("files.read_bytes limit", lambda v: files.read_bytes(data, limit=v), [99]),
        ("files.check_target", files.check_target, []),
        ("files.check_target inputs", lambda v: files.check_target(out, v), [["0,1"], ("a",)]),
        ("files.write_atomically path", lambda v: files.write_atomically(v, "x"), []),
        ("files.write_atomically text", lambda v: files.write_atomically(out, v), []),
    ]


def test_wrong_types_raise_our_error_everywhere(files_here, monkeypatch):
    """Every public function, every wrong value: NeuronPureError or success,
    nothing else (the folder's own files are never touched)."""
    monkeypatch.chdir(files_here)
    (files_here / "o.json").write_text("{}")      # exists, so every check runs
    leaks = []
    for name, call, fine in calls(files_here):
        for value in WRONG:
            if isinstance(value, io.BytesIO):
                value.seek(0)
            try:
                call(value)
            except NeuronPureError:
                continue
            except Exception as problem:          # the contract is broken
                leaks.append("%s(%r): %s: %s" % (name, value, type(problem).__name__, problem))
            else:
                if not any(value is f or (type(value) is type(f) and value == f) for f in fine):
                    leaks.append("%s(%r) was accepted" % (name, value))
    assert leaks == []
    assert (files_here / "data.csv").read_text() == POST_CSV


@pytest.mark.parametrize("seed", ["1", 1.5, None, -1, 2 ** 32, 1.0, [1], b"1", math.inf])
def test_a_network_with_a_bad_seed_raises_our_error(seed):
    with pytest.raises(NeuronPureError, match="seed|Seed"):
        NeuralNetwork(seed=seed)


def test_load_model_never_opens_a_file_descriptor(files_here):
    read, write = os.pipe()
    try:
        os.write(write, MODEL.encode())
        for descriptor in (read, 99, 0):
            for load_model in (model.load_model, thinking.model_from_file):
                with pytest.raises(ModelFileError, match="a file name must be a str, not int"):
                    load_model(descriptor)
    finally:
        os.close(read)
        os.close(write)


def test_bytes_paths_are_refused_with_a_way_out(files_here):
    with pytest.raises(DataFileError, match=r"not bytes \(os.fsdecode\(name\) converts it\)"):
        dataset.read_examples(os.fsencode(files_here / "data.csv"))
    inputs, _ = dataset.read_examples(os.fsdecode(os.fsencode(files_here / "data.csv")))
    assert len(inputs) == 4


def test_parse_number_of_bytes_says_how_to_decode():
    # (parse_examples, the command line's helper, trusts its str; the door is parse_number)
    with pytest.raises(DataFileError, match=r"must be given as a str, not bytes \(decode_csv"):
        dataset.parse_number(b"0", "cell")
    assert dataset.parse_examples(dataset.decode_csv(b"0,1\n1,0\n")) == ([[0.0], [1.0]], [1.0, 0.0])


# --- Model files ----------------------------------------------------------------------

@pytest.mark.parametrize("text, key", [
    (MODEL[:-1] + ', "weights": [1, 2, 3]}', "weights"),
    (MODEL.replace('"bias": null', '"bias": null, "bias": 0.5'), "bias"),
    (MODEL.replace('"seed": 1', '"seed": 1, "seed": 2'), "seed"),
    (MODEL.replace('"version": 1', '"version": 1, "\\u0076ersion": 1'), "version"),
    ('{"format": "neuron-pure-model", "format": "neuron-pure-model"}', "format"),
    ('{"x": 1, "x": 2}', "x"),
])
def test_a_key_that_appears_twice_is_refused_by_name(text, key):
    with pytest.raises(ModelFileError, match="m.json: key %r: appears twice" % key):
        model.network_from_json(text, "m.json")


@pytest.mark.parametrize("text, key", [
    ('{"a": {"b": 1, "c": 2}, "b": [{"a": 1}], "a": 0}', "a"),
    ('{"a": [1, {"x": 1, "x": 2}]}', "x"),
    ('{"a": "\\"a\\": 1, \\"a\\": 2", "b": {"a": 1}}', None),
    ('[{"a": 1}, {"a": 2}]', None),
    ('{"\\u00e9": 1, "\u00e9": 2}', "\u00e9"),
    ('{ "k" : 1 , "k"\n:\t2 }', "k"),
    ('{}', None),
])
def test_the_scan_micropython_uses_finds_the_same_duplicates(text, key):
    """MicroPython's json has no object_pairs_hook: there the text is scanned
    for keys; the scan must agree with CPython's hook on every text."""
    json.loads(text)
    assert thinking._first_duplicate_key(text) == key


json_texts = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(alphabet='ab"\\:{}[], \u00e9', max_size=4),
    lambda children: st.lists(children, max_size=3) | st.lists(
        st.tuples(st.sampled_from(["a", "b", "a\\\"", "\u00e9"]), children), max_size=4),
    max_leaves=10)


def render(value):
    if isinstance(value, list) and value and all(isinstance(v, tuple) for v in value):
        return "{" + ", ".join(json.dumps(k) + ": " + render(v) for k, v in value) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(render(v) for v in value) + "]"
    return json.dumps(value)


@given(json_texts)
@settings(max_examples=300)
def test_the_scan_agrees_with_the_hook(value):
    """Law: on any JSON text, the scan names a duplicate exactly when json's
    object_pairs_hook sees one (and the same key first, objects being closed
    inner first by the hook, so only whether there is one is compared)."""
    text = render(value)
    seen = []

    def hook(pairs):
        keys = [k for k, _ in pairs]
        if len(set(keys)) != len(keys):
            seen.append(True)
        return dict(pairs)
    json.loads(text, object_pairs_hook=hook)
    assert (thinking._first_duplicate_key(text) is not None) == bool(seen)


def test_a_byte_order_mark_is_accepted_as_the_csv_reader_accepts_it(tmp_path):
    (tmp_path / "bom.json").write_bytes(b"\xef\xbb\xbf" + MODEL.encode())
    network = model.load_model(str(tmp_path / "bom.json"))
    assert network.think([1, 0, 0]) == [0.9999370428352157]
    assert model.network_from_json("\ufeff" + MODEL).number_of_inputs == 3
    with pytest.raises(ModelFileError, match="not valid JSON"):     # one mark only
        model.network_from_json("\ufeff\ufeff" + MODEL)


@pytest.mark.parametrize("weight", [math.inf, -math.inf, math.nan])
@pytest.mark.parametrize("where", ["weights", "bias"])
def test_a_model_that_could_not_be_loaded_back_is_never_written(tmp_path, weight, where):
    network = NeuralNetwork(bias=True)
    if where == "weights":
        network.synaptic_weights = [[1.0], [weight], [2.0]]
        named = "synaptic weight [1]"
    else:
        network.bias = weight
        named = "bias"
    # (set by hand: train never leaves such a weight, check_not_diverged refuses it)
    message = "cannot write a model that could not be loaded back: %s is %r, not a finite number" % (
        named, weight)
    for write in (model.model_to_json, model.model_to_dict):
        with pytest.raises(NeuronPureError) as raised:
            write(network)
        assert str(raised.value) == message
    (tmp_path / "m.json").write_text("old")
    with pytest.raises(NeuronPureError) as raised:
        model.save_model(network, str(tmp_path / "m.json"))
    assert str(raised.value) == message
    assert os.listdir(tmp_path) == ["m.json"] and (tmp_path / "m.json").read_text() == "old"


@pytest.mark.parametrize("weights", [[["a"], [1.0], [2.0]], [1.0, 2.0, 3.0], "abc",
                                     [[1.0, 2.0]], [[10 ** 400], [0], [0]]])
def test_weights_set_by_hand_are_checked_before_writing(weights):
    network = NeuralNetwork()
    network.synaptic_weights = weights
    with pytest.raises(NeuronPureError):
        model.model_to_json(network)
