"""How the networks show themselves: a repr with their shape and weights, and
an SVG drawing that Jupyter displays (``_repr_svg_``), without IPython."""

import subprocess
import sys
import xml.etree.ElementTree as ElementTree

from clitools import ROOT
from neuron_pure import POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS, NeuralNetwork
from neuron_pure.float_text import float_repr
from neuron_pure.multilayer import SEQUEL_TRAINING_INPUTS, SEQUEL_TRAINING_OUTPUTS, layered_network

SVG = "{http://www.w3.org/2000/svg}"


def drawn(svg):
    """The parsed drawing: (circles, synapse lines, weight labels)."""
    root = ElementTree.fromstring(svg)
    assert root.tag == SVG + "svg"
    lines = [e for e in root.iter(SVG + "line") if e.get("class") == "np-synapse"]
    labels = [e.text for e in root.iter(SVG + "text") if e.get("class") == "np-weight"]
    return len(list(root.iter(SVG + "circle"))), lines, labels


def test_the_neurons_repr_shows_its_shape_training_and_weights():
    network = NeuralNetwork()
    network.train(POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS, 10000)
    assert repr(network) == (
        "NeuralNetwork(3 inputs, seed 1, 10000 iterations trained, synaptic_weights="
        "[[9.672993027736892], [-0.20784349926631962], [-4.62963668773159]])")


def test_the_neuron_draws_itself_with_every_weight_labelled():
    network = NeuralNetwork()
    network.train(POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS, 10000)
    circles, lines, labels = drawn(network._repr_svg_())
    assert circles == 4 and len(lines) == 3
    assert labels == ["9.67299303", "-0.20784350", "-4.62963669"]


def test_layers_show_their_shape_and_draw_every_synapse():
    network = layered_network(3, [4], bias=True)
    network.train(SEQUEL_TRAINING_INPUTS, SEQUEL_TRAINING_OUTPUTS, 100)
    text = repr(network)
    assert text.startswith("MultiLayerNetwork(3 inputs -> 4 -> 1, seed 1, 100 iterations trained")
    assert float_repr(network.layers[1].synaptic_weights[3][0]) in text
    assert "biases=[" in text
    circles, lines, _ = drawn(network._repr_svg_())
    assert len(lines) == 3 * 4 + 4 * 1 and circles == 3 + 4 + 1


def test_training_steps_show_and_draw_what_they_computed():
    network = NeuralNetwork(bias=True)
    step = network.train_step(POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS)
    assert repr(step).startswith("TrainingStep(4 examples, weights=[-0.165955990594852, ")
    _, lines, _ = drawn(step._repr_svg_())
    assert len(lines) == 3                  # the bias is drawn as a bias, not a fourth input
    layered = layered_network(3, [4]).train_step(SEQUEL_TRAINING_INPUTS, SEQUEL_TRAINING_OUTPUTS)
    assert repr(layered).startswith("BackpropagationStep(7 examples, 2 layers, new_weights=[[[")
    _, lines, _ = drawn(layered._repr_svg_())
    assert len(lines) == 16


def test_displaying_imports_no_ipython():
    code = ("import sys, neuron_pure\n"
            "from neuron_pure.multilayer import layered_network\n"
            "neuron_pure.NeuralNetwork()._repr_svg_(); layered_network(2, [2])._repr_svg_()\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('IPython', 'typing')))")
    # -S: no site packages, whose start-up hooks (editable installs) may import typing
    result = subprocess.run([sys.executable, "-S", "-c", code], capture_output=True, text=True,
                            cwd=ROOT, env={"PYTHONPATH": ROOT})
    assert result.stdout.strip() == "[]", result.stderr
