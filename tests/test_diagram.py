"""The network drawing (neuron_pure.diagram): well-formed SVG whose labels are
the real weights, whose lines follow them (colour: sign; width: magnitude),
with every synapse drawn exactly once, the same text on every interpreter."""

import os
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from browser import missing
from interpreters import once_from_the_main_suite
from clitools import ROOT
from neuron_pure import (
    POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS, NeuralNetwork, NeuronPureError, RandomState)
from neuron_pure.diagram import NEGATIVE, POSITIVE, network_svg, weights_of
from neuron_pure.float_text import format_fixed
from neuron_pure.multilayer import MultiLayerNetwork, NeuronLayer

SVG = "{http://www.w3.org/2000/svg}"


def parse(svg):
    assert svg.startswith("<svg ")          # no XML declaration: it is inlined in HTML
    root = ElementTree.fromstring(svg.encode("utf-8"))
    assert root.tag == SVG + "svg"
    assert len(root.get("viewBox").split()) == 4
    return root


def of_class(root, name):
    return [element for element in root.iter() if element.get("class") == name]


def trained_post_neuron():
    network = NeuralNetwork()
    network.train(POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS, 10000)
    return network


def post_network_svg():
    """network.svg, the README's picture of the post's trained neuron."""
    return network_svg(*weights_of(trained_post_neuron()),
                       title="The post's neuron after 10,000 iterations (seed 1)")


def test_the_committed_network_drawing_is_current():
    """network.svg in the README must not go stale."""
    with open(os.path.join(ROOT, "network.svg"), encoding="utf-8") as handle:
        assert handle.read() == post_network_svg(), (
            "regenerate it: PYTHONPATH=. python3 tests/test_diagram.py")


def test_the_posts_trained_neuron_is_labelled_with_its_weights():
    """The post's trained weights (9.67299303, -0.2078435, -4.62963669, as its
    transcript prints them) label the three synapses, input by input."""
    root = parse(network_svg(*weights_of(trained_post_neuron())))
    labels = of_class(root, "np-weight")
    assert [label.text for label in labels] == ["9.67299303", "-0.20784350", "-4.62963669"]
    lines = of_class(root, "np-synapse")
    assert [line.get("stroke") for line in lines] == [POSITIVE, NEGATIVE, NEGATIVE]
    widths = [float(line.get("stroke-width")) for line in lines]
    assert widths[0] == 10.0 and widths[0] > widths[2] > widths[1]
    assert len(of_class(root, "np-input")) == 3 and len(of_class(root, "np-neuron")) == 1


weight = st.floats(min_value=-50, max_value=50, allow_nan=False)


@st.composite
def networks(draw):
    sizes = draw(st.lists(st.integers(min_value=1, max_value=5), min_size=2, max_size=4))
    weights = [[[draw(weight) for _ in range(sizes[k + 1])] for _ in range(sizes[k])]
               for k in range(len(sizes) - 1)]
    biases = [draw(st.one_of(st.none(), st.lists(weight, min_size=n, max_size=n)))
              for n in sizes[1:]]
    return weights, biases


@given(networks())
@settings(max_examples=60)
def test_every_synapse_is_drawn_once_with_its_weight(network):
    """Law: one line and one label per weight, in the matrices' order; each
    label is format_fixed(weight, 8); colour is the sign the label shows;
    widths grow with |weight| and stay within [1.5, 10]; each bias is written
    once under its neuron."""
    weights, biases = network
    root = parse(network_svg(weights, biases))
    flat = [w for matrix in weights for row in matrix for w in row]
    lines, labels = of_class(root, "np-synapse"), of_class(root, "np-weight")
    assert [int(line.get("data-synapse")) for line in lines] == list(range(len(flat)))
    assert [label.text for label in labels] == [format_fixed(w) for w in flat]
    for line, label, w in zip(lines, labels, flat):
        assert line.get("stroke") == (NEGATIVE if label.text.startswith("-") else POSITIVE)
        assert 1.5 <= float(line.get("stroke-width")) <= 10.0
    by_magnitude = sorted(zip([abs(w) for w in flat], [float(x.get("stroke-width")) for x in lines]))
    assert [width for _, width in by_magnitude] == sorted(width for _, width in by_magnitude)
    shown = [b.text for b in of_class(root, "np-bias")]
    assert shown == ["b = " + format_fixed(b) for layer in biases if layer for b in layer]
    # every synapse joins two distinct node columns: no two lines coincide
    ends = [(line.get("x1"), line.get("y1"), line.get("x2"), line.get("y2")) for line in lines]
    assert len(set(ends)) == len(ends)


def test_a_layered_network_and_weights_of():
    rng = RandomState(1)
    network = MultiLayerNetwork(NeuronLayer(4, 3, rng), NeuronLayer(1, 4, rng))
    weights, biases = weights_of(network)
    assert weights == [layer.synaptic_weights for layer in network.layers] and biases is None
    weights[0][0][0] = 99.0                      # a copy: drawing never changes the network
    assert network.layers[0].synaptic_weights[0][0] != 99.0
    root = parse(network_svg(*weights_of(network), title="The sequel's network"))
    assert len(of_class(root, "np-synapse")) == 3 * 4 + 4 * 1
    assert len(of_class(root, "np-neuron")) == 5
    assert "The sequel's network" in [t.text for t in root.iter(SVG + "text")]


def test_a_bias_is_drawn_and_weights_of_reads_it():
    network = NeuralNetwork(bias=True)
    weights, biases = weights_of(network)
    assert biases == [[network.bias]]
    root = parse(network_svg(weights, biases, input_names=["x1", "x2", "x<3>"]))
    assert [b.text for b in of_class(root, "np-bias")] == ["b = " + format_fixed(network.bias)]
    assert "x<3>" in [t.text for t in root.iter(SVG + "text")]     # escaped, then parsed back


@pytest.mark.parametrize("weights, biases, message", [
    ([], None, "non-empty list"),
    ([[[1.0, 2.0], [3.0]]], None, "rows of different lengths"),
    ([[[1.0, 2.0]], [[1.0]]], None, "layer 2 has 1 inputs per neuron, but layer 1 has 2 neurons"),
    ([[[float("nan")]]], None, "not a finite number"),
    ([[["1"]]], None, "not a number"),
    ([[[1.0]]], [[1.0, 2.0]], "layer 1's biases must be None or 1 numbers"),
    ([[[1.0]]], [None, None], "one entry per layer"),
])
def test_bad_weights_are_named(weights, biases, message):
    with pytest.raises(NeuronPureError, match=message.replace("(", r"\(").replace(")", r"\)")):
        network_svg(weights, biases)


def test_weights_follow_the_networks_one_rule():
    """The diagram checks layers with validation.check_layers, the networks'
    rule: True counts as 1 (as in numpy), drawn "1.00000000"; a magnitude
    ``largest`` is no bool."""
    root = parse(network_svg([[[True], [-0.5]]], [[False]]))
    assert [label.text for label in of_class(root, "np-weight")] == ["1.00000000", "-0.50000000"]
    assert [b.text for b in of_class(root, "np-bias")] == ["b = 0.00000000"]
    with pytest.raises(NeuronPureError, match="largest is True, not a number"):
        network_svg([[[1.0]]], largest=True)


def test_names_must_fit():
    with pytest.raises(NeuronPureError, match="2 input names for 3 inputs"):
        network_svg([[[1.0], [2.0], [3.0]]], input_names=["a", "b"])
    with pytest.raises(NeuronPureError, match="cannot draw"):
        weights_of(object())


XOR_INPUTS, XOR_TARGETS = [[0, 0], [0, 1], [1, 0], [1, 1]], [[0], [1], [1], [0]]


def legible_networks():
    """The sequel's 3-4-1 network after 60,000 iterations and XOR's 2-4-1
    with biases after 10,000: the layered drawings that must stay legible."""
    from neuron_pure.multilayer import (
        SEQUEL_TRAINING_INPUTS, SEQUEL_TRAINING_OUTPUTS, layered_network)
    sequel = layered_network(3, [4])
    sequel.train(SEQUEL_TRAINING_INPUTS, SEQUEL_TRAINING_OUTPUTS, 60000)
    xor = layered_network(2, [4], bias=True)
    xor.train(XOR_INPUTS, XOR_TARGETS, 10000)
    return [network_svg(*weights_of(sequel), title="after iteration 60000"),
            network_svg(*weights_of(xor), title="after iteration 10000")]


def box_of(rect):
    x, y = float(rect.get("x")), float(rect.get("y"))
    return x, y, x + float(rect.get("width")), y + float(rect.get("height"))


def meets(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def line_through(line, box, steps=400):
    """Whether the line passes through the box (sampled finely along it)."""
    x1, y1, x2, y2 = (float(line.get(name)) for name in ("x1", "y1", "x2", "y2"))
    return any(box[0] < x1 + k / steps * (x2 - x1) < box[2] and
               box[1] < y1 + k / steps * (y2 - y1) < box[3] for k in range(steps + 1))


@pytest.fixture(scope="module")
def legible():
    return legible_networks()


def test_layered_labels_sit_in_boxes_clear_of_each_other_and_of_the_other_lines(legible):
    """Each weight's label and each bias sits in its own white box; no two
    boxes meet, no box covers a node or the key, and no line but the
    label's own passes through it (so "-0.20784350" never reads
    "-0:20784350")."""
    for svg in legible:
        root = parse(svg)
        rects = of_class(root, "np-label-box")
        texts = of_class(root, "np-weight") + of_class(root, "np-bias")
        assert len(rects) == len(texts)
        boxes = [box_of(rect) for rect in rects]
        for k, box in enumerate(boxes):
            assert not any(meets(box, other) for other in boxes[k + 1:])
        lines = of_class(root, "np-synapse")
        elements = list(root)
        for rect, box in zip(rects, boxes):
            label = elements[elements.index(rect) + 1]          # the box, then its text
            assert label.get("class") in ("np-weight", "np-bias")
            assert box[0] < float(label.get("x")) < box[2] and box[1] < float(label.get("y")) < box[3]
            own = [int(label.get("data-index"))] if label.get("class") == "np-weight" else []
            order = [int(t.get("data-index")) for t in of_class(root, "np-weight")]
            for number, line in enumerate(lines):
                if own and order[number] == own[0]:
                    continue
                assert not line_through(line, box), (label.text, line.get("data-synapse"))
            for node in of_class(root, "np-input") + of_class(root, "np-neuron"):
                cx, cy, r = (float(node.get(name)) for name in ("cx", "cy", "r"))
                assert not meets(box, (cx - r, cy - r, cx + r, cy + r))
        key = [e for e in root.iter(SVG + "text") if e.text == "positive weight"][0]
        assert float(key.get("y")) - 16 > max(box[3] for box in boxes)


def test_layered_labels_are_at_least_11_px_at_800_px(legible):
    """Shown at the 800 px cap, every text of the sequel's and XOR's
    drawings is at least 11 px high (the labels were about 7 px)."""
    for svg in legible:
        root = parse(svg)
        scale = float(root.get("width")) / float(root.get("viewBox").split()[2])
        assert float(root.get("width")) == 800.0
        sizes = [float(t.get("font-size")) * scale for t in root.iter(SVG + "text")]
        assert min(sizes) >= 11


def test_each_synapse_names_its_weight_on_hover():
    """A synapse's <title> (shown on hover) names its ends and its weight,
    with the label's text."""
    root = parse(network_svg([[[0.5, -1.0], [0.25, 2.0]], [[1.5], [-0.75]]]))
    titles = [line.find(SVG + "title").text for line in of_class(root, "np-synapse")]
    assert titles[0] == "input 1 to neuron 1 of layer 1: weight 0.50000000"
    assert titles[-1] == "neuron 2 of layer 1 to neuron 1 of layer 2: weight -0.75000000"


@once_from_the_main_suite          # a browser test: the sdist's and tox's runs install no browser
def test_chromium_draws_the_labels_inside_their_boxes_at_11_px_or_more(legible):
    """Measured in Chromium at 800 px: every text renders at 11 px or more,
    and each label's glyphs stay inside its box (the widths the layout
    assumed are the font's)."""
    from browser import browser_page
    script = """() => {
      const out = [];
      for (const svg of document.querySelectorAll('svg')) {
        for (const t of svg.querySelectorAll('text')) {
          const size = parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a;
          const b = t.getBBox(), r = t.previousElementSibling;
          const boxed = r && r.getAttribute('class') === 'np-label-box' ? r.getBBox() : null;
          out.push([t.textContent, size, boxed ? [b.x - boxed.x, boxed.x + boxed.width - b.x - b.width]
                                             : null]);
        }
      }
      return out;
    }"""
    with browser_page() as (page, refused):
        page.set_viewport_size({"width": 900, "height": 800})
        page.set_content("<body style='margin:0'>%s</body>" % "".join(legible))
        measured = page.evaluate(script)
    assert refused == [] and len(measured) > 40
    for text, size, room in measured:
        assert size >= 11, (text, size)
        if room is not None:
            assert min(room) >= 0, (text, room)


def test_micropython_draws_the_same_text():
    """The drawings are the same text on MicroPython (its float formatting is
    never used: every number goes through format_fixed)."""
    node = shutil.which("node")
    runner = os.path.join(ROOT, "tests", "micropython", "run.mjs")
    package = os.path.join(ROOT, "tests", "micropython", "node_modules", "@micropython")
    if os.environ.get("NEURON_PURE_SKIP_INTERPRETER_MATRIX") == "1":
        pytest.skip("compared once from the main suite; this is tox's per-interpreter run")
    if node is None or not os.path.isdir(package):
        missing("node or the MicroPython npm package is missing (see tests/test_interpreters.py)")
    script = os.path.join(ROOT, "tests", "pictures_probe.py")
    result = subprocess.run([node, runner, os.path.join(ROOT, "neuron_pure"), script],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-2000:]
    here = subprocess.run(["python3", script], capture_output=True, text=True,
                          env=dict(os.environ, PYTHONPATH=ROOT), timeout=600)
    assert result.stdout == here.stdout and here.stdout.count("<svg") >= 3


if __name__ == "__main__":
    with open(os.path.join(ROOT, "network.svg"), "w", encoding="utf-8") as handle:
        handle.write(post_network_svg())
