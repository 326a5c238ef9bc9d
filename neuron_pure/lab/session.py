"""The lab page's worker: one run of the package, driven by JSON requests.

The page runs this module in MicroPython's WebAssembly build, beside the
package's own modules, and asks it for everything it shows: the page holds no
arithmetic of its own.  Each request is a JSON object with an ``op``; each
answer is a JSON object, ``{"error": message}`` when the package refused
something (a data file's line and column, a learning rate that diverged).

>>> lab = Session()
>>> answer = lab.request('{"op": "setup", "settings": {"csv": "0,0,1,0\\\\n1,1,1,1\\\\n1,0,1,1\\\\n0,1,1,0\\\\n"}}')
>>> json.loads(answer)["description"]
'a neuron with 3 inputs'
>>> json.loads(lab.request('{"op": "advance", "count": 10000}'))["trained"]
10000
>>> print(json.loads(lab.request('{"op": "model"}'))["model"])      # doctest: +ELLIPSIS
{
  "format": "neuron-pure-model",
  "version": 1,
  "inputs": 3,
  "weights": [9.672993027736892, -0.20784349926631962, -4.62963668773159],
  ...

The settings are the command line's: ``csv`` (the training set as CSV text,
read by ``dataset.parse_examples`` as ``train`` reads a file), ``dataName``
(the file's name, or null), ``seed``, ``iterations``, ``learningRate``,
``hidden`` (a list of widths), ``outputs`` and ``bias``.  The network is the
one ``train`` and ``explain`` build for them; ``explain(n)`` is the text
``explain --iteration n`` prints, worked out from the nearest checkpoint of
the weights (one every ``every`` iterations), which gives the same bits as
training from the start: the weights are the whole state.
"""

import json

from neuron_pure.dataset import parse_examples, parse_rows
from neuron_pure.diagram import network_svg, weights_of
from neuron_pure.arithmetic import sigmoid
import neuron_pure.engine as engine
from neuron_pure.engine import examples_of, training_source
from neuron_pure.errors import NeuronPureError
from neuron_pure.explain import (
    given_text, network_description, network_title, post_title, step_lines)
from neuron_pure.float_text import float_repr
from neuron_pure.model import model_to_json, network_from_json
from neuron_pure.multilayer import SEQUEL_TRAINING_INPUTS, SEQUEL_TRAINING_OUTPUTS, network_for
from neuron_pure.neuron import POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS, NeuralNetwork
from neuron_pure.validation import check_count, check_iteration

__all__ = []        # the page's, not the package's API

DEFAULTS = {"csv": None, "dataName": None, "seed": 1, "iterations": 10000, "learningRate": 1.0,
            "hidden": [], "outputs": 1, "bias": False}
CHECKPOINTS = 20000         # floats of weights kept per run, at most (about 160 KB)
TABLE_NAME = "the training set"     # what a data error names when no file was loaded


def build_network(settings, number_of_inputs):
    """The network ``train`` builds for these settings (``multilayer.network_for``)."""
    return network_for(number_of_inputs, settings["hidden"], settings["outputs"],
                       settings["seed"], settings["bias"], settings["learningRate"])


def parameters_of(network):
    """Every weight of ``network`` as one flat list, in ``engine``'s order."""
    weights, biases = weights_of(network)
    return engine.parameters_of(zip(weights, biases or [None] * len(weights)))


def restore(network, flat):
    """Put the weights of ``parameters_of`` back into ``network``."""
    layers = engine.layers_of(flat, network.shape)
    if isinstance(network, NeuralNetwork):
        rows, biases = layers[0]
        network.synaptic_weights = [list(row) for row in rows]
        network.bias = None if biases is None else biases[0]
    else:
        for layer, (rows, biases) in zip(network.layers, layers):
            layer.synaptic_weights, layer.biases = rows, biases


def _cell(value):
    # A number as a table cell: exact (the shortest text that reads back as
    # the same float), whole numbers without a point.
    if value == int(value) and abs(value) < 1e15 and str(value) != "-0.0":
        return str(int(value))
    return float_repr(value)


def _texts(values):
    """Numbers as explain writes them (0 and 1 whole, 8 decimals otherwise),
    nested as given."""
    if isinstance(values, (list, tuple)):
        return [_texts(v) for v in values]
    return given_text(values)


class Session:
    """One run: its settings, examples, network and checkpoints."""

    def __init__(self):
        self.settings = None

    def request(self, text):
        """The answer (JSON text) to the request ``text`` (JSON)."""
        try:
            message = json.loads(text)
            answer = getattr(self, "op_" + message["op"])(message)
        except (NeuronPureError, ValueError, TypeError) as problem:
            answer = {"error": str(problem)}
        return json.dumps(answer)

    # -- The run. -----------------------------------------------------------

    def op_setup(self, message):
        settings = dict(DEFAULTS)
        settings.update(message.get("settings", {}))
        rate = settings["learningRate"]
        if isinstance(rate, int) and not isinstance(rate, bool):
            settings["learningRate"] = float(rate)     # JSON's 1 is the command line's 1.0
        self.settings = settings
        name = settings["dataName"]
        if settings["csv"] is None:
            self.inputs, self.targets = POST_TRAINING_INPUTS, [row[0] for row in POST_TRAINING_OUTPUTS]
        else:
            self.inputs, self.targets = parse_examples(settings["csv"], name or TABLE_NAME,
                                                       settings["outputs"])
        self.network = build_network(settings, len(self.inputs[0]))
        self.scratch = build_network(settings, len(self.inputs[0]))
        self.goal = check_count(settings["iterations"], "iterations")
        start = parameters_of(self.network)
        self.every = 100
        while self.goal // self.every * len(start) > CHECKPOINTS:
            self.every *= 2
        self.checkpoints = [start]
        self.layered = not isinstance(self.network, NeuralNetwork)
        self.post = (name is None and not self.layered and not settings["bias"]
                     and settings["learningRate"] == 1.0 and self._is_the_posts_data())
        return {"description": network_description(self.network), "post": self.post,
                "shape": [list(layer) for layer in self.network.shape],
                "source": training_source(self.network.shape), "every": self.every,
                "inputs": _texts(self.inputs), "targets": _texts(self.targets),
                "parameters": _texts(start), "trained": 0, "goal": self.goal}

    def _is_the_posts_data(self):
        return (self.inputs == POST_TRAINING_INPUTS
                and self.targets == [row[0] for row in POST_TRAINING_OUTPUTS])

    def op_advance(self, message):
        """Train ``count`` more iterations, keeping a checkpoint of the
        weights every ``every`` iterations."""
        count = check_count(message["count"], "count")
        done = self.network.iterations_trained
        while count > 0:
            step = min(count, self.every - done % self.every)
            self.network.train(self.inputs, self.targets, step)
            done += step
            count -= step
            if done % self.every == 0 and done // self.every == len(self.checkpoints):
                self.checkpoints.append(parameters_of(self.network))
        return {"trained": done}

    def op_model(self, message):
        return {"model": model_text(self.network), "trained": self.network.iterations_trained}

    def op_presets(self, message):
        """The post's and the sequel's training sets, as the package holds them."""
        return {"post": {"rows": POST_TRAINING_INPUTS, "targets": POST_TRAINING_OUTPUTS},
                "sequel": {"rows": SEQUEL_TRAINING_INPUTS, "targets": SEQUEL_TRAINING_OUTPUTS}}

    def op_read(self, message):
        """The cells of CSV text as ``train`` reads it (``dataset``'s reader,
        its messages): exact numbers, whole ones without a point."""
        name = message.get("name")
        inputs, targets = parse_examples(message["csv"], name or "the pasted CSV",
                                         message.get("outputs", 1))
        header = parse_rows(message["csv"], name or "the pasted CSV")[1]
        targets = [t if isinstance(t, list) else [t] for t in targets]
        return {"rows": [[_cell(x) for x in row] for row in inputs],
                "targets": [[_cell(x) for x in row] for row in targets], "header": header}

    def op_think(self, message):
        """A model file loaded to think with: its network drawn, described,
        and its outputs for ``rows``."""
        network = network_from_json(message["model"], message.get("name") or "the model")
        weights, biases = weights_of(network)
        answer = {"svg": network_svg(weights, biases), "description": network_description(network)}
        rows = message.get("rows")
        if rows:
            thought = network.think(rows)
            outputs = thought if isinstance(network, NeuralNetwork) else thought[-1]
            answer["outputs"] = [[float_repr(value) for value in row] for row in outputs]
        return answer

    # -- One iteration, on demand. ------------------------------------------

    def _network_before(self, iteration):
        """The scratch network with the weights before ``iteration``.  Trusts
        its caller: an iteration from 1 (``check_iteration``)."""
        done = iteration - 1
        nearest = min(done // self.every, len(self.checkpoints) - 1)
        restore(self.scratch, self.checkpoints[nearest])
        self.scratch.train(self.inputs, self.targets, done - nearest * self.every)
        return self.scratch

    def explanation(self, iteration, network=None):
        """The lines ``explain --iteration`` prints for this run."""
        network = network or self._network_before(iteration)
        step = network.train_step(self.inputs, self.targets)
        if self.post:
            title = post_title(iteration, self.settings["seed"])
        else:
            title = network_title(iteration, network, len(self.inputs), self.settings["dataName"])
        return [title, ""] + step_lines(step, self.inputs, self.targets), step

    def op_explain(self, message):
        lines, _ = self.explanation(check_iteration(message["iteration"]))
        return {"text": "\n".join(lines) + "\n"}

    def op_select(self, message):
        """Everything the page shows for one iteration: the explanation, the
        values of the loop's lines for one example, the weights before and
        after, the network after it drawn, and where the examples sit on the
        last layer's sigmoid."""
        iteration = check_iteration(message["iteration"])
        network = self._network_before(iteration)
        before = parameters_of(network)
        values = self._traced(before, int(message.get("example", 0)))
        lines, step = self.explanation(iteration, network)
        after = parameters_of(network)
        weights, biases = weights_of(network)
        if self.layered:
            sums = [row[0] for row in step.weighted_sums[-1]]
            outputs = [row[0] for row in step.outputs[-1]]
        else:
            sums, outputs = step.weighted_sums, step.outputs
        return {"iteration": iteration, "text": "\n".join(lines) + "\n", "lines": values,
                "before": _texts(before), "after": _texts(after),
                "svg": network_svg(weights, biases, title="after iteration %d" % iteration),
                "sums": sums, "sumTexts": _texts(sums), "outputTexts": _texts(outputs)}

    def op_start(self, message):
        """The network before any training, drawn."""
        restore(self.scratch, self.checkpoints[0])
        weights, biases = weights_of(self.scratch)
        return {"svg": network_svg(weights, biases, title="starting weights")}

    # -- The loop that runs, traced. ----------------------------------------

    def _traced(self, parameters, example):
        """``[[line number, [[name, value text], ...]], ...]`` for the loop
        ``training_source`` prints for this network, run for one iteration
        from ``parameters``: the very lines, with a record after each
        assignment; inside the loop over the examples, only ``example``'s."""
        lines = training_source(self.network.shape).split("\n")
        traced, names, inside = [], {}, set()
        loop_indent = None
        for number, line in enumerate(lines):
            traced.append(line)
            code = line.strip()
            indent = line[:len(line) - len(code)]
            if loop_indent is not None and len(indent) > loop_indent:
                inside.add(number)
            if code.startswith("for ") and code.endswith(" in examples:"):
                loop_indent = len(indent)
                indent += "    "
                traced.append(indent + "_next()")
                inside.add(number)
                target = code[4:-len(" in examples:")]
            elif code.startswith(("#", "def ", "return", "for ")) or " = " not in code \
                    or code.endswith("= -0.0"):     # the adjustments starting at -0.0
                continue
            else:
                target = code.split("=")[0].rstrip("+ ")
            names[number] = [name.strip() for name in target.split(",")]
            traced.append("%s_record(%d, (%s,))" % (indent, number, ", ".join(names[number])))
        state = {"example": -1, "records": {}}

        def _next():
            state["example"] += 1

        def _record(number, values):
            if number not in inside or state["example"] == example:
                state["records"][number] = values
        namespace = {"sigmoid": sigmoid, "_record": _record, "_next": _next}
        exec("\n".join(traced), namespace)
        targets = [t if isinstance(t, list) else [t] for t in self.targets]
        namespace["train"](tuple(parameters), examples_of(self.inputs, targets), 1,
                           self.network.learning_rate)
        records = state["records"]
        return [[number, [[name, given_text(value)] for name, value in zip(names[number],
                                                                          records[number])]]
                for number in sorted(records)]


def model_text(network):
    """``model.model_to_json(network)``, the text ``train --save -`` writes."""
    return model_to_json(network)
