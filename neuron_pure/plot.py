"""Four diagrams of a real training run, drawn as one SVG with plain strings.

(a) the sigmoid curve, with the training examples placed on it by their
    weighted sums after training (the output neuron's, for layers), as in the
    post's diagram of the curve;
(b) the mean absolute error of each iteration, on a logarithmic iteration
    axis, which shows how fast the early learning is;
(c) each synaptic weight after each iteration, on the same axis;
(d) the trained network itself: inputs, neurons and synapses, each synapse as
    wide as its weight is large, blue for positive, red for negative
    (``neuron_pure.diagram``).

The post's neuron is drawn by default; any network on any data with
``training_svg(network=..., inputs=..., targets=...)``.

>>> svg = training_svg(seed=1, iterations=10)
>>> svg.startswith("<?xml") and svg.count('class="panel"')
4

No plotting library: every coordinate is worked out here and written with
``format_fixed``, so the file is the same on every interpreter.
"""

import math

from neuron_pure.arithmetic import sigmoid
from neuron_pure.diagram import network_svg
from neuron_pure.float_text import format_fixed
from neuron_pure.mt19937 import check_seed
from neuron_pure.multilayer import check_network, last_layer_sums
from neuron_pure.neuron import (
    POST_ITERATIONS, POST_SEED, POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS, NeuralNetwork)
from neuron_pure.svg import (
    Axes, coordinate as _number, escape, logarithmic_ticks, mean, nice_ticks, sampled_iterations,
    size_attributes, tick_text)
from neuron_pure.validation import check_count, check_rows, check_targets, check_text

__all__ = ["training_svg"]

WIDTH, HEIGHT = 990, 360
PANEL_WIDTH = WIDTH // 3
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 62, 18, 48, 50
COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"]
FIRST, PER_DECADE = 20, 40  # every one of the first 20 iterations, then 40 per power of ten
TICKS = 5                   # about as many steps along each value axis


# ---------------------------------------------------------------------------
# Data: the run, sampled on a logarithmic scale.

def _history(network, iterations, inputs, targets):
    """Train ``network`` on ``inputs`` and ``targets`` and return ``(samples,
    errors, weights)``: the sampled iterations from 1 (a logarithmic axis has
    no place for 0, the starting weights), and for each the mean absolute
    error of that iteration and every weight after it (``_step_parameters``).
    Trusts: a checked network, iteration count and training set."""
    samples, errors, weights = sampled_iterations(iterations, FIRST, PER_DECADE)[1:], [], []
    done = 0
    for iteration in samples:
        network.train(inputs, targets, iteration - 1 - done)
        step = network.train_step(inputs, targets)
        done = iteration
        errors.append(mean([abs(e) for e in _output_errors(step)]))
        weights.append(_step_parameters(step))
    return samples, errors, weights


def _output_errors(step):
    """The errors of the output layer, one number per example and output."""
    if hasattr(step, "layer_inputs"):
        return [e for row in step.errors[-1] for e in row]
    return step.errors


def _step_parameters(step):
    """Every weight after a recorded iteration, as one list: the neuron's
    weights (bias last), or each layer's weights row by row, then its biases.

    >>> from neuron_pure.explain import explain_iteration
    >>> _step_parameters(explain_iteration(1))
    [0.12025405710936243, 0.5045619608367021, -0.8506377412381663]
    """
    if not hasattr(step, "layer_inputs"):
        return list(step.new_weights)
    flat = []
    for weights, biases in zip(step.new_weights, step.new_biases):
        flat += [w for row in weights for w in row] + list(biases or [])
    return flat


def _output_sums(network, inputs):
    """The weighted sum of the (first) output neuron for each row of
    ``inputs``: where each example sits on the sigmoid curve."""
    return [row[0] for row in last_layer_sums(inputs, *network._layer_weights())]


# ---------------------------------------------------------------------------
# Axes.

class _Panel(Axes):
    """One panel: a plot area, its ticks, and the SVG drawn in it; with
    ``logarithmic`` the x axis shows ``log10`` of the value."""

    def __init__(self, index, x_ticks, y_ticks, logarithmic=False):
        low, high = x_ticks[0], x_ticks[-1]
        if logarithmic:
            low, high = math.log10(low), math.log10(high)
        Axes.__init__(self, index * PANEL_WIDTH + MARGIN_LEFT, (index + 1) * PANEL_WIDTH - MARGIN_RIGHT,
                      MARGIN_TOP, HEIGHT - MARGIN_BOTTOM, low, high, y_ticks[0], y_ticks[-1])
        self.x_ticks, self.y_ticks, self.logarithmic = x_ticks, y_ticks, logarithmic
        self.parts = []

    def x(self, value):
        return Axes.x(self, math.log10(value) if self.logarithmic else value)

    def frame(self, title, x_label, y_label):
        middle = (self.left + self.right) / 2
        self.parts += [
            '<text class="title" x="%s" y="24" text-anchor="middle">%s</text>'
            % (_number(middle), title),
            '<rect class="plot-area" x="%s" y="%s" width="%s" height="%s"/>'
            % (_number(self.left), _number(self.top), _number(self.right - self.left),
               _number(self.bottom - self.top)),
        ]
        for tick in self.x_ticks:
            x = _number(self.x(tick))
            self.parts += [
                '<line class="tick x-tick" x1="%s" y1="%s" x2="%s" y2="%s"/>'
                % (x, _number(self.bottom), x, _number(self.bottom + 5)),
                '<text class="tick-label" x="%s" y="%s" text-anchor="middle">%s</text>'
                % (x, _number(self.bottom + 18), tick_text(tick, self.x_ticks)),
            ]
        for tick in self.y_ticks:
            y = _number(self.y(tick))
            self.parts += [
                '<line class="tick y-tick" x1="%s" y1="%s" x2="%s" y2="%s"/>'
                % (_number(self.left - 5), y, _number(self.left), y),
                '<text class="tick-label" x="%s" y="%s" text-anchor="end">%s</text>'
                % (_number(self.left - 8), _number(self.y(tick) + 4), tick_text(tick, self.y_ticks)),
            ]
        self.parts += [
            '<text class="axis-label" x="%s" y="%s" text-anchor="middle">%s</text>'
            % (_number(middle), _number(HEIGHT - 12), x_label),
            '<text class="axis-label" transform="translate(%s %s) rotate(-90)" '
            'text-anchor="middle">%s</text>'
            % (_number(self.left - 46), _number((self.top + self.bottom) / 2), y_label),
        ]

    def line(self, xs, ys, colour):
        points = " ".join("%s,%s" % (_number(self.x(x)), _number(self.y(y))) for x, y in zip(xs, ys))
        self.parts.append('<polyline class="data" points="%s" stroke="%s"/>' % (points, colour))

    def point(self, x, y, colour):
        self.parts.append('<circle class="data" cx="%s" cy="%s" r="4.5" fill="%s"/>'
                          % (_number(self.x(x)), _number(self.y(y)), colour))

    def legend(self, entries):
        """Lines of (colour, text) in the top left corner of the plot area."""
        for k, (colour, text) in enumerate(entries):
            y = self.top + 16 + 16 * k
            self.parts += [
                '<circle class="legend-mark" cx="%s" cy="%s" r="4" fill="%s"/>'
                % (_number(self.left + 12), _number(y - 4), colour),
                '<text class="legend" x="%s" y="%s">%s</text>' % (_number(self.left + 22), _number(y), text),
            ]

    def note(self, text):
        self.parts.append('<text class="note" x="%s" y="%s" text-anchor="middle">%s</text>'
                          % (_number((self.left + self.right) / 2),
                             _number((self.top + self.bottom) / 2), text))

    def svg(self, name):
        return '<g class="panel" id="panel-%s">\n  %s\n</g>' % (name, "\n  ".join(self.parts))


# ---------------------------------------------------------------------------
# The picture.

def _target_colour(target):
    return COLOURS[1] if target >= 0.5 else COLOURS[0]


def _row_text(values):
    return " ".join(format_fixed(x, 2).rstrip("0").rstrip(".") if x != int(x) else str(int(x))
                    for x in values)


LEGEND_LINES = 8            # examples or weights named in a legend, at most


def training_svg(seed=POST_SEED, iterations=POST_ITERATIONS, network=None,
                 inputs=POST_TRAINING_INPUTS, targets=POST_TRAINING_OUTPUTS, title=None):
    """The four panels for ``network`` (the post's neuron from ``seed`` by
    default) trained ``iterations`` times on ``inputs`` and ``targets``, as
    the text of an SVG file."""
    if title is not None:
        check_text(title, "title")
    check_count(iterations, "iterations")
    check_seed(seed)                    # the title prints it, even when network is given
    post = network is None
    if post:
        network = NeuralNetwork(seed=seed)
    shape = check_network(network).shape
    inputs = check_rows(inputs, shape[0][0], "training input",
                        "the neuron" if isinstance(network, NeuralNetwork) else "the network")
    targets = check_targets(targets, len(inputs), shape[-1][1])
    samples, errors, weights = _history(network, iterations, inputs, targets)
    first_targets = [row[0] for row in targets]
    sums = _output_sums(network, inputs)
    final = weights[-1] if weights else []

    curve = _Panel(0, nice_ticks(min(sums + [-6.0]), max(sums + [6.0]), TICKS),
                   nice_ticks(0.0, 1.0, TICKS))
    curve.frame("(a) The sigmoid curve after %d iterations" % iterations,
                "weighted sum of the %sinputs" % ("" if post or not hasattr(network, "layers")
                                                   else "output neuron's "), "output")
    xs = [curve.x_ticks[0] + k * (curve.x_ticks[-1] - curve.x_ticks[0]) / 200 for k in range(201)]
    curve.line(xs, [sigmoid(x) for x in xs], "#555555")
    for target, total in zip(first_targets, sums):
        curve.point(total, sigmoid(total), _target_colour(target))
    legend = [(_target_colour(target), "inputs [%s], target %s: output %s"
               % (_row_text(row), _row_text([target]), format_fixed(sigmoid(total), 4)))
              for row, target, total in zip(inputs, first_targets, sums)]
    if len(legend) > LEGEND_LINES:
        legend = legend[:LEGEND_LINES - 1] + [("#999999", "and %d more examples"
                                               % (len(legend) - LEGEND_LINES + 1))]
    curve.legend(legend)

    axis = logarithmic_ticks(samples[-1] if samples else 1)
    error = _Panel(1, axis, nice_ticks(0.0, max(errors + [0.5]), TICKS), logarithmic=True)
    error.frame("(b) Mean absolute error", "iteration (logarithmic)", "mean |target - output|")
    every_weight = [w for after in weights for w in after]
    path = _Panel(2, axis, nice_ticks(min(every_weight + [-1.0]), max(every_weight + [1.0]), TICKS),
                  logarithmic=True)
    path.frame("(c) The synaptic weights", "iteration (logarithmic)", "weight after the iteration")
    if samples:
        error.line(samples, errors, COLOURS[0])
        for j in range(len(final)):
            column = [w[j] for w in weights]
            colour = COLOURS[j % len(COLOURS)]
            path.line(samples, column, colour)
            path.point(samples[-1], column[-1], colour)
        if len(final) <= LEGEND_LINES:
            names = ["weight %d" % (j + 1) for j in range(len(final))]
            if not hasattr(network, "layers") and network.bias is not None:
                names[-1] = "bias"
            path.legend([(COLOURS[j % len(COLOURS)], "%s: %s" % (name, format_fixed(w, 4)))
                         for j, (name, w) in enumerate(zip(names, final))])
        else:
            path.legend([("#999999", "%d weights" % len(final))])
    else:
        error.note("no iterations")
        path.note("no iterations")

    drawing = network_svg(*network._layer_weights())
    drawing_width, drawing_height = _size_of(drawing)
    scale = min(1.0, WIDTH / drawing_width)
    height = HEIGHT + 30 + drawing_height * scale
    drawing = drawing.replace(
        "<svg ", '<svg x="%s" y="%s" width="%s" height="%s" ' % (
            _number((WIDTH - drawing_width * scale) / 2), _number(HEIGHT + 30),
            _number(drawing_width * scale), _number(drawing_height * scale)), 1)
    drawing = _without_size(drawing)
    if title is None:
        title = "The post's neuron, seed %d, %d iterations" % (seed, iterations)

    return "\n".join([
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<svg xmlns="http://www.w3.org/2000/svg" %s>' % size_attributes(WIDTH, height),
        "<title>%s</title>" % escape(title),
        "<style>",
        "  text { font-family: sans-serif; font-size: 12px; fill: #222222; }",
        "  .title { font-size: 14px; font-weight: bold; }",
        "  .plot-area { fill: none; stroke: #999999; }",
        "  .tick { stroke: #999999; }",
        "  polyline.data { fill: none; stroke-width: 2; }",
        "  .legend { font-size: 11px; }",
        "</style>",
        '<rect width="%d" height="%s" fill="white"/>' % (WIDTH, _number(height)),
        curve.svg("a"), error.svg("b"), path.svg("c"),
        '<g class="panel" id="panel-d">',
        '<text class="title" x="%s" y="%s" text-anchor="middle">(d) The trained network</text>'
        % (_number(WIDTH / 2), _number(HEIGHT + 16)),
        drawing,
        "</g>",
        "</svg>",
    ]) + "\n"


def _size_of(svg):
    """The width and height of the viewBox in the first tag of ``svg`` (a
    diagram): its size in its own units, whatever size it is shown at.

    >>> _size_of('<svg width="800.00" height="200.00" viewBox="0 0 1600.00 400.00">')
    (1600.0, 400.0)
    """
    head = svg[:svg.index(">")]
    _, _, width, height = head.split(' viewBox="')[1].split('"')[0].split()
    return float(width), float(height)


def _without_size(svg):
    # The diagram's own width and height follow ours in its first tag: drop them.
    head, rest = svg[:svg.index(">")], svg[svg.index(">"):]
    parts = head.split(" ")
    kept, seen = [], set()
    for part in parts:
        key = part.split("=")[0]
        if key in ("width", "height") and key in seen:
            continue
        seen.add(key)
        kept.append(part)
    return " ".join(kept) + rest

