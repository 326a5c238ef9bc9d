"""How the networks show themselves: a repr with their shape and weights, an
SVG drawing that Jupyter displays (``_repr_svg_``), without IPython, at most
800 px wide and on one scale of line widths; and a step's numbers as tables
(``_repr_html_``)."""

import subprocess
import sys
import xml.etree.ElementTree as ElementTree

from clitools import ROOT
from neuron_pure import POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS, NeuralNetwork
from neuron_pure.diagram import network_svg
from neuron_pure.explain import explain_iteration
from neuron_pure.float_text import float_repr, format_fixed
from neuron_pure.multilayer import SEQUEL_TRAINING_INPUTS, SEQUEL_TRAINING_OUTPUTS, layered_network
from neuron_pure.plot import training_svg
from neuron_pure.step_table import html_table

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


# ---------------------------------------------------------------------------
# Issue 22: drawings a notebook shows whole, on one scale, and a step's numbers.

def widths_of(svg):
    _, lines, _ = drawn(svg)
    return [float(line.get("stroke-width")) for line in lines]


def test_line_widths_are_one_scale_so_untrained_and_trained_networks_differ():
    """Law: a synapse is 1.5 + |weight| px wide, at most 10, in every drawing
    (not scaled to the network's own largest weight): the post's untrained
    neuron (weights within 1) is drawn thin, the trained one bold; the legend
    states the scale."""
    untrained, trained = NeuralNetwork(), NeuralNetwork()
    trained.train(POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS, 10000)
    before, after = widths_of(untrained._repr_svg_()), widths_of(trained._repr_svg_())
    assert before == [float(format_fixed(min(10.0, 1.5 + abs(w[0])), 2))
                      for w in untrained.synaptic_weights]
    assert max(before) <= 2.5 and after == [10.0, 1.71, 6.13]
    assert "line width: 1.5 + |weight| px, 10 at most" in untrained._repr_svg_()


def test_a_run_wide_scale_is_still_a_callers_choice():
    """The page passes its run's largest weight: widths then grow to 10 px at
    that magnitude, and the legend names it."""
    svg = network_svg([[[1.0], [-2.0]]], largest=2.0)
    assert widths_of(svg) == [5.75, 10.0]
    assert "line width: |weight|, widest 2.00000000" in svg


def shown_sizes(svg):
    """Every <svg> element's (width, height, viewBox width, viewBox height)."""
    root = ElementTree.fromstring(svg.split("?>", 1)[-1].strip())
    return [(float(e.get("width")), float(e.get("height")),
             float(e.get("viewBox").split()[2]), float(e.get("viewBox").split()[3]))
            for e in root.iter(SVG + "svg") if e.get("viewBox")]


def test_no_drawing_is_shown_wider_than_800_px():
    """A notebook's output area is about 800 to 1,200 px wide: the sequel's
    network (877.9 units), its step, a wide layered network, and the plot
    (990 units) are all shown at most 800 px wide, their viewBox keeping
    every unit and the proportions."""
    network = layered_network(3, [4])
    step = network.train_step(SEQUEL_TRAINING_INPUTS, SEQUEL_TRAINING_OUTPUTS)
    wide = layered_network(2, [6, 6], outputs=3)
    drawings = [network._repr_svg_(), step._repr_svg_(), wide._repr_svg_(),
                NeuralNetwork()._repr_svg_(), explain_iteration(1)._repr_svg_(),
                training_svg(iterations=3, network=layered_network(3, [4]),
                             inputs=SEQUEL_TRAINING_INPUTS, targets=SEQUEL_TRAINING_OUTPUTS)]
    for svg in drawings:
        width, height, units, unit_height = shown_sizes(svg)[0]
        assert width <= 800 and abs(width / height - units / unit_height) < 0.01
    assert shown_sizes(network._repr_svg_())[0][2] > 800          # scaled down, not cut off
    assert shown_sizes(wide._repr_svg_())[0][2] > 1200
    assert shown_sizes(NeuralNetwork()._repr_svg_())[0][:2] == (640.0, 440.0)


def table_rows(html):
    """The rows of each table of a step's ``_repr_html_``: lists of cell texts."""
    root = ElementTree.fromstring(html)
    return [[[cell.text for cell in row] for row in table.iter("tr")] for table in root.iter("table")]


def test_a_neurons_step_shows_its_numbers_as_explain_prints_them():
    """One row per example (weighted sum, output, error, gradient, delta) and
    one per weight (before, adjustment, after), each number format_fixed's
    8 decimals; with a bias, the last weight is named "bias"."""
    step = NeuralNetwork(bias=True).train_step(POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS)
    examples, weights = table_rows(step._repr_html_())
    assert examples[0] == ["example", "weighted sum", "output", "error", "gradient", "delta"]
    assert examples[1:] == [[str(i + 1)] + [format_fixed(q[i]) for q in (
        step.weighted_sums, step.outputs, step.errors, step.gradients, step.deltas)]
        for i in range(4)]
    assert weights[0] == ["weight", "before", "adjustment", "after"]
    assert [row[0] for row in weights[1:]] == ["weight 1", "weight 2", "weight 3", "bias"]
    assert [row[1:] for row in weights[1:]] == [
        [format_fixed(b), format_fixed(a), format_fixed(n)]
        for b, a, n in zip(step.weights, step.adjustments, step.new_weights)]
    assert "<td>0.26898640</td>" in explain_iteration(1)._repr_html_()    # explain's first output


def test_a_backpropagation_step_shows_every_layer_example_neuron_and_weight():
    network = layered_network(3, [4], bias=True)
    step = network.train_step(SEQUEL_TRAINING_INPUTS, SEQUEL_TRAINING_OUTPUTS)
    examples, weights = table_rows(step._repr_html_())
    assert len(examples) == 1 + 7 * 4 + 7 * 1 and len(weights) == 1 + (3 + 1) * 4 + (4 + 1) * 1
    assert examples[1] == ["1", "1", "1"] + [format_fixed(q[0][0][0]) for q in (
        step.weighted_sums, step.outputs, step.errors, step.gradients, step.deltas)]
    assert examples[-1] == ["2", "7", "1"] + [format_fixed(q[1][6][0]) for q in (
        step.weighted_sums, step.outputs, step.errors, step.gradients, step.deltas)]
    assert weights[1] == ["1", "input 1", "neuron 1", format_fixed(step.weights[0][0][0]),
                          format_fixed(step.adjustments[0][0][0]), format_fixed(step.new_weights[0][0][0])]
    assert weights[-2][:3] == ["2", "layer 1 neuron 4", "neuron 1"]
    assert weights[-1] == ["2", "bias", "neuron 1", format_fixed(step.biases[1][0]),
                           format_fixed(step.bias_adjustments[1][0]), format_fixed(step.new_biases[1][0])]


def test_table_text_is_escaped():
    assert html_table("a < b", ["x & y"], [['"1"']]) == (
        "<table>\n<caption>a &lt; b</caption>\n<tr><th>x &amp; y</th></tr>\n"
        "<tr><td>&quot;1&quot;</td></tr>\n</table>")


def test_showing_a_step_loads_its_table_module_only_then():
    code = ("import sys, neuron_pure\n"
            "step = neuron_pure.NeuralNetwork().train_step([[0, 1, 1]], [[1]])\n"
            "print('neuron_pure.step_table' in sys.modules)\n"
            "step._repr_html_()\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('IPython', 'typing')))")
    result = subprocess.run([sys.executable, "-S", "-c", code], capture_output=True, text=True,
                            cwd=ROOT, env={"PYTHONPATH": ROOT})
    assert result.stdout.split("\n")[:2] == ["False", "[]"], result.stderr
