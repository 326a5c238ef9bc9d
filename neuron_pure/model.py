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
``ValueError``) naming the file and the key.  The reading and checking are
``neuron_pure.thinking``'s, which a board that only thinks uses alone (less
memory: no training); here the checked layers become a network that trains.

>>> from neuron_pure import NeuralNetwork
>>> network = network_from_json(model_to_json(NeuralNetwork()), "model.json")
>>> network.think([1, 0, 0])
[0.45860596288357436]
>>> network_from_json('{"format": "neuron-pure-model", "version": 3}', "new.json")
Traceback (most recent call last):
...
neuron_pure.errors.ModelFileError: new.json: key 'version': version 3 is not one this neuron_pure reads (1, 2)

A model that could not be loaded back is never written: a weight that is not
a finite number (set by hand: training never leaves one) raises
``NeuronPureError``.  A key
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

from neuron_pure.errors import ModelFileError, NeuronPureError
from neuron_pure.neuron import NeuralNetwork
from neuron_pure.thinking import (
    FORMAT, KEYS, LAYER_KEYS, LAYERED_KEYS, LAYERED_VERSION, TRAINING_KEYS, VERSION, Model,
    model_from_bytes, model_from_json)

__all__ = ["model_to_json", "network_from_json", "load_model", "save_model"]


def model_to_dict(network):
    """What a model file holds, as a dict of plain JSON values: version 1 for
    a ``NeuralNetwork``, version 2 for a ``MultiLayerNetwork``.

    A model is only written if it loads back: what ``thinking.Model`` would
    refuse (a weight set by hand to ``inf``: JSON has no such number; a
    training record replaced by hand) raises ``NeuronPureError``.
    (``model_to_json``'s check, the door's: not in ``__all__``.)
    """
    # Imported here, not at the top: a board that only loads a single
    # neuron's model never loads the layers (8 KiB of heap on MicroPython).
    from neuron_pure.multilayer import MultiLayerNetwork
    if not isinstance(network, (NeuralNetwork, MultiLayerNetwork)):
        raise NeuronPureError("a model is made from a NeuralNetwork or a MultiLayerNetwork, "
                              "not %s" % type(network).__name__)
    try:
        # The network's own copy of its weights, checked as its methods check
        # them (a caller may have set them by hand), then the file's checker.
        data = _model_dict(network, *network._layer_weights())
        Model(data, "the network")
    except NeuronPureError as problem:      # (ModelFileError is one)
        raise NeuronPureError("cannot write a model that could not be loaded back: %s" % problem)
    return data


def _model_dict(network, weights, biases):
    # weights and biases as the networks' _layer_weights give them: one matrix
    # per layer, and None or one entry per layer (None or a list).
    single = isinstance(network, NeuralNetwork)
    data = {"format": FORMAT, "version": VERSION if single else LAYERED_VERSION,
            "inputs": len(weights[0])}
    if single:
        data["weights"] = [row[0] for row in weights[0]]
        data["bias"] = None if biases is None else biases[0][0]
    else:
        data["layers"] = [{"weights": matrix, "biases": None if biases is None else biases[k]}
                          for k, matrix in enumerate(weights)]
    data["training"] = {"iterations": network.iterations_trained, "seed": network.seed,
                        "learning_rate": network.learning_rate}
    return data


def model_to_json(network):
    """The text of a model file for ``network``, one key a line (a layered
    network's layers one a line too)."""
    data = model_to_dict(network)
    keys = KEYS if data["version"] == VERSION else LAYERED_KEYS
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


def _json_value(value):
    # Floats as CPython's repr writes them (its json does the same), worked
    # out exactly so that MicroPython writes the same digits; a dict's keys in
    # the format's order (MicroPython's dicts keep none); everything else as
    # json writes it, on one line.  (float_text is imported here, not at
    # the top: loading a model never writes one.)
    if isinstance(value, float):
        from neuron_pure.float_text import float_repr
        return float_repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(_json_value(item) for item in value) + "]"
    if isinstance(value, dict):         # a layer or the training record, keys in the
        keys = [key for key in LAYER_KEYS + TRAINING_KEYS if key in value]  # format's order
        return "{" + ", ".join("%s: %s" % (json.dumps(k), _json_value(value[k]))
                               for k in keys) + "}"
    return json.dumps(value)


# ---------------------------------------------------------------------------
# Loading: neuron_pure.thinking reads and checks the file, here its layers
# become a network that trains.

def _network_of(model):
    """The trainable network of ``model``, a ``thinking.Model`` just read
    (trusted: its constructor checked every value): a ``NeuralNetwork``
    (version 1) or a ``MultiLayerNetwork`` (version 2), holding the model's
    weights and training record."""
    training = model.training
    if model.version == LAYERED_VERSION:
        # Imported here: a board that only loads a single neuron's model
        # never loads the layers.
        from neuron_pure.multilayer import MultiLayerNetwork, NeuronLayer
        network = MultiLayerNetwork(
            *[NeuronLayer.from_weights(weights, biases) for weights, biases in model.layers],
            learning_rate=training["learning_rate"])
    else:
        (weights, biases), = model.layers
        network = NeuralNetwork.from_weights(weights, None if biases is None else biases[0],
                                             training["learning_rate"])
    network.seed = training["seed"]
    network.iterations_trained = training["iterations"]
    return network


def network_from_dict(data, source="<model>"):
    """The network of the model ``data`` (a dict as read from JSON), after
    checking every key: a ``NeuralNetwork`` (version 1) or a
    ``MultiLayerNetwork`` (version 2); ``source`` names it in errors.
    (``thinking.Model`` checks ``data``; not in ``__all__``.)"""
    return _network_of(Model(data, source))


def network_from_json(text, source="<model>"):
    """The network of a model file's text: a ``NeuralNetwork`` (version 1)
    or a ``MultiLayerNetwork`` (version 2)."""
    if not isinstance(text, str):
        raise ModelFileError("%s: the text of a model must be a str, not %s"
                             % (source, type(text).__name__))
    return _network_of(model_from_json(text, source))


def network_from_bytes(data, source="<model>"):
    """The network of a model file's bytes (UTF-8), as ``network_from_json``.
    The command line's helper, not in ``__all__``: trusts ``data`` to be the
    bytes it read."""
    return _network_of(model_from_bytes(data, source))


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
