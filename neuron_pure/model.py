"""Model files: a trained network as human-readable, versioned JSON.

A single neuron is version 1:
::

    {
      "format": "neuron-pure-model",
      "version": 1,
      "inputs": 3,
      "weights": [9.672993027736892, -0.20784349926631962, -4.62963668773159],
      "bias": null,
      "training": {"iterations": 10000, "seed": 1, "learning_rate": 1.0}
    }

A network of layers is version 2: each layer's weights (one row per input,
one column per neuron) and biases (``null``, or one per neuron), first layer
first; the sequel's network trained by ``train --hidden 4``::

    {
      "format": "neuron-pure-model",
      "version": 2,
      "inputs": 3,
      "layers": [
        {"weights": [[0.31224649514199915, ...], ...], "biases": null},
        {"weights": [[-8.188509250177324], ...], "biases": null}
      ],
      "training": {"iterations": 60000, "seed": 1, "learning_rate": 1.0}
    }

Numbers are written as Python's ``repr`` writes them, the shortest decimal
that reads back as the same float, so a model round-trips exactly.  Loading
needs only ``json`` and ``math``, so a board running MicroPython can load a
model trained on a laptop and ``think`` with it.  Loading checks every key and
value and never runs anything; a problem raises ``ModelFileError`` (a
``ValueError``) naming the file and the key.

>>> from neuron_pure import NeuralNetwork
>>> network = network_from_json(model_to_json(NeuralNetwork()), "model.json")
>>> network.think([1, 0, 0])
[0.45860596288357436]
>>> network_from_json('{"format": "neuron-pure-model", "version": 3}', "new.json")
Traceback (most recent call last):
...
neuron_pure.errors.ModelFileError: new.json: key 'version': version 3 is not one this neuron_pure reads (1, 2)

A model that could not be loaded back is never written: a weight that is not
a finite number (training that diverged) raises ``NeuronPureError``.  A key
that appears twice is refused rather than letting the last one win, and a
UTF-8 byte-order mark is skipped, as the CSV reader skips it:

>>> network_from_json('{"format": "neuron-pure-model", "format": "x"}', "twice.json")
Traceback (most recent call last):
...
neuron_pure.errors.ModelFileError: twice.json: key 'format': appears twice

``save_model(network, path)`` writes a file safely (a temporary file, then a
rename: see ``neuron_pure.files``, which it imports when it runs, since it
needs ``os``).
"""

import json
import math

from neuron_pure.errors import ModelFileError, NeuronPureError
from neuron_pure.neuron import NeuralNetwork

__all__ = ["FORMAT", "VERSION", "model_to_dict", "model_to_json",
           "network_from_dict", "network_from_json", "network_from_bytes",
           "load_model", "save_model"]

FORMAT = "neuron-pure-model"
VERSION = 1                 # a single neuron
LAYERED_VERSION = 2         # a network of layers
_KEYS = ("format", "version", "inputs", "weights", "bias", "training")
_LAYERED_KEYS = ("format", "version", "inputs", "layers", "training")
_LAYER_KEYS = ("weights", "biases")
_TRAINING_KEYS = ("iterations", "seed", "learning_rate")


def model_to_dict(network):
    """What a model file holds, as a dict of plain JSON values: version 1 for
    a ``NeuralNetwork``, version 2 for a ``MultiLayerNetwork``.

    A weight or bias that is not a finite number (training diverged) raises
    ``NeuronPureError``: JSON has no ``Infinity`` or ``NaN``, and a file that
    cannot be loaded back must not be written.
    """
    # Imported here, not at the top: a board that only loads a single
    # neuron's model never loads the layers (8 KiB of heap on MicroPython).
    from neuron_pure.multilayer import MultiLayerNetwork
    if isinstance(network, MultiLayerNetwork):
        return _layered_to_dict(network)
    if not isinstance(network, NeuralNetwork):
        raise NeuronPureError("a model is made from a NeuralNetwork or a MultiLayerNetwork, "
                              "not %s" % type(network).__name__)
    weights = network.synaptic_weights
    if not isinstance(weights, list) or not all(
            isinstance(row, list) and len(row) == 1 for row in weights):
        raise NeuronPureError("a model needs the weights as a column, one [weight] per input")
    for index, row in enumerate(weights):
        _check_finite_weight(row[0], "weight %d" % (index + 1))
    if network.bias is not None:
        _check_finite_weight(network.bias, "the bias")
    return {
        "format": FORMAT,
        "version": VERSION,
        "inputs": network.number_of_inputs,
        "weights": [row[0] for row in network.synaptic_weights],
        "bias": network.bias,
        "training": _training_of(network),
    }


def _training_of(network):
    return {
        "iterations": network.iterations_trained,
        "seed": network.seed,
        "learning_rate": network.learning_rate,
    }


def _layered_to_dict(network):
    layers = []
    for number, layer in enumerate(network.layers, 1):
        for i, row in enumerate(layer.synaptic_weights):
            for j, weight in enumerate(row):
                _check_finite_weight(weight, "layer %d weight [%d][%d]" % (number, i, j))
        for j, bias in enumerate(layer.biases or []):
            _check_finite_weight(bias, "layer %d bias [%d]" % (number, j))
        layers.append({"weights": [list(row) for row in layer.synaptic_weights],
                       "biases": None if layer.biases is None else list(layer.biases)})
    return {
        "format": FORMAT,
        "version": LAYERED_VERSION,
        "inputs": network.number_of_inputs,
        "layers": layers,
        "training": _training_of(network),
    }


def model_to_json(network):
    """The text of a model file for ``network``, one key a line (a layered
    network's layers one a line too)."""
    data = model_to_dict(network)
    keys = _KEYS if data["version"] == VERSION else _LAYERED_KEYS
    lines = ["{"]
    for index, key in enumerate(keys):
        comma = "," if index < len(keys) - 1 else ""
        if key == "layers":
            layers = ",\n".join("    " + _json_value(layer) for layer in data[key])
            lines.append('  "layers": [\n%s\n  ]%s' % (layers, comma))
        else:
            lines.append("  %s: %s%s" % (json.dumps(key), _json_value(data[key]), comma))
    lines.append("}")
    return "\n".join(lines) + "\n"


def _check_finite_weight(value, name):
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise NeuronPureError("cannot write a model whose %s is %r, not a number" % (name, value))
    try:
        finite = math.isfinite(value)
    except OverflowError:                   # an int too large for a float
        finite = False
    if not finite:
        raise NeuronPureError(
            "cannot write a model whose %s is %r: training diverged (a smaller "
            "learning rate usually helps); JSON has no such number" % (name, value))


def _json_value(value):
    # Floats as CPython's repr writes them (its json does the same), worked
    # out exactly so that MicroPython writes the same digits; everything else
    # as json writes it, on one line.  (float_text is imported here, not at
    # the top: loading a model never writes one.)
    if isinstance(value, float):
        from neuron_pure.float_text import float_repr
        return float_repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(_json_value(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join("%s: %s" % (json.dumps(k), _json_value(v))
                               for k, v in value.items()) + "}"
    return json.dumps(value)


# ---------------------------------------------------------------------------
# Loading, with every value checked.

def _fail(source, key, message):
    raise ModelFileError("%s: key %r: %s" % (source, key, message))


def _is_integer(value):
    return isinstance(value, int) and not isinstance(value, bool)


def _finite_number(value, source, key):
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        _fail(source, key, "expected a number, got %s" % _describe(value))
    if not math.isfinite(value):
        _fail(source, key, "expected a finite number, got %r" % value)
    return float(value)


def _describe(value):
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return repr(value)


def network_from_dict(data, source="<model>"):
    """The network of the model ``data`` (a dict as read from JSON), after
    checking every key: a ``NeuralNetwork`` (version 1) or a
    ``MultiLayerNetwork`` (version 2); ``source`` names it in errors."""
    if not isinstance(data, dict):
        raise ModelFileError("%s: expected a JSON object, got %s" % (source, _describe(data)))
    if data.get("format") != FORMAT:
        _fail(source, "format", "expected %r, got %s" % (
            FORMAT, repr(data["format"]) if "format" in data else "nothing"))
    version = data.get("version")
    if not _is_integer(version):
        _fail(source, "version", "expected an integer, got %s" % _describe(version))
    if version not in (VERSION, LAYERED_VERSION):
        _fail(source, "version", "version %d is not one this neuron_pure reads (%d, %d)"
              % (version, VERSION, LAYERED_VERSION))
    _check_keys(data, _KEYS if version == VERSION else _LAYERED_KEYS, source, "")
    iterations, seed, learning_rate = _check_training(data["training"], source,
                                                      version == LAYERED_VERSION)
    if version == LAYERED_VERSION:
        from neuron_pure.multilayer import MultiLayerNetwork     # only for layered models
        network = MultiLayerNetwork(*_layers_from(data, source), learning_rate=learning_rate)
        network.seed = seed
        network.iterations_trained = iterations
        return network

    inputs = data["inputs"]
    if not _is_integer(inputs) or inputs < 1:
        _fail(source, "inputs", "expected a whole number of at least 1, got %s" % _describe(inputs))
    weights = data["weights"]
    if not isinstance(weights, list) or len(weights) != inputs:
        _fail(source, "weights", "expected a list of %d numbers (one per input), got %s"
              % (inputs, _describe(weights) if not isinstance(weights, list)
                 else "%d" % len(weights)))
    weights = [_finite_number(w, source, "weights[%d]" % i) for i, w in enumerate(weights)]
    bias = data["bias"]
    if bias is not None:
        bias = _finite_number(bias, source, "bias")

    network = NeuralNetwork.from_weights([[w] for w in weights], bias, learning_rate)
    network.seed = seed
    network.iterations_trained = iterations
    return network


def _check_keys(data, keys, source, prefix):
    for key in data:
        if key not in keys:
            _fail(source, prefix + key, "unknown key")
    for key in keys:
        if key not in data:
            _fail(source, prefix + key, "missing")


def _check_training(training, source, seed_may_be_null):
    """``(iterations, seed, learning_rate)`` of the "training" object; the
    seed may be null in a layered model (layers built by hand)."""
    if not isinstance(training, dict):
        _fail(source, "training", "expected an object, got %s" % _describe(training))
    _check_keys(training, _TRAINING_KEYS, source, "training.")
    iterations, seed = training["iterations"], training["seed"]
    if not _is_integer(iterations) or iterations < 0:
        _fail(source, "training.iterations",
              "expected a whole number, 0 or more, got %s" % _describe(iterations))
    if seed is None and seed_may_be_null:
        pass
    elif not _is_integer(seed) or not 0 <= seed <= 0xFFFFFFFF:
        _fail(source, "training.seed",
              "expected a whole number in [0, 2**32), got %s" % _describe(seed))
    learning_rate = _finite_number(training["learning_rate"], source, "training.learning_rate")
    if learning_rate <= 0:
        _fail(source, "training.learning_rate", "expected a positive number, got %r" % learning_rate)
    return iterations, seed, learning_rate


def _layers_from(data, source):
    """The ``NeuronLayer`` list of a version 2 model, every value checked."""
    width = data["inputs"]
    if not _is_integer(width) or width < 1:
        _fail(source, "inputs", "expected a whole number of at least 1, got %s" % _describe(width))
    layers = data["layers"]
    if not isinstance(layers, list) or not layers:
        _fail(source, "layers", "expected a non-empty list of layers, got %s" % _describe(layers))
    from neuron_pure.multilayer import NeuronLayer
    built = []
    for number, layer in enumerate(layers, 1):
        where = "layers[%d]" % (number - 1)
        if not isinstance(layer, dict):
            _fail(source, where, "expected an object, got %s" % _describe(layer))
        _check_keys(layer, _LAYER_KEYS, source, where + ".")
        weights = layer["weights"]
        if not isinstance(weights, list) or len(weights) != width \
                or not all(isinstance(row, list) for row in weights) \
                or not weights[0] or any(len(row) != len(weights[0]) for row in weights):
            _fail(source, where + ".weights", "expected %d rows (one per input) of equal, "
                  "non-zero length" % width)
        neurons = len(weights[0])
        weights = [[_finite_number(w, source, "%s.weights[%d][%d]" % (where, i, j))
                    for j, w in enumerate(row)] for i, row in enumerate(weights)]
        biases = layer["biases"]
        if biases is not None:
            if not isinstance(biases, list) or len(biases) != neurons:
                _fail(source, where + ".biases", "expected null or a list of %d numbers "
                      "(one per neuron)" % neurons)
            biases = [_finite_number(b, source, "%s.biases[%d]" % (where, j))
                      for j, b in enumerate(biases)]
        built.append(NeuronLayer.from_weights(weights, biases))
        width = neurons
    return built


def network_from_json(text, source="<model>"):
    """The network of a model file's text: a ``NeuralNetwork`` (version 1)
    or a ``MultiLayerNetwork`` (version 2)."""
    if not isinstance(text, str):
        raise ModelFileError("%s: the text of a model must be a str, not %s"
                             % (source, type(text).__name__))
    if text.startswith("\ufeff"):           # the byte-order mark some editors write
        text = text[1:]
    try:
        data = _load_json(text)
    except _DuplicateKey as problem:
        _fail(source, problem.args[0], "appears twice")
    except (ValueError, RuntimeError) as problem:    # RuntimeError: nested too deeply
        raise ModelFileError("%s: not a model file: not valid JSON (%s)" % (source, problem))
    return network_from_dict(data, source)


def network_from_bytes(data, source="<model>"):
    """The network of a model file's bytes (UTF-8), as ``network_from_json``."""
    if not isinstance(data, (bytes, bytearray)):
        raise ModelFileError("%s: the bytes of a model must be bytes, not %s"
                             % (source, type(data).__name__))
    try:
        text = bytes(data).decode("utf-8")
    except UnicodeError:
        raise ModelFileError("%s: not a model file: not UTF-8 text" % source)
    return network_from_json(text, source)


def load_model(path, limit=None):
    """The network of the model file at ``path`` (a ``str``): a
    ``NeuralNetwork`` (version 1) or a ``MultiLayerNetwork`` (version 2),
    read with at most ``limit`` bytes (``neuron_pure.files.DATA_LIMIT``
    unless given)."""
    from neuron_pure import files
    data = files.read_bytes(path, ModelFileError,
                            files.DATA_LIMIT if limit is None else limit)
    return network_from_bytes(data, files.path_name(path))


def save_model(network, path, inputs=()):
    """Write ``network``'s model file to ``path`` atomically.

    The path is checked first (``neuron_pure.files.check_target``: a folder
    that exists, not a device, not one of the ``inputs`` files); a weight that
    is not finite raises ``NeuronPureError`` before anything is written; a
    failure while writing (a full disk: ``OSError``) leaves the old file whole.
    """
    from neuron_pure import files
    text = model_to_json(network)
    files.write_atomically(path, text, inputs)


# ---------------------------------------------------------------------------
# Duplicate keys.  json.loads keeps the last of two equal keys; a model file
# with two "weights" is refused instead, naming the key.  CPython and PyPy
# report pairs through object_pairs_hook; MicroPython's json has no hooks, so
# there the text is scanned once more for its keys (same answer, slower).

class _DuplicateKey(Exception):
    """A key seen twice in one object; its args hold the key."""


def _pairs_to_dict(pairs):
    data = {}
    for key, value in pairs:
        if key in data:
            raise _DuplicateKey(key)
        data[key] = value
    return data


def _load_json(text):
    try:
        return json.loads(text, object_pairs_hook=_pairs_to_dict)
    except TypeError:                       # MicroPython: no keyword arguments
        pass
    data = json.loads(text)
    duplicate = _first_duplicate_key(text)
    if duplicate is not None:
        raise _DuplicateKey(duplicate)
    return data


def _first_duplicate_key(text):
    """The first key that appears twice in one object of ``text`` (valid
    JSON), or ``None``.

    >>> _first_duplicate_key('{"a": {"b": 1, "c": 2}, "b": [{"a": 1}], "a": 0}')
    'a'
    >>> _first_duplicate_key('{"a": "{\\"a\\": 1}", "b": 2}') is None
    True
    """
    keys = []                 # one set of keys per open object, None per open array
    index, end = 0, len(text)
    while index < end:
        character = text[index]
        if character == '"':
            close = index + 1
            while text[close] != '"':
                close += 2 if text[close] == "\\" else 1
            token = text[index:close + 1]
            index = close + 1
            after = index
            while after < end and text[after] in " \t\r\n":
                after += 1
            if after < end and text[after] == ":" and keys and keys[-1] is not None:
                key = json.loads(token)
                if key in keys[-1]:
                    return key
                keys[-1].add(key)
            continue
        if character == "{":
            keys.append(set())
        elif character == "[":
            keys.append(None)
        elif character in "]}":
            keys.pop()
        index += 1
    return None
