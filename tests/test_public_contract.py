"""The error contract, swept over every public callable of the core (issue 15).

Law: a public function, constructor, method or property of neuron_pure (every
module but the command line's cli, __main__, interrupt and board) given a
wrong value in any one parameter, the others valid, either raises
``NeuronPureError`` naming the problem, or succeeds because the value is in
fact acceptable there.  Never a TypeError, AttributeError, IndexError,
KeyError, OverflowError or plain ValueError, and never a nonsense answer
(``2 * "ab"`` is ``"abab"`` to Python).

``TABLE`` holds, for each callable, its valid arguments and, per parameter,
the wrong values that are fine there and why; a second test finds every
public callable of the core by itself, so a new one cannot escape the sweep.
A method's object counts as a parameter too: each public attribute it reads
(``synaptic_weights``, ``bias``, ...) is replaced in turn, as a caller may.
"""

import importlib
import inspect
import io
import json
import math
import os
import pkgutil

import pytest

import neuron_pure
from neuron_pure import (
    arithmetic, arrayprint, dataset, diagram, engine, errors, explain,
    exponential, float_text, model, mt19937, multilayer, neuron,
    plot, thinking, validation)
from neuron_pure.errors import NeuronPureError

# Not swept: the command line (exit statuses, not exceptions: tests/test_cli*.py).
COMMAND_LINE = {"cli", "__main__", "interrupt", "board"}

WRONG = [
    ("None", lambda: None), ("0", lambda: 0), ("-1", lambda: -1), ("1.5", lambda: 1.5),
    ("nan", lambda: math.nan), ("inf", lambda: math.inf), ("10**400", lambda: 10 ** 400),
    ("b'0,1'", lambda: b"0,1"), ("['0,1']", lambda: ["0,1"]), ("{'a': 1}", lambda: {"a": 1}),
    ("object()", object), ("True", lambda: True), ("('a',)", lambda: ("a",)),
    ("1j", lambda: 1j), ("'x'", lambda: "x"), ("[[1, 'x']]", lambda: [[1, "x"]]),
    ("[None]", lambda: [None]), ("[]", list),
]
ANYTHING = set(label for label, _ in WRONG)

# Kinds of value that are fine in many places, named once.
NUMBERS = {"0", "-1", "1.5", "True"}            # finite numbers (bool counts, as in numpy)
NON_FINITE = {"nan", "inf"}
VECTORS = {"('a',)", "['0,1']", "[None]"}       # one-dimensional, whatever they hold
# Words only an error message shows (a file's name in "data.csv line 2: ..."):
# any value gives the right answer, so none is refused.
MESSAGE_WORDS = ANYTHING
NO_ITERATIONS = {"0"}                           # a count of 0 does nothing, as range(0)
# 10**400 iterations is a count like any other: training would run for ever,
# so it is not called (a count that is refused before training is swept).
ENDLESS = {"10**400"}

INPUTS, TARGETS = [[0, 0, 1], [1, 1, 1]], [[0], [1]]
WEIGHTS, BIASES = [[[0.5], [-2.0]]], [[0.25]]           # diagram's form: one layer
POST_CSV = "x1,x2,x3,y\n0,0,1,0\n1,1,1,1\n1,0,1,1\n0,1,1,0\n"
MODEL = ('{"format": "neuron-pure-model", "version": 1, "inputs": 3, "weights": '
         '[9.672993027736892, -0.20784349926631962, -4.62963668773159], "bias": null, '
         '"training": {"iterations": 10000, "seed": 1, "learning_rate": 1.0}}')


class Entry:
    """One public callable: ``call(**arguments)``, ``valid()`` the arguments
    that work (a method's object is the argument ``self``), ``attributes``
    the attributes of an argument that the call reads (``"self.bias"``,
    ``"network.seed"``: swept like parameters), ``fine`` the wrong values
    acceptable per parameter, ``endless`` those not called."""

    def __init__(self, name, call, valid=dict, fine=None, endless=None, attributes=()):
        self.name, self.call, self.valid = name, call, valid
        self.fine, self.endless = fine or {}, endless or {}
        self.attributes = list(attributes)

    def parameters(self):
        return [name for name in self.valid() if name != "self"] + self.attributes

    def run(self, parameter, value):
        arguments = self.valid()
        if "." in parameter:
            holder, attribute = parameter.split(".")
            setattr(arguments[holder], attribute, value)
        else:
            arguments[parameter] = value
        return self.call(**arguments)


def post_network():
    return neuron.NeuralNetwork()


def biased_network():
    return neuron.NeuralNetwork(bias=True)


def sequel_network():
    return multilayer.layered_network(3, [2], bias=True)


def collected():
    lines = []
    return lines.append


def a_step():
    return neuron.NeuralNetwork().train_step(INPUTS, TARGETS)


def a_layered_step():
    return sequel_network().train_step(INPUTS, TARGETS)


def step_quantities():
    step = a_layered_step()
    return dict((name, getattr(step, name)) for name in multilayer.BackpropagationStep.QUANTITIES)


def a_model():
    return thinking.model_from_json(MODEL)


# The folder of this module's tests: a data file and a model file to read,
# out.json to write (the fixture files_to_read makes it).
FOLDER = []


@pytest.fixture(scope="module", autouse=True)
def files_to_read(tmp_path_factory):
    folder = tmp_path_factory.mktemp("contract")
    (folder / "data.csv").write_text(POST_CSV)
    (folder / "model.json").write_text(MODEL)
    FOLDER.append(str(folder))
    yield
    FOLDER.pop()
    # what is read is never written, whatever the wrong value
    assert (folder / "data.csv").read_text() == POST_CSV
    assert (folder / "model.json").read_text() == MODEL


def in_folder(name):
    # (collecting the tests reads only the names of the arguments, before
    # the folder exists)
    return os.path.join(FOLDER[-1] if FOLDER else "not-made-yet", name)


def data_file():
    return in_folder("data.csv")


def model_file():
    return in_folder("model.json")


def out_file():
    return in_folder("out.json")


def layer():
    return multilayer.NeuronLayer(2, 3, mt19937.RandomState(1))


NETWORK_ATTRIBUTES = ["self.synaptic_weights", "self.bias", "self.learning_rate"]
LAYERED_ATTRIBUTES = ["self.layers", "self.learning_rate"]
LAYER_ATTRIBUTES = ["self.synaptic_weights", "self.biases"]
MODEL_ATTRIBUTES = ["version", "inputs", "layers", "training"]
# What a network's bias may be: None (no bias) or a finite number.
BIAS_VALUES = {"None"} | NUMBERS


def model_values(read_model):
    """A function that reads the post's model with its first weight, its
    bias and its training record's values replaced (``read_model``: the
    ``thinking.Model`` constructor, the one checker of a model file)."""
    def call(weight, bias, learning_rate, seed, iterations):
        data = json.loads(MODEL)
        data["weights"][0], data["bias"] = weight, bias
        data["training"].update(learning_rate=learning_rate, seed=seed, iterations=iterations)
        return read_model(data)
    return call


def file_reader(load_model):
    """The entry of a way to read a model file: thinking's into a Model,
    model's into a network."""
    return Entry(load_model.__module__.split(".")[-1] + "." + load_model.__name__, load_model,
                 lambda: {"path": model_file(), "limit": 1000}, fine={"limit": {"None", "10**400"}})


def method(name):
    return lambda self, **arguments: getattr(self, name)(**arguments)


def prop(name):
    return lambda self: getattr(self, name)


TABLE = [
    # --- arithmetic ----------------------------------------------------------------------
    # shape is numpy.shape: () for anything that is not a list, whatever it holds.
    Entry("arithmetic.shape", arithmetic.shape, lambda: {"array": [[1, 2]]},
          fine={"array": ANYTHING}),
    Entry("arithmetic.transpose", arithmetic.transpose, lambda: {"matrix": [[1, 2]]},
          fine={"matrix": VECTORS | {"[[1, 'x']]", "[]"}}),     # a vector is its own transpose
    Entry("arithmetic.dot", arithmetic.dot, lambda: {"a": [[1, 2]], "b": [1, 2]}),
    Entry("arithmetic.sum_of_products", arithmetic.sum_of_products,
          lambda: {"a": [1, 2], "b": [3, 4]}),
    Entry("arithmetic.add", arithmetic.add, lambda: {"a": [1, 2], "b": [3, 4]}),
    Entry("arithmetic.subtract", arithmetic.subtract, lambda: {"a": [1, 2], "b": [3, 4]}),
    Entry("arithmetic.multiply", arithmetic.multiply, lambda: {"a": [1, 2], "b": [3, 4]}),
    Entry("arithmetic.sigmoid", arithmetic.sigmoid, lambda: {"x": 0.5},
          fine={"x": NUMBERS | NON_FINITE | {"10**400"}}),       # 1.0, as the curve has it
    Entry("arithmetic.sigmoid_gradient_from_output", arithmetic.sigmoid_gradient_from_output,
          lambda: {"output": 0.5}, fine={"output": NUMBERS | NON_FINITE | {"10**400"}}),
    # --- the exps ------------------------------------------------------------------------
    Entry("exponential.exp", exponential.exp, lambda: {"x": 1.0},
          fine={"x": NUMBERS | NON_FINITE}),
    # (the rest of the exps' modules is internal: exp checks, they trust it)
    # --- thinking ------------------------------------------------------------------------
    Entry("thinking.Model", thinking.Model,          # the checks of a model file
          lambda: {"data": json.loads(MODEL), "source": "m"}, fine={"source": MESSAGE_WORDS}),
    Entry("thinking.Model.think", method("think"), lambda: {"self": a_model(), "inputs": [1, 0, 0]},
          attributes=["self." + name for name in MODEL_ATTRIBUTES],
          fine={"self.training": ANYTHING}),         # the training record is not read
    file_reader(thinking.model_from_file),
    # The values inside a model, as json.loads gives them (a 400-digit integer
    # in the text is the int 10**400).
    Entry("thinking.Model (values)", model_values(thinking.Model),
          lambda: {"weight": 0.5, "bias": None, "learning_rate": 1.0, "seed": 1, "iterations": 3},
          fine={"weight": NUMBERS - {"True"}, "bias": BIAS_VALUES - {"True"},
                "learning_rate": {"1.5"}, "seed": {"None", "0"}, "iterations": {"0", "10**400"}}),
    # --- errors: an exception holds any message ------------------------------------------
    Entry("errors.NeuronPureError", lambda message: errors.NeuronPureError(message),
          lambda: {"message": "m"}, fine={"message": ANYTHING}),
    Entry("errors.DataFileError", lambda message: errors.DataFileError(message),
          lambda: {"message": "m"}, fine={"message": ANYTHING}),
    Entry("errors.ModelFileError", lambda message: errors.ModelFileError(message),
          lambda: {"message": "m"}, fine={"message": ANYTHING}),
]

TABLE += [
    # --- printing ------------------------------------------------------------------------
    # A number prints as numpy prints a 0-d array, nan and inf included; [] as "[]".
    Entry("arrayprint.format_array", arrayprint.format_array,
          lambda: {"array": [[1.0], [0.5]]}, fine={"array": {"0", "-1", "1.5", "[]"} | NON_FINITE}),
    Entry("float_text.float_repr", float_text.float_repr, lambda: {"x": 0.1},
          fine={"x": {"0", "-1", "1.5"} | NON_FINITE}),
    Entry("float_text.format_fixed", float_text.format_fixed, lambda: {"x": 0.1, "places": 8},
          fine={"x": {"0", "-1", "1.5"} | NON_FINITE, "places": {"0"}}),
    # --- the diagram ---------------------------------------------------------------------
    Entry("diagram.network_svg", diagram.network_svg,
          lambda: {"weights": WEIGHTS, "biases": BIASES, "input_names": ["a", "b"],
                   "output_names": ["o"], "title": "t", "largest": 2.0, "places": 8},
          fine={"biases": {"None", "[None]"}, "input_names": {"None"},     # [None]: no biases
                "output_names": {"None", "['0,1']", "('a',)"}, "title": {"None", "'x'"},
                "largest": {"None", "0", "1.5"}, "places": {"0"}}),
    Entry("diagram.weights_of", diagram.weights_of, lambda: {"network": biased_network()},
          attributes=["network.%s" % name for name in ("synaptic_weights", "bias")],
          fine={"network.bias": BIAS_VALUES}),
    Entry("diagram.weights_of (layers)", diagram.weights_of, lambda: {"network": sequel_network()},
          attributes=["network.layers"]),
    # --- explain -------------------------------------------------------------------------
    Entry("explain.explain_iteration", explain.explain_iteration,
          lambda: {"iteration": 1, "seed": 1, "inputs": INPUTS, "outputs": TARGETS,
                   "network": None},
          fine={"seed": {"0", "True"}, "network": {"None"}}, endless={"iteration": ENDLESS}),
    Entry("explain.explain", explain.explain,
          lambda: {"iteration": 1, "seed": 1, "write": collected()},
          fine={"seed": {"0", "True"}}, endless={"iteration": ENDLESS}),
    Entry("explain.explain_network", explain.explain_network,
          lambda: {"network": post_network(), "inputs": INPUTS, "targets": TARGETS,
                   "iteration": 1, "data_name": "d.csv"}, attributes=["network.seed"],
          fine={"data_name": {"None", "'x'"}, "network.seed": {"None", "0", "True"}},
          endless={"iteration": ENDLESS}),
    # --- the plots -----------------------------------------------------------------------
    Entry("plot.training_svg", plot.training_svg,
          lambda: {"seed": 1, "iterations": 2, "network": None, "inputs": INPUTS,
                   "targets": TARGETS, "title": "t"},
          fine={"seed": {"0", "True"}, "iterations": NO_ITERATIONS, "network": {"None"},
                "title": {"None", "'x'"}}),
]

TABLE += [
    # --- the neuron ----------------------------------------------------------------------
    Entry("neuron.NeuralNetwork", neuron.NeuralNetwork,
          lambda: {"number_of_inputs": 3, "seed": 1, "bias": False, "learning_rate": 1.0},
          fine={"seed": {"0", "True"}, "bias": {"True"}, "learning_rate": {"1.5"}}),
    Entry("neuron.NeuralNetwork.from_weights", neuron.NeuralNetwork.from_weights,
          lambda: {"synaptic_weights": [[0.5], [-2.0]], "bias": 0.25, "learning_rate": 1.0},
          fine={"bias": BIAS_VALUES, "learning_rate": {"1.5"}}),
    # A property reads the attributes as they are (issue 19: the methods check
    # what they read, once per call; properties do not re-validate).
    Entry("neuron.NeuralNetwork.number_of_inputs", prop("number_of_inputs"),
          lambda: {"self": biased_network()}),
    Entry("neuron.NeuralNetwork.shape", prop("shape"), lambda: {"self": biased_network()}),
    Entry("neuron.NeuralNetwork.train", method("train"),
          lambda: {"self": biased_network(), "training_set_inputs": INPUTS,
                   "training_set_outputs": TARGETS, "number_of_training_iterations": 2},
          attributes=NETWORK_ATTRIBUTES,
          fine={"number_of_training_iterations": NO_ITERATIONS, "self.bias": BIAS_VALUES,
                "self.learning_rate": {"1.5"}},
          endless={"number_of_training_iterations": ENDLESS}),
    Entry("neuron.NeuralNetwork.train_step", method("train_step"),
          lambda: {"self": biased_network(), "training_set_inputs": INPUTS,
                   "training_set_outputs": TARGETS},
          attributes=NETWORK_ATTRIBUTES,
          fine={"self.bias": BIAS_VALUES, "self.learning_rate": {"1.5"}}),
    Entry("neuron.NeuralNetwork.think", method("think"),
          lambda: {"self": biased_network(), "inputs": [1, 0, 0]},
          attributes=NETWORK_ATTRIBUTES,
          fine={"self.bias": BIAS_VALUES, "self.learning_rate": ANYTHING}),  # not read
    # A record keeps what it is given (issue 19: training_step fills it and
    # has checked; the drawing and the explanation check what they show).
    Entry("neuron.TrainingStep", neuron.TrainingStep,
          lambda: dict(weights=[0.5], new_weights=[0.5], weighted_sums=[0.0], outputs=[0.5],
                       errors=[0.5], gradients=[0.25], deltas=[0.125], adjustments=[0.0],
                       learning_rate=1.0, has_bias=False),
          fine=dict((name, ANYTHING) for name in (
              "weights", "new_weights", "weighted_sums", "outputs", "errors", "gradients",
              "deltas", "adjustments", "learning_rate", "has_bias"))),
    Entry("neuron.training_step", neuron.training_step,
          lambda: {"inputs": [[0, 0, 1]], "columns": [[0], [0], [1]], "targets": [0],
                   "weights": [0.0, 0.0, 0.0], "learning_rate": 1.0},
          fine={"targets": {"('a',)"}, "learning_rate": NUMBERS | NON_FINITE}),
    Entry("neuron.demo", neuron.demo, lambda: {"seed": 1, "iterations": 1, "write": collected()},
          fine={"seed": {"0", "True"}, "iterations": NO_ITERATIONS},
          endless={"iterations": ENDLESS}),
    # --- layers --------------------------------------------------------------------------
    Entry("multilayer.NeuronLayer", multilayer.NeuronLayer,
          lambda: {"number_of_neurons": 2, "number_of_inputs_per_neuron": 3,
                   "rng": mt19937.RandomState(1), "bias": False},
          fine={"bias": {"True"}}),
    Entry("multilayer.NeuronLayer.from_weights", multilayer.NeuronLayer.from_weights,
          lambda: {"weights": [[0.5, -0.5]], "biases": [0.0, 1.0]}, fine={"biases": {"None"}}),
    Entry("multilayer.NeuronLayer.number_of_inputs", prop("number_of_inputs"),
          lambda: {"self": layer()}),
    Entry("multilayer.NeuronLayer.number_of_neurons", prop("number_of_neurons"),
          lambda: {"self": layer()}),
    Entry("multilayer.MultiLayerNetwork",
          lambda first, second, learning_rate: multilayer.MultiLayerNetwork(
              first, second, learning_rate=learning_rate),
          lambda: {"first": multilayer.NeuronLayer(2, 3, mt19937.RandomState(1)),
                   "second": multilayer.NeuronLayer(1, 2, mt19937.RandomState(1)),
                   "learning_rate": 1.0},
          fine={"learning_rate": {"1.5"}}),
    Entry("multilayer.MultiLayerNetwork.number_of_inputs", prop("number_of_inputs"),
          lambda: {"self": sequel_network()}),
    Entry("multilayer.MultiLayerNetwork.number_of_outputs", prop("number_of_outputs"),
          lambda: {"self": sequel_network()}),
    Entry("multilayer.MultiLayerNetwork.shape", prop("shape"),
          lambda: {"self": sequel_network()}),
    Entry("multilayer.MultiLayerNetwork.think", method("think"),
          lambda: {"self": sequel_network(), "inputs": [1, 0, 0]},
          attributes=LAYERED_ATTRIBUTES, fine={"self.learning_rate": ANYTHING}),
    Entry("multilayer.MultiLayerNetwork.train", method("train"),
          lambda: {"self": sequel_network(), "training_set_inputs": INPUTS,
                   "training_set_outputs": TARGETS, "number_of_training_iterations": 2},
          attributes=LAYERED_ATTRIBUTES,
          fine={"number_of_training_iterations": NO_ITERATIONS, "self.learning_rate": {"1.5"}},
          endless={"number_of_training_iterations": ENDLESS}),
    Entry("multilayer.MultiLayerNetwork.train_step", method("train_step"),
          lambda: {"self": sequel_network(), "training_set_inputs": INPUTS,
                   "training_set_outputs": TARGETS},
          attributes=LAYERED_ATTRIBUTES, fine={"self.learning_rate": {"1.5"}}),
    Entry("multilayer.BackpropagationStep",
          lambda **quantities: multilayer.BackpropagationStep(**quantities), step_quantities,
          fine=dict((name, ANYTHING) for name in multilayer.BackpropagationStep.QUANTITIES)),
    Entry("multilayer.backpropagation_step", multilayer.backpropagation_step,
          lambda: {"inputs": [[1, 0]], "targets": [[1]], "layers": [([[0.0], [0.0]], None)],
                   "learning_rate": 1.0},
          fine={"learning_rate": NUMBERS | NON_FINITE}),
    Entry("multilayer.backpropagation_step (biases)", multilayer.backpropagation_step,
          lambda: {"inputs": [[1, 0], [0, 1]], "targets": [[1], [0]],
                   "layers": [([[0.5, 0.25], [0.0, -0.5]], [0.125, 0.0]), ([[1.0], [-1.0]], [0.5])],
                   "learning_rate": 1.0},
          fine={"learning_rate": NUMBERS | NON_FINITE}),
    Entry("multilayer.layered_network", multilayer.layered_network,
          lambda: {"number_of_inputs": 3, "hidden": [2], "outputs": 1, "seed": 1,
                   "bias": False, "learning_rate": 1.0},
          fine={"hidden": {"[]"}, "seed": {"0", "True"}, "bias": {"True"},
                "learning_rate": {"1.5"}}),
    Entry("multilayer.demo_multilayer", multilayer.demo_multilayer,
          lambda: {"iterations": 1, "write": collected()},
          fine={"iterations": NO_ITERATIONS}, endless={"iterations": ENDLESS}),
    # --- the training engine -------------------------------------------------------------
    Entry("engine.training_source", engine.training_source, lambda: {"shape": ((3, 1, False),)}),
    # --- random numbers ------------------------------------------------------------------
    Entry("mt19937.RandomState", mt19937.RandomState, lambda: {"seed": 1},
          fine={"seed": {"0", "True"}}),
    Entry("mt19937.RandomState.seed", method("seed"),
          lambda: {"self": mt19937.RandomState(1), "seed": 2}, fine={"seed": {"0", "True"}}),
    Entry("mt19937.RandomState.random_uint32", method("random_uint32"),
          lambda: {"self": mt19937.RandomState(1)}),
    Entry("mt19937.RandomState.random_sample", method("random_sample"),
          lambda: {"self": mt19937.RandomState(1), "size": 2},
          fine={"size": {"None", "0", "True"}}),
    Entry("mt19937.RandomState.random", method("random"),
          lambda: {"self": mt19937.RandomState(1), "size": 2},
          fine={"size": {"None", "0", "True"}}),
    # --- data files ----------------------------------------------------------------------
    Entry("dataset.parse_number", dataset.parse_number, lambda: {"text": "2.5", "where": "c"},
          fine={"where": MESSAGE_WORDS}),
    Entry("dataset.read_rows", dataset.read_rows, lambda: {"path": data_file(), "limit": 1000},
          fine={"limit": {"None", "10**400"}}),
    Entry("dataset.read_examples", dataset.read_examples,
          lambda: {"path": data_file(), "limit": 1000, "outputs": 1},
          fine={"limit": {"None", "10**400"}}),
    # --- model files ---------------------------------------------------------------------
    # Everything a model file holds is read from the network, and checked.
    Entry("model.model_to_json", model.model_to_json, lambda: {"network": biased_network()},
          attributes=["network.%s" % name for name in (
              "synaptic_weights", "bias", "learning_rate", "seed", "iterations_trained")],
          fine={"network.bias": BIAS_VALUES, "network.learning_rate": {"1.5"},
                "network.seed": {"None", "0"},
                "network.iterations_trained": {"0", "10**400"}}),      # a whole number
    Entry("model.model_to_json (layers)", model.model_to_json,
          lambda: {"network": sequel_network()}, attributes=["network.layers"]),
    Entry("model.network_from_json", model.network_from_json,
          lambda: {"text": MODEL, "source": "m"}, fine={"source": MESSAGE_WORDS}),
    file_reader(model.load_model),
    Entry("model.save_model", model.save_model,
          lambda: {"network": post_network(), "path": out_file(), "inputs": [data_file()]},
          fine={"path": {"'x'"}, "inputs": {"['0,1']", "('a',)", "[]"}}),   # file names
]


# ---------------------------------------------------------------------------
# The sweep.

def sweep(entry, parameter):
    """The leaks of ``entry`` with each wrong value in ``parameter``."""
    fine = entry.fine.get(parameter, set())
    endless = entry.endless.get(parameter, set())
    leaks = []
    for label, make in WRONG:
        if label in endless:
            continue
        try:
            entry.run(parameter, make())
        except NeuronPureError:
            continue
        except Exception as problem:              # the contract is broken
            leaks.append("%s=%s: %s: %s" % (parameter, label, type(problem).__name__,
                                             str(problem)[:120]))
        else:
            if label not in fine:
                leaks.append("%s=%s was accepted" % (parameter, label))
    return leaks


def cases():
    for entry in TABLE:
        for parameter in entry.parameters():
            yield pytest.param(entry, parameter, id="%s(%s)" % (entry.name, parameter))


@pytest.mark.parametrize("entry, parameter", list(cases()))
def test_a_wrong_value_raises_our_error_or_is_fine(entry, parameter, monkeypatch, tmp_path):
    """Each wrong value in this parameter, the others valid: NeuronPureError,
    or success where the table says the value is fine (nothing printed; a
    file name such as 'x' names a file of the test's own empty folder)."""
    monkeypatch.setattr("builtins.print", lambda *args, **kwargs: None)
    monkeypatch.chdir(tmp_path)
    assert sweep(entry, parameter) == []


def test_the_valid_arguments_are_valid():
    """Each entry's valid arguments succeed: otherwise every wrong value would
    be 'refused' for the wrong reason."""
    failures = []
    for entry in TABLE:
        try:
            entry.call(**entry.valid())
        except Exception as problem:
            failures.append("%s: %s: %s" % (entry.name, type(problem).__name__, problem))
    assert failures == []


# ---------------------------------------------------------------------------
# Nothing escapes the sweep.

def core_modules():
    yield neuron_pure
    for info in pkgutil.iter_modules(neuron_pure.__path__):
        if info.name not in COMMAND_LINE:
            yield importlib.import_module("neuron_pure." + info.name)


def home_module(value):
    """Where the README documents ``value``: the module that defines it, or
    where that module keeps it internal (``validation.shape``), the module
    whose ``__all__`` offers it (``arithmetic.shape``)."""
    defining = importlib.import_module(value.__module__)
    if value.__name__ in getattr(defining, "__all__", [value.__name__]):
        return value.__module__.split(".")[-1]
    for module in core_modules():
        if module is not neuron_pure and value.__name__ in getattr(module, "__all__", []) \
                and getattr(module, value.__name__) is value:
            return module.__name__.split(".")[-1]
    raise AssertionError("%s is offered by no module's __all__" % value.__name__)


def public_callables():
    """``{name: callable}`` of every public callable of the core, named where
    it is defined ("neuron.NeuralNetwork.think"): a name re-exported by the
    package counts once."""
    found = {}
    for module in core_modules():
        # (errors has no __all__: its public names are those without an underscore)
        names = getattr(module, "__all__", [name for name in vars(module)
                                            if not name.startswith("_")])
        for name in names:
            value = getattr(module, name)
            if inspect.ismodule(value) or not callable(value):
                continue
            home = "%s.%s" % (home_module(value), value.__name__)
            found[home] = value
            if inspect.isclass(value):
                for attribute, member in vars(value).items():
                    if not attribute.startswith("_") and (
                            inspect.isfunction(member)
                            or isinstance(member, (property, classmethod, staticmethod))):
                        found["%s.%s" % (home, attribute)] = (
                            member if isinstance(member, property) else getattr(value, attribute))
    return found


def test_every_public_callable_is_in_the_table():
    """A new public function, class, method or property of the core must be
    given valid arguments here, so that the sweep reaches it; and the table
    names nothing that is not public."""
    public = public_callables()
    tabled = set(entry.name.split(" (")[0] for entry in TABLE)
    assert sorted(set(public) - tabled) == []
    assert sorted(tabled - set(public)) == []


def test_every_parameter_is_swept():
    """The entries of a callable name every parameter of it (a method's
    ``self`` aside): a parameter added later joins the sweep."""
    swept = {}
    for entry in TABLE:
        swept.setdefault(entry.name.split(" (")[0], set()).update(entry.parameters())
    missing = []
    for name, value in public_callables().items():
        if isinstance(value, property) or inspect.isclass(value) and issubclass(
                value, BaseException):
            continue                    # a property has no parameter; an exception any
        parameters = inspect.signature(value).parameters.values()
        named = [p.name for p in parameters if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]
        if inspect.isfunction(value) and "." in value.__qualname__:
            named = named[1:]           # a method's self
        missing += ["%s(%s)" % (name, parameter) for parameter in named
                    if parameter not in swept[name]]
    assert missing == []


def test_the_public_surface_is_what_the_readme_documents():
    """Every name a core module offers in ``__all__`` is named in README.md
    (issue 19: a helper that exists for another module is internal, and
    internal names stay out of ``__all__``); the sweep above covers them all."""
    import re
    readme_path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                               "README.md")
    with open(readme_path, encoding="utf-8") as handle:
        readme = handle.read()
    undocumented = []
    for module in core_modules():
        for name in getattr(module, "__all__", []):
            if not re.search(r"\b%s\b" % re.escape(name), readme):
                undocumented.append("%s.%s" % (module.__name__, name))
    assert undocumented == []
