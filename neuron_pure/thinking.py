"""A trained model, read and checked, that thinks and does nothing else: what a
board needs to predict, in the least memory.

A model file (the format: ``neuron_pure.model``) is read here, every key and
value checked, into a ``Model``: the layers' weights and biases, and ``think``.
``neuron_pure.model`` builds its trainable networks from the same checked
``Model``, so a file means the same on a laptop and on a board, and this is
the one place that decides whether it is a model.

>>> model = model_from_json('''{"format": "neuron-pure-model", "version": 1,
...     "inputs": 3, "weights": [9.672993027736892, -0.20784349926631962,
...     -4.62963668773159], "bias": null,
...     "training": {"iterations": 10000, "seed": 1, "learning_rate": 1.0}}''')
>>> model.think([1, 0, 0])                  # the post's prediction
[0.9999370428352157]

``think`` does the arithmetic of ``NeuralNetwork.think`` (version 1) or
``MultiLayerNetwork.think`` (version 2, every layer's outputs), the same
operations in the same order, so the same bits (a test holds them together):
each neuron's weighted sum runs left to right from its first product, the
bias added last, then ``1 / (1 + e^(-sum))`` with GNU libc's exp.  What a
board keeps for it is measured in tests/test_memory.py (README, "Embedding").
"""

import json
import math

from neuron_pure.errors import ModelFileError, NeuronPureError

__all__ = ["Model", "model_from_file"]

FORMAT = "neuron-pure-model"
VERSION = 1                 # a single neuron
LAYERED_VERSION = 2         # a network of layers
KEYS = ("format", "version", "inputs", "weights", "bias", "training")
LAYERED_KEYS = ("format", "version", "inputs", "layers", "training")
LAYER_KEYS = ("weights", "biases")
TRAINING_KEYS = ("iterations", "seed", "learning_rate")
DATA_LIMIT = 4 * 1024 * 1024     # bytes, as neuron_pure.files reads


class Model:
    """The model of ``data``, a dict as read from a model file's JSON, after
    checking every key and value (``ModelFileError`` naming ``source`` and the
    key otherwise): ``version``, ``inputs``, ``layers`` (a list of ``(weights,
    biases)``: one row of weights per input, one column per neuron, and
    ``None`` or one bias per neuron) and ``training`` (a dict of
    ``iterations``, ``seed`` and ``learning_rate``).  The constructor is the
    checker: what it keeps, the rest of the package trusts."""

    def __init__(self, data, source="<model>"):
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
        _check_keys(data, KEYS if version == VERSION else LAYERED_KEYS, source, "")
        self.training = _training(data["training"], source)
        inputs = data["inputs"]
        if not _is_integer(inputs) or inputs < 1:
            _fail(source, "inputs",
                  "expected a whole number of at least 1, got %s" % _describe(inputs))
        self.version, self.inputs = version, inputs
        if version == LAYERED_VERSION:
            self.layers = _layers(data["layers"], inputs, source)
            return
        weights = data["weights"]
        if not isinstance(weights, list) or len(weights) != inputs:
            _fail(source, "weights", "expected a list of %d numbers (one per input), got %s"
                  % (inputs, len(weights) if isinstance(weights, list) else _describe(weights)))
        weights = [[_finite_number(w, source, "weights[%d]" % i)] for i, w in enumerate(weights)]
        bias = data["bias"]
        self.layers = [(weights, None if bias is None else [_finite_number(bias, source, "bias")])]

    def __repr__(self):
        return "Model(version %r, %r inputs)" % (self.version, self.inputs)

    def think(self, inputs):
        """The output for ``inputs``: one situation (a list of numbers) or a
        list of them, one per row.  A single neuron's model answers as
        ``NeuralNetwork.think`` does (one situation: ``[output]``; rows: a
        column), a layered model as ``MultiLayerNetwork.think`` (the outputs of
        every layer, in order).  It checks ``inputs``, and the attributes it
        reads (a caller may replace them) once per call, by catching what
        they break."""
        rows, single = _situations(inputs, self.inputs)
        outputs = []
        try:
            for weights, biases in self.layers:
                rows = [_layer_outputs(row, weights, biases) for row in rows]
                outputs.append(rows[0] if single else rows)
            if _is_integer(self.version) and self.version in (VERSION, LAYERED_VERSION):
                return outputs[-1] if self.version == VERSION else outputs
        except (TypeError, ValueError, IndexError):
            pass
        # Not what the checks made: attributes replaced after they ran.
        raise NeuronPureError("this Model's version and layers are not what a model file "
                              "gives: version %r, layers %r" % (self.version, self.layers))


_exp = None


def _layer_outputs(row, weights, biases):
    global _exp
    if _exp is None:
        # Imported on the first think: the exp numpy's C library computes
        # (neuron_pure.exponential).  Not math.exp where that is the same:
        # finding out (neuron_pure.exp_probes) would cost a board more memory
        # than one exp per output costs time.
        from neuron_pure.exponential import fast_glibc_exp
        _exp = fast_glibc_exp
    outputs = []
    for j in range(len(weights[0])):
        # arithmetic.sum_of_products' loop over column j, in place: no column
        # to build, and no module to load (tests/test_thinking.py: same bits)
        total = row[0] * weights[0][j]
        for i in range(1, len(row)):
            total += row[i] * weights[i][j]
        if biases is not None:
            total += biases[j]              # the weight of an input that is always 1
        # e^(-total) beyond the floats is inf, never an error, and 1 / inf is
        # 0.0: numpy's sigmoid, which arithmetic.sigmoid gets by catching
        # math.exp's OverflowError.
        outputs.append(1.0 / (1.0 + _exp(-total)))
    return outputs


def _situations(inputs, width):
    # What think accepts, as NeuralNetwork.think takes it: one situation or
    # rows of them; every value a finite number.  Returns (rows, single).
    # (validation.check_situations' rule, with the messages think has always
    # given, on the number rule below.)
    if not isinstance(inputs, (list, tuple)):
        raise NeuronPureError("think needs a list of inputs, not %r" % (inputs,))
    single = not inputs or not isinstance(inputs[0], (list, tuple))
    rows = [inputs] if single else inputs
    for i, row in enumerate(rows):
        where = "input" if single else "input [%d]" % i
        if not isinstance(row, (list, tuple)) or len(row) != width:
            raise NeuronPureError("%s: expected %r numbers, got %r" % (where, width, row))
        for j, value in enumerate(row):
            if not _is_finite_number(value):
                raise NeuronPureError("%s [%d] is %r, not a finite number" % (where, j, value))
    return rows, single


# ---------------------------------------------------------------------------
# Reading, every key and value checked.

def _fail(source, key, message):
    raise ModelFileError("%s: key %r: %s" % (source, key, message))


# The number rules, validation.is_integer and validation.is_finite_number,
# written again: importing validation would cost a think-only board 6.9 KiB of
# heap (14.1 KiB to 21.0, over its 16 KiB budget; a module of these two rules
# alone, 1.4 KiB).  tests/test_thinking.py holds them equal to validation's.

def _is_integer(value):
    return isinstance(value, int) and not isinstance(value, bool)


def _is_finite_number(value):
    try:
        return isinstance(value, (int, float, bool)) and math.isfinite(value)
    except OverflowError:                   # an int too large for a float
        return False


def _finite_number(value, source, key):
    """``value`` as a float; a model file's number is never ``true``."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        _fail(source, key, "expected a number, got %s" % _describe(value))
    if not _is_finite_number(value):
        _fail(source, key, "expected a finite number, got %r" % value)
    return float(value)


def _describe(value):
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    for kind, text in ((str, "a string"), (list, "a list"), (dict, "an object")):
        if isinstance(value, kind):
            return text
    return repr(value)


def _check_keys(data, keys, source, prefix):
    for key in data:
        if key not in keys:
            _fail(source, prefix + key, "unknown key")
    for key in keys:
        if key not in data:
            _fail(source, prefix + key, "missing")


def _training(training, source):
    """The "training" object, checked; the seed is null where the weights
    were given, not drawn (``NeuralNetwork.from_weights``, layers by hand)."""
    if not isinstance(training, dict):
        _fail(source, "training", "expected an object, got %s" % _describe(training))
    _check_keys(training, TRAINING_KEYS, source, "training.")
    iterations, seed = training["iterations"], training["seed"]
    if not _is_integer(iterations) or iterations < 0:
        _fail(source, "training.iterations",
              "expected a whole number, 0 or more, got %s" % _describe(iterations))
    if seed is not None and (not _is_integer(seed) or not 0 <= seed <= 0xFFFFFFFF):
        _fail(source, "training.seed",
              "expected a whole number in [0, 2**32), got %s" % _describe(seed))
    learning_rate = _finite_number(training["learning_rate"], source, "training.learning_rate")
    if learning_rate <= 0:
        _fail(source, "training.learning_rate", "expected a positive number, got %r" % learning_rate)
    return {"iterations": iterations, "seed": seed, "learning_rate": learning_rate}


def _layers(layers, width, source):
    """A version 2 model's ``(weights, biases)`` per layer, every value checked."""
    if not isinstance(layers, list) or not layers:
        _fail(source, "layers", "expected a non-empty list of layers, got %s" % _describe(layers))
    checked = []
    for number, layer in enumerate(layers):
        where = "layers[%d]" % number
        if not isinstance(layer, dict):
            _fail(source, where, "expected an object, got %s" % _describe(layer))
        _check_keys(layer, LAYER_KEYS, source, where + ".")
        weights = layer["weights"]
        if not isinstance(weights, list) or len(weights) != width \
                or not all(isinstance(row, list) for row in weights) \
                or not weights[0] or any(len(row) != len(weights[0]) for row in weights):
            _fail(source, where + ".weights", "expected %d rows (one per input) of equal, "
                  "non-zero length" % width)
        width = len(weights[0])
        weights = [[_finite_number(w, source, "%s.weights[%d][%d]" % (where, i, j))
                    for j, w in enumerate(row)] for i, row in enumerate(weights)]
        biases = layer["biases"]
        if biases is not None:
            if not isinstance(biases, list) or len(biases) != width:
                _fail(source, where + ".biases", "expected null or a list of %d numbers "
                      "(one per neuron)" % width)
            biases = [_finite_number(b, source, "%s.biases[%d]" % (where, j))
                      for j, b in enumerate(biases)]
        checked.append((weights, biases))
    return checked


def model_from_json(text, source="<model>"):
    """The ``Model`` of a model file's text (a ``str``: trusted, its caller
    checked it).  A UTF-8 byte-order mark is skipped, and a key that appears
    twice is refused rather than letting the last one win:

    >>> model_from_json('{"format": "neuron-pure-model", "format": "x"}', "twice.json")
    Traceback (most recent call last):
    ...
    neuron_pure.errors.ModelFileError: twice.json: key 'format': appears twice
    """
    if text.startswith("\ufeff"):           # the byte-order mark some editors write
        text = text[1:]
    try:
        data, duplicate = _load_json(text)
    except (ValueError, RuntimeError, IndexError) as problem:
        # RuntimeError: nested too deeply; IndexError: MicroPython's json
        # accepts some text that is not JSON ('{"a": 1]'), which the scan for
        # duplicate keys may not
        raise ModelFileError("%s: not a model file: not valid JSON (%s)" % (source, problem))
    if duplicate is not None:
        _fail(source, duplicate, "appears twice")
    return Model(data, source)


def model_from_bytes(data, source="<model>"):
    """The ``Model`` of a model file's bytes (UTF-8; ``bytes`` or a
    ``bytearray``, trusted), as ``model_from_json``."""
    try:
        text = bytes(data).decode("utf-8")
    except UnicodeError:
        raise ModelFileError("%s: not a model file: not UTF-8 text" % source)
    return model_from_json(text, source)


def model_from_file(path, limit=None):
    """The ``Model`` of the model file at ``path`` (a ``str``), read with at
    most ``limit`` bytes (``DATA_LIMIT``, 4 MiB, unless given).  (What
    ``neuron_pure.model.load_model`` reads into a trainable network, and a
    think-only board's ``neuron_pure.model.load_model``: see board.py.)

    The file is read as ``neuron_pure.files`` reads (a name that is not a
    ``str`` refused, so an integer is never taken for a file descriptor; at
    most ``limit + 1`` bytes read, in pieces), with less code: a folder or a
    device is refused by what reading it gives, not named first.
    """
    if not isinstance(path, str) and hasattr(path, "__fspath__"):
        path = path.__fspath__()            # a pathlib.Path
    if not isinstance(path, str):
        raise ModelFileError("a file name must be a str, not %s" % type(path).__name__)
    if not path or "\x00" in path:
        raise ModelFileError("%r: not a file name" % path)
    if limit is None:
        limit = DATA_LIMIT
    if not _is_integer(limit) or limit < 0:
        raise NeuronPureError("limit must be a whole number of bytes, 0 or more, not %r" % (limit,))
    pieces, size = [], 0
    try:
        with open(path, "rb") as handle:
            # In pieces: a board's MicroPython would allocate all of
            # read(limit + 1) at once, 4 MiB, for a model of a few hundred bytes.
            while size <= limit:
                piece = handle.read(min(4096, limit + 1 - size))
                if not piece:
                    break
                pieces.append(piece)
                size += len(piece)
    except OSError as problem:
        raise ModelFileError("%s: cannot read: %s" % (path, getattr(problem, "strerror", None) or problem))
    data = b"".join(pieces)
    if size > limit:
        raise ModelFileError("%s: larger than the size limit of %d bytes (raise it: limit=N)"
                             % (path, limit))
    return model_from_bytes(data, path)


# ---------------------------------------------------------------------------
# Duplicate keys.  json.loads keeps the last of two equal keys; a model file
# with two "weights" is refused instead, naming the key.  CPython and PyPy
# report pairs through object_pairs_hook; MicroPython's json has no hooks, so
# there the text is scanned once more for its keys (same answer, slower).

def _load_json(text):
    """``(data, key)``: the JSON value of ``text`` and the first key found
    twice in one object, or ``None``."""
    duplicates = []

    def pairs_to_dict(pairs):
        data = {}
        for key, value in pairs:
            if key in data:
                duplicates.append(key)
            data[key] = value
        return data

    try:
        data = json.loads(text, object_pairs_hook=pairs_to_dict)
    except TypeError:                       # MicroPython: no keyword arguments
        data = json.loads(text)
        duplicates.append(_first_duplicate_key(text))
    return data, duplicates[0] if duplicates else None


def _first_duplicate_key(text):
    """The first key that appears twice in one object of ``text``, or
    ``None``.  Trusts its caller: ``text`` is a str that json.loads read.

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
