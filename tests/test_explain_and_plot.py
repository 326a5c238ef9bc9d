"""explain shows the floats train computes; plot draws a well-formed picture."""

import os
import xml.etree.ElementTree as ElementTree

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clitools import ROOT, assert_usage_error, run_cli
from neuron_pure import POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS, NeuralNetwork, NeuronPureError
from neuron_pure.float_text import format_fixed
from neuron_pure.explain import explain_iteration, explain_network, explanation_lines
from neuron_pure.multilayer import layered_network
from neuron_pure.plot import training_svg

SVG = "{http://www.w3.org/2000/svg}"


@given(st.integers(min_value=1, max_value=300), st.integers(min_value=0, max_value=2 ** 32 - 1))
@settings(max_examples=30, deadline=None)
def test_the_explained_iteration_ends_where_train_does(iteration, seed):
    """Law: the new weights explain shows for iteration N are exactly the
    weights after N iterations of train; the weights it starts from, those
    after N - 1."""
    step = explain_iteration(iteration, seed)
    before, after = NeuralNetwork(seed=seed), NeuralNetwork(seed=seed)
    before.train(POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS, iteration - 1)
    after.train(POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS, iteration)
    assert step.weights == [row[0] for row in before.synaptic_weights]
    assert step.new_weights == [row[0] for row in after.synaptic_weights]
    shown = [line for line in explanation_lines(iteration, seed) if "new weight" in line]
    assert [line.rsplit(" = ", 1)[1] for line in shown] == [
        format_fixed(weight) for weight in step.new_weights]


def test_explain_writes_the_posts_steps_in_its_order():
    result = run_cli("explain")
    assert result.returncode == 0
    text = result.stdout
    assert "0 × -0.16595599 + 0 × 0.44064899 + 1 × -0.99977125 = -0.99977125" in text
    assert "1 / (1 + e^-(-0.99977125)) = 0.26898640" in text
    order = ["weighted sum", "output (sigmoid)", "error  ", "gradient of the curve",
             "error × gradient"]
    positions = [text.index(word) for word in order]
    assert positions == sorted(positions)
    assert text.count("Example ") == 4 and text.count("new weight") == 3


def test_explain_refuses_iteration_0():
    assert_usage_error(run_cli("explain", "--iteration", "0"), "iteration counts from 1")


def test_the_docs_show_the_first_iterations_explanation():
    with open(os.path.join(ROOT, "docs", "arithmetic.md"), encoding="utf-8") as handle:
        page = handle.read()
    assert "\n".join(explanation_lines(1)) in page


# ---------------------------------------------------------------------------
# plot

def parse(svg):
    root = ElementTree.fromstring(svg.encode("utf-8"))
    assert root.tag == SVG + "svg"
    return root


def panels(root):
    return [g for g in root.iter(SVG + "g") if g.get("class") == "panel"]


def area(panel):
    rect = [r for r in panel.iter(SVG + "rect") if r.get("class") == "plot-area"][0]
    x, y = float(rect.get("x")), float(rect.get("y"))
    return x, y, x + float(rect.get("width")), y + float(rect.get("height"))


def data_points(panel):
    for element in panel.iter():
        if element.get("class") != "data":
            continue
        if element.tag == SVG + "circle":
            yield float(element.get("cx")), float(element.get("cy"))
        else:
            for pair in element.get("points").split():
                x, y = pair.split(",")
                yield float(x), float(y)


def tick_positions(panel, axis):
    attribute = "x1" if axis == "x" else "y1"
    return [float(line.get(attribute)) for line in panel.iter(SVG + "line")
            if line.get("class") == "tick %s-tick" % axis]


@pytest.mark.parametrize("iterations", [0, 1, 2, 10, 10000])
def test_the_plot_is_well_formed_with_every_point_inside(iterations):
    root = parse(training_svg(seed=1, iterations=iterations))
    found = panels(root)
    assert [p.get("id") for p in found] == ["panel-a", "panel-b", "panel-c", "panel-d"]
    drawing = found[3].find(SVG + "svg")       # (d) the network, by neuron_pure.diagram
    assert drawing is not None and len(list(drawing.iter(SVG + "circle"))) >= 4
    for panel in found[:3]:
        left, top, right, bottom = area(panel)
        xs, ys = tick_positions(panel, "x"), tick_positions(panel, "y")
        # ticks run from edge to edge of the plot area, so they cover the data
        assert min(xs) == pytest.approx(left, abs=0.01) and max(xs) == pytest.approx(right, abs=0.01)
        assert max(ys) == pytest.approx(bottom, abs=0.01) and min(ys) == pytest.approx(top, abs=0.01)
        assert len(xs) >= 2 and len(ys) >= 2
        points = list(data_points(panel))
        for x, y in points:
            assert left - 0.01 <= x <= right + 0.01 and top - 0.01 <= y <= bottom + 0.01
        texts = [t.text or "" for t in panel.iter(SVG + "text")]
        assert any(t.startswith("(") for t in texts)          # a title
        if iterations == 0 and panel.get("id") != "panel-a":
            assert points == [] and "no iterations" in texts
        else:
            assert points


@pytest.mark.parametrize("seed", [0, 7, 4294967295])
def test_other_seeds_draw_too(seed):
    assert len(panels(parse(training_svg(seed=seed, iterations=300)))) == 4


def test_the_committed_picture_is_what_the_command_draws():
    """training.svg in the README must not go stale."""
    with open(os.path.join(ROOT, "training.svg"), encoding="utf-8") as handle:
        assert handle.read() == training_svg(), (
            "regenerate it: python3 -m neuron_pure plot --out training.svg")


def test_plot_writes_a_file_or_stdout(tmp_path):
    result = run_cli("plot", "--out", "-", "--iterations", "5")
    assert result.returncode == 0 and result.stdout == training_svg(iterations=5)
    result = run_cli("plot", "--out", "p.svg", "--iterations", "5", cwd=tmp_path)
    assert result.returncode == 0 and result.stdout == ""
    assert (tmp_path / "p.svg").read_text(encoding="utf-8") == training_svg(iterations=5)


def test_plot_to_a_missing_folder_writes_nothing(tmp_path):
    assert_usage_error(run_cli("plot", "--out", "no/where.svg", cwd=tmp_path), "does not exist")
    assert os.listdir(tmp_path) == []


def test_a_title_is_text_escaped_by_the_one_rule():
    """A title is escaped by the toolkit's one rule (neuron_pure.svg.escape),
    the diagram's and the page's: a double quote is written &quot; (the plot
    wrote it bare before; the title read back is the same text)."""
    title = 'A "quoted" <title> & more'
    svg = training_svg(iterations=3, title=title)
    assert "<title>A &quot;quoted&quot; &lt;title&gt; &amp; more</title>" in svg
    assert parse(svg).find(SVG + "title").text == title


@pytest.mark.parametrize("inputs, targets, message", [
    ([[0, 1]], [[0]], "training inputs have 2 columns but the neuron has 3 inputs"),
    ([[0, 0, 1]], [[0], [1]], "training outputs must be 1 value, one per example, not 2 rows of 1"),
    ("x", [0], "training inputs must be a non-empty list of rows"),
])
def test_the_training_set_is_checked_even_without_iterations(inputs, targets, message):
    """training_svg checks the training set at its door, before training and
    also when there is none to run (0 iterations), with the network's words."""
    for iterations in (0, 2):
        with pytest.raises(NeuronPureError, match=message):
            training_svg(iterations=iterations, inputs=inputs, targets=targets)


@pytest.mark.parametrize("network", [NeuralNetwork(bias=True), NeuralNetwork(3),
                                     layered_network(3, [2], bias=True)])
def test_rows_narrower_than_the_weights_are_refused_not_explained(network):
    """explain's step printer took a weight for a bias when the rows were one
    narrower than the weights, and printed false arithmetic (issue 21): the
    doors check the rows against the network before anything is written."""
    for call in (lambda: explain_network(network, [[0, 1], [1, 1]], [[0], [1]]),
                 lambda: explain_iteration(2, inputs=[[0, 1], [1, 1]], outputs=[0, 1],
                                           network=network)):
        with pytest.raises(NeuronPureError, match="2 columns but the (neuron|network) has 3 inputs"):
            call()


# ---------------------------------------------------------------------------
# plot: one meaning per colour, numbered dots, legends off the curves

def css_colours():
    """The lab's colours (lab.css): the plot must mean the same by each."""
    with open(os.path.join(ROOT, "neuron_pure", "lab", "lab.css"), encoding="utf-8") as handle:
        text = handle.read()
    return {name: text.split("--%s:" % name)[1].split(";")[0].strip()
            for name in ("positive", "negative", "target1", "target0")}


def of_class(panel, name):
    return [e for e in panel.iter() if e.get("class") == name]


def test_plot_colours_mean_what_they_mean_in_the_lab_and_the_diagram():
    """Targets: green filled for 1, purple hollow for 0 (lab.css); the
    weights' lines are blue or red by the sign they end with, as the
    diagram's synapses; the error curve is neither."""
    colours = css_colours()
    found = panels(parse(training_svg()))
    dots = [c for c in found[0].iter(SVG + "circle") if c.get("class") == "data"]
    marks = [(d.get("fill"), d.get("stroke")) for d in dots]
    one, zero = (colours["target1"], colours["target1"]), ("white", colours["target0"])
    assert marks == [zero, one, one, zero]              # the post's targets 0, 1, 1, 0
    lines = [p for p in found[2].iter(SVG + "polyline")]
    assert [p.get("stroke") for p in lines] == [colours["positive"], colours["negative"],
                                                colours["negative"]]   # 9.67, -0.21, -4.63
    assert len({p.get("stroke-dasharray") for p in lines}) == 3         # one pattern each
    error = [p.get("stroke") for p in found[1].iter(SVG + "polyline")]
    assert error and not set(error) & set(colours.values())


def test_each_dot_on_the_sigmoid_is_numbered_by_its_example():
    """Dot k carries the number k, in its target's colour, close to it, and
    the legend names each number's inputs."""
    found = panels(parse(training_svg()))
    dots = [c for c in found[0].iter(SVG + "circle") if c.get("class") == "data"]
    numbers = of_class(found[0], "example")
    assert [n.text for n in numbers] == ["1", "2", "3", "4"]
    for dot, number in zip(dots, numbers):
        assert number.get("fill") == dot.get("stroke")
        assert abs(float(number.get("x")) - float(dot.get("cx"))) < 30
        assert abs(float(number.get("y")) - float(dot.get("cy"))) < 60
    legend = [t.text for t in of_class(found[0], "legend")]
    assert legend[0] == "1: inputs [0 0 1], target 0: output 0.0097"


@pytest.mark.parametrize("layered", [False, True])
def test_legends_stay_under_their_panels_clear_of_every_curve(layered):
    """Every legend mark and text lies below its panel's plot area and axis
    label, and above panel (d)."""
    from neuron_pure.multilayer import SEQUEL_TRAINING_INPUTS, SEQUEL_TRAINING_OUTPUTS, layered_network
    svg = (training_svg(iterations=100, network=layered_network(3, [4]),
                        inputs=SEQUEL_TRAINING_INPUTS, targets=SEQUEL_TRAINING_OUTPUTS)
           if layered else training_svg())
    found = panels(parse(svg))
    drawing_top = float(found[3].find(SVG + "svg").get("y"))
    for panel in found[:3]:
        _, _, _, bottom = area(panel)
        for element in of_class(panel, "legend") + of_class(panel, "legend-mark"):
            y = float(element.get("y", element.get("cy", element.get("y1"))))
            assert bottom + 40 < y < drawing_top - 10


def test_the_layered_weights_panel_styles_each_layer_and_says_which_is_which():
    """The sequel's 16 weights: one dash pattern per layer (12, then 4), each
    line blue or red by its final sign, and a legend line per layer and per
    sign; XOR's biases are counted with their layer."""
    from neuron_pure.multilayer import SEQUEL_TRAINING_INPUTS, SEQUEL_TRAINING_OUTPUTS, layered_network
    colours = css_colours()
    found = panels(parse(training_svg(iterations=100, network=layered_network(3, [4]),
                                      inputs=SEQUEL_TRAINING_INPUTS,
                                      targets=SEQUEL_TRAINING_OUTPUTS)))
    lines = list(found[2].iter(SVG + "polyline"))
    dashes = [p.get("stroke-dasharray") for p in lines]
    assert len(lines) == 16 and len(set(dashes[:12])) == 1 and len(set(dashes[12:])) == 1
    assert dashes[0] != dashes[12]
    assert {p.get("stroke") for p in lines} <= {colours["positive"], colours["negative"]}
    legend = [t.text for t in of_class(found[2], "legend")]
    assert legend == ["layer 1: 12 weights", "layer 2: 4 weights", "blue: positive at the end",
                      "red: negative at the end"]
    marks = [m.get("stroke-dasharray") for m in of_class(found[2], "legend-mark")]
    assert marks[:2] == [dashes[0] or "none", dashes[12] or "none"]
    xor = panels(parse(training_svg(iterations=10, network=layered_network(2, [4], bias=True),
                                    inputs=[[0, 0], [0, 1], [1, 0], [1, 1]],
                                    targets=[[0], [1], [1], [0]])))
    assert [t.text for t in of_class(xor[2], "legend")][:2] == [
        "layer 1: 8 weights and 4 biases", "layer 2: 4 weights and 1 bias"]
