"""Four diagrams of a real training run, drawn as one SVG with plain strings.

(a) the sigmoid curve, with the training examples placed on it by their
    weighted sums after training (the output neuron's, for layers), as in the
    post's diagram of the curve, each dot numbered by its example: green and
    filled for a target of 1, purple and hollow for 0, as in the lab;
(b) the mean absolute error of each iteration, on a logarithmic iteration
    axis, which shows how fast the early learning is;
(c) each synaptic weight after each iteration, on the same axis: blue
    where it ends positive, red where it ends negative, as in (d); a dash
    pattern for each weight (one neuron) or for each layer (layers);
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
from neuron_pure.diagram import NEGATIVE, POSITIVE, network_svg, sign_colour
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
# One meaning per colour, as in the lab (lab.css): blue and red are a weight's
# sign (diagram.POSITIVE, NEGATIVE); green filled and purple hollow marks
# are an example's target, 1 or 0.
TARGET_ONE, TARGET_ZERO, INK = "#1b7837", "#762a83", "#333333"
DASHES = ["", "9 4", "2 3", "12 3 3 3", "5 5", "1 6"]   # one per weight, or per layer
LEGEND_ROW = 16             # px between two lines of a legend, under its panel
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
        self.parts, self.legends = [], 0

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

    def line(self, xs, ys, colour, dash=""):
        points = " ".join("%s,%s" % (_number(self.x(x)), _number(self.y(y))) for x, y in zip(xs, ys))
        self.parts.append('<polyline class="data" points="%s" stroke="%s"%s/>' % (
            points, colour, ' stroke-dasharray="%s"' % dash if dash else ""))

    def point(self, x, y, colour, filled=True):
        self.parts.append(_mark(self.x(x), self.y(y), colour, filled, "data"))

    def legend(self, entries):
        """Lines of ``(mark, text)`` under the panel, clear of its curves:
        ``mark`` is ``(colour, filled)`` for a dot, ``(colour, dash)`` for a line."""
        self.legends = len(entries)
        for k, ((colour, style), text) in enumerate(entries):
            x, y = self.left - MARGIN_LEFT + 14, HEIGHT + 14 + LEGEND_ROW * k
            if isinstance(style, bool):
                self.parts.append(_mark(x + 8, y - 4, colour, style, "legend-mark", 4))
            else:
                self.parts.append('<line class="legend-mark" x1="%s" y1="%s" x2="%s" y2="%s" '
                                  'stroke="%s" stroke-width="2" stroke-dasharray="%s"/>'
                                  % (_number(x), _number(y - 4), _number(x + 20), _number(y - 4),
                                     colour, style or "none"))
            self.parts.append('<text class="legend" x="%s" y="%s">%s</text>'
                              % (_number(x + 26), _number(y), escape(text)))

    def numbers(self, points):
        """Each ``(x, y, colour)`` dot numbered from 1, off the curve: above and
        left of it where the curve climbs, below and right where it is flat at
        the top; moved along where two numbers would meet."""
        placed = []
        for k, (x, y, colour) in enumerate(points):
            high = y > 0.8
            px, py = self.x(x) + (9 if high else -9), self.y(y) + (17 if high else -8)
            while any(abs(px - qx) < 16 and abs(py - qy) < 12 for qx, qy in placed):
                py += 12 if high else -12
            placed.append((px, py))
            self.parts.append('<text class="example" x="%s" y="%s" text-anchor="%s" fill="%s">%d</text>'
                              % (_number(px), _number(py), "start" if high else "end", colour, k + 1))

    def note(self, text):
        self.parts.append('<text class="note" x="%s" y="%s" text-anchor="middle">%s</text>'
                          % (_number((self.left + self.right) / 2),
                             _number((self.top + self.bottom) / 2), text))

    def svg(self, name):
        # The text's look as attributes, not a style rule, which would also
        # restyle the network's drawing in panel (d) and every coloured label.
        return ('<g class="panel" id="panel-%s" font-size="12" fill="#222222">\n  %s\n</g>'
                % (name, "\n  ".join(self.parts)))


# ---------------------------------------------------------------------------
# The picture.

def _mark(x, y, colour, filled, kind, radius=4.5):
    # A target's dot: filled for 1, hollow (white inside) for 0.
    return ('<circle class="%s" cx="%s" cy="%s" r="%s" fill="%s" stroke="%s" stroke-width="2"/>'
            % (kind, _number(x), _number(y), _number(radius), colour if filled else "white", colour))


def _target_mark(target):
    return (TARGET_ONE, True) if target >= 0.5 else (TARGET_ZERO, False)


def _series_styles(network, count):
    """Each weight's dash pattern in panel (c), and the legend's lines for
    them: one pattern per layer (its weights, then its biases), or, for one
    neuron, one per weight (and ``None``: each weight has its own line)."""
    weights, biases = network._layer_weights()
    if len(weights) == 1:
        return [DASHES[j % len(DASHES)] for j in range(count)], None
    styles, legend = [], []
    for k, matrix in enumerate(weights):
        size = len(matrix) * len(matrix[0])
        extra = len(biases[k]) if biases is not None and biases[k] is not None else 0
        styles += [DASHES[k % len(DASHES)]] * (size + extra)
        legend.append(((INK, DASHES[k % len(DASHES)]), "layer %d: %d weights%s" % (
            k + 1, size, " and %d bias%s" % (extra, "es" if extra > 1 else "") if extra else "")))
    return styles, legend


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
        curve.point(total, sigmoid(total), *_target_mark(target))
    curve.numbers([(total, sigmoid(total), _target_mark(target)[0])
                   for target, total in zip(first_targets, sums)])
    legend = [(_target_mark(target), "%d: inputs [%s], target %s: output %s"
               % (k + 1, _row_text(row), _row_text([target]), format_fixed(sigmoid(total), 4)))
              for k, (row, target, total) in enumerate(zip(inputs, first_targets, sums))]
    if len(legend) > LEGEND_LINES:
        legend = legend[:LEGEND_LINES - 1] + [(("#999999", True), "and %d more examples"
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
        error.line(samples, errors, INK)
        styles, layers = _series_styles(network, len(final))
        for j in range(len(final)):
            column = [w[j] for w in weights]
            colour = sign_colour(column[-1])
            path.line(samples, column, colour, styles[j])
            path.point(samples[-1], column[-1], colour)
        signs = [((POSITIVE, ""), "blue: positive at the end"), ((NEGATIVE, ""), "red: negative at the end")]
        if layers is None and len(final) <= LEGEND_LINES:
            names = ["weight %d" % (j + 1) for j in range(len(final))]
            if not hasattr(network, "layers") and network.bias is not None:
                names[-1] = "bias"
            path.legend([((sign_colour(w), styles[j]),
                          "%s: %s" % (name, format_fixed(w, 4)))
                         for j, (name, w) in enumerate(zip(names, final))])
        else:
            path.legend((layers or [((INK, ""), "%d weights" % len(final))]) + signs)
    else:
        error.note("no iterations")
        path.note("no iterations")

    charts = HEIGHT + 10 + LEGEND_ROW * max(p.legends for p in (curve, error, path))
    drawing = network_svg(*network._layer_weights())
    drawing_width, drawing_height = _size_of(drawing)
    scale = min(1.0, WIDTH / drawing_width)
    height = charts + 30 + drawing_height * scale
    drawing = drawing.replace(
        "<svg ", '<svg x="%s" y="%s" width="%s" height="%s" ' % (
            _number((WIDTH - drawing_width * scale) / 2), _number(charts + 30),
            _number(drawing_width * scale), _number(drawing_height * scale)), 1)
    drawing = _without_size(drawing)
    if title is None:
        title = "The post's neuron, seed %d, %d iterations" % (seed, iterations)

    return "\n".join([
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<svg xmlns="http://www.w3.org/2000/svg" %s font-family="sans-serif">'
        % size_attributes(WIDTH, height),
        "<title>%s</title>" % escape(title),
        "<style>",
        "  .title { font-size: 14px; font-weight: bold; }",
        "  .plot-area { fill: none; stroke: #999999; }",
        "  .tick { stroke: #999999; }",
        "  polyline.data { fill: none; stroke-width: 2; }",
        "  .legend { font-size: 11px; }",
        "  .example { font-size: 12px; font-weight: bold; }",
        "</style>",
        '<rect width="%d" height="%s" fill="white"/>' % (WIDTH, _number(height)),
        curve.svg("a"), error.svg("b"), path.svg("c"),
        '<g class="panel" id="panel-d">',
        '<text class="title" x="%s" y="%s" text-anchor="middle">(d) The trained network</text>'
        % (_number(WIDTH / 2), _number(charts + 16)),
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

