"""One self-contained HTML page to step through a training run, iteration by iteration.

``page_html(network, inputs, targets, iterations)`` trains ``network`` and
returns one HTML file that holds, for the selected iteration:

* the network drawn (``neuron_pure.diagram``) with that iteration's weights;
* the training set, with each example's weighted sum and output then;
* the sigmoid curve with the examples placed on it by their weighted sums
  (for a layered network, the output layer's);
* the mean absolute error over the iterations, the selected one marked;
* the explanation of that iteration: every formula with its numbers.

A slider selects the iteration, and so does the address's fragment,
``run.html#iteration=25`` (kept in sync both ways, so a teacher can link to
one iteration).  Iteration 0 is the starting weights; iteration N shows the
weights after N iterations and the arithmetic of iteration N, which produced
them.  Runs longer than 10,000 iterations are sampled
(``page_run.kept_iterations``); a fragment naming an iteration that was not
kept shows the nearest earlier one and says so.

**Every number on the page is computed here, in Python, and embedded as
text**: the weights, the outputs, the error, every number of every
explanation and every coordinate.  The page's script only copies text into
the page; it does no arithmetic.  To keep the file small (the post's 10,001
iterations in 1.2 MB), each quantity is stored as a column of texts, one per
iteration, in the exact compact forms of ``neuron_pure.columns``.

>>> from neuron_pure import NeuralNetwork
>>> html = page_html(NeuralNetwork(), [[0, 0, 1], [1, 1, 1], [1, 0, 1], [0, 1, 1]],
...                  [[0], [1], [1], [0]], 3)
>>> html.startswith("<!DOCTYPE html>") and "http" not in html.replace(SVG_NAMESPACE, "")
True

The page is built from four operations every network offers:
``train(inputs, targets, n)``, ``train_step(inputs, targets)`` (one iteration,
returning its record), ``think(rows)`` and its weights as
``diagram.weights_of`` reads them, plus a function that writes an
iteration's explanation from its record, ``explain_lines(step, inputs,
targets, iteration)``.  ``page_html`` checks everything it is given, then
``neuron_pure.page_run`` records the run and this module writes the page:
the pictures that change with the iteration, the data, the HTML.
"""

import math

from neuron_pure.arithmetic import sigmoid
from neuron_pure.columns import encode_columns, split_numbers, to_json
from neuron_pure.diagram import (
    NEGATIVE, POSITIVE, check_names, largest_magnitude, network_svg, synapse_widths,
    weight_labels)
from neuron_pure.errors import NeuronPureError
from neuron_pure.explain import (
    given_text, network_description, network_title, post_title)
from neuron_pure.float_text import format_fixed
from neuron_pure.multilayer import check_network
from neuron_pure.neuron import (
    POST_ITERATIONS, POST_SEED, POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS, NeuralNetwork)
from neuron_pure.page_run import (
    explanation_writer, fewer_iterations, kept_iterations, record_run)
from neuron_pure.page_template import SCRIPT, STYLE, TEMPLATE
from neuron_pure.svg import Axes, coordinate, escape, nice_ticks, sampled_iterations, tick_text
from neuron_pure.validation import (
    check_count, check_function, check_rows, check_targets, check_text, is_integer)

__all__ = ["page_html"]

MAXIMUM_BYTES = 3 * 1024 * 1024     # one page, sent by mail or opened on a projector
SVG_NAMESPACE = "http://www.w3.org/2000/svg"
TARGET_COLOURS = ["#c62828", "#1f5fb4"]     # target below 0.5, at or above it


# ---------------------------------------------------------------------------
# Pictures that change with the iteration: drawn here, with every coordinate.

CURVE = (560, 330, 62, 18, 22, 52)      # width, height, left, right, top, bottom margins
ERROR = (560, 300, 62, 34, 22, 52)
TICKS = 6                               # about as many steps along each value axis


def _px(value):
    # The page's pictures are stored once per kept iteration: 1 decimal.
    return coordinate(value, 1)


class _Axes(Axes):
    """A picture of the page: its size, its plot area (the margins of ``box``)
    and the mapping of data to pixels (y grows upward)."""

    def __init__(self, box, x_low, x_high, y_low, y_high):
        width, height, left, right, top, bottom = box
        Axes.__init__(self, left, width - right, top, height - bottom, x_low, x_high, y_low, y_high)
        self.width, self.height = width, height

    def frame(self, x_ticks, y_ticks, x_label, y_label):
        """The plot area, ticks (``(value, text)`` pairs) and axis labels, as SVG."""
        parts = ['<rect x="%s" y="%s" width="%s" height="%s" fill="none" stroke="#999999"/>'
                 % (_px(self.left), _px(self.top), _px(self.right - self.left),
                    _px(self.bottom - self.top))]
        for value, text in x_ticks:
            x = _px(self.x(value))
            parts.append('<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#999999"/>'
                         '<text x="%s" y="%s" text-anchor="middle">%s</text>'
                         % (x, _px(self.bottom), x, _px(self.bottom + 5), x,
                            _px(self.bottom + 20), text))
        for value, text in y_ticks:
            y = _px(self.y(value))
            parts.append('<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#999999"/>'
                         '<text x="%s" y="%s" text-anchor="end">%s</text>'
                         % (_px(self.left - 5), y, _px(self.left), y, _px(self.left - 8),
                            _px(self.y(value) + 5), text))
        parts.append('<text x="%s" y="%s" text-anchor="middle">%s</text>'
                     % (_px((self.left + self.right) / 2), _px(self.height - 10), x_label))
        parts.append('<text transform="translate(%s %s) rotate(-90)" text-anchor="middle">%s</text>'
                     % (_px(16), _px((self.top + self.bottom) / 2), y_label))
        return parts

    def svg(self, parts, label):
        return ('<svg xmlns="%s" viewBox="0 0 %d %d" role="img" aria-label="%s" '
                'font-family="Helvetica, Arial, sans-serif" font-size="15">\n%s\n</svg>'
                % (SVG_NAMESPACE, self.width, self.height, label, "\n".join(parts)))


def _curve_axes(run):
    reach = 6.0
    for sums in run.sums:
        for row in sums:
            for total in row:
                reach = max(reach, abs(total))
    ticks = nice_ticks(-reach, reach, TICKS)
    axes = _Axes(CURVE, ticks[0], ticks[-1], 0.0, 1.0)
    return axes, ticks


def _curve_svg(run, axes, ticks):
    parts = axes.frame([(t, tick_text(t, ticks)) for t in ticks],
                       [(v, format_fixed(v, 1)) for v in (0.0, 0.5, 1.0)],
                       "weighted sum of the output neuron's inputs", "output")
    steps = 240
    points = []
    for k in range(steps + 1):
        x = axes.x_low + (axes.x_high - axes.x_low) * k / steps
        points.append("%s,%s" % (_px(axes.x(x)), _px(axes.y(sigmoid(x)))))
    parts.append('<polyline points="%s" fill="none" stroke="#555555" stroke-width="2.5"/>'
                 % " ".join(points))
    number = 0
    for i, target in enumerate(run.targets):
        for j, value in enumerate(target):
            colour = TARGET_COLOURS[1 if value >= 0.5 else 0]
            parts.append('<circle class="np-point" data-point="%d" r="9" cx="0" cy="0" fill="%s" '
                         'stroke="white" stroke-width="2"><title>example %d%s, target %s</title>'
                         '</circle>' % (number, colour, i + 1,
                                        (" output %d" % (j + 1)) if len(target) > 1 else "",
                                        given_text(value)))
            number += 1
    binary = all(value in (0, 1) for target in run.targets for value in target)
    names = ["target 0", "target 1"] if binary else ["target below 0.5", "target 0.5 or more"]
    for k in (0, 1):
        parts.append('<circle cx="%s" cy="%s" r="7" fill="%s"/><text x="%s" y="%s">%s</text>'
                     % (_px(axes.left + 18), _px(axes.top + 18 + 24 * k), TARGET_COLOURS[k],
                        _px(axes.left + 32), _px(axes.top + 23 + 24 * k), names[k]))
    return axes.svg(parts, "the sigmoid curve with the training examples on it")


def _error_axes(run):
    top = max(run.errors + [1e-9])
    ticks = nice_ticks(0.0, top, TICKS)
    axes = _Axes(ERROR, 0.0, math.log10(run.iterations + 1) if run.iterations else 1.0,
                 0.0, ticks[-1])
    return axes, ticks


def _error_position(axes, iteration, error):
    # The iteration axis is logarithmic in 1 + iteration, so that iteration 0 has a place.
    return axes.x(math.log10(iteration + 1)), axes.y(error)


def _error_svg(run, axes, ticks):
    marks, power = [(0.0, "0")], 1
    while power <= max(run.iterations, 1):
        marks.append((math.log10(power + 1), str(power)))
        power *= 10
    if run.iterations and run.iterations + 1 not in [10 ** k + 1 for k in range(len(marks))]:
        marks.append((math.log10(run.iterations + 1), str(run.iterations)))
    marks = [m for m in marks if m[0] <= axes.x_high]
    parts = axes.frame(marks, [(t, tick_text(t, ticks)) for t in ticks],
                       "iteration (logarithmic scale of 1 + iteration)", "mean |target - output|")
    # the line through at most about 400 of them: every one up to 200, then 80 per power of ten
    drawn = set(sampled_iterations(run.iterations, 100, 80, every_up_to=200))
    points = ["%s,%s" % tuple(_px(v) for v in _error_position(axes, iteration, error))
              for iteration, error in zip(run.samples, run.errors) if iteration in drawn]
    parts.append('<polyline points="%s" fill="none" stroke="#1f5fb4" stroke-width="2.5"/>'
                 % " ".join(points))
    parts.append('<line id="np-error-rule" x1="0" y1="%s" x2="0" y2="%s" stroke="#888888" '
                 'stroke-dasharray="4 4"/>' % (_px(axes.top), _px(axes.bottom)))
    parts.append('<circle id="np-error-mark" r="8" cx="0" cy="0" fill="#ff8f00" stroke="white" '
                 'stroke-width="2"/>')
    return axes.svg(parts, "the mean absolute error over the iterations")


# ---------------------------------------------------------------------------
# The page.

def _columns(run, largest, curve_axes, error_axes):
    """The page's data: named groups of columns of texts, one row per kept
    iteration, and the explanations' skeletons."""
    skeletons, skeleton_index, rows = [], {}, []
    for lines in run.explanations:
        if lines is None:
            rows.append(("-1", []))
            continue
        pieces, numbers = split_numbers("\n".join(lines))
        key = "\x00".join(pieces)
        if key not in skeleton_index:
            skeleton_index[key] = len(skeletons)
            skeletons.append(pieces)
        rows.append((str(skeleton_index[key]), numbers))
    holes = max([len(numbers) for _, numbers in rows] + [0])

    groups = []                                  # (name, columns)
    groups.append(("iteration", [[str(n) for n in run.samples]]))
    groups.append(("skeleton", [[index for index, _ in rows]]))
    groups.append(("explain", [[numbers[k] if k < len(numbers) else "" for _, numbers in rows]
                               for k in range(holes)]))
    labels = [weight_labels(w, b) for w, b in zip(run.weights, run.biases)]
    groups.append(("labels", _transpose(labels)))
    groups.append(("widths", _transpose([synapse_widths(w, largest) for w in run.weights])))
    groups.append(("sums", _transpose([[format_fixed(v) for row in sums for v in row]
                                       for sums in run.sums])))
    groups.append(("outputs", _transpose([[format_fixed(v) for row in outputs for v in row]
                                          for outputs in run.outputs])))
    groups.append(("error", [[format_fixed(e) for e in run.errors]]))
    points = []
    for sums in run.sums:
        row = []
        for totals in sums:
            for total in totals:
                row += [_px(curve_axes.x(total)), _px(curve_axes.y(sigmoid(total)))]
        points.append(row)
    groups.append(("points", _transpose(points)))
    groups.append(("mark", _transpose([[_px(v) for v in _error_position(error_axes, n, e)]
                                       for n, e in zip(run.samples, run.errors)])))
    names, columns, at = {}, [], 0
    for name, group in groups:
        names[name] = [at, len(group)]
        columns += group
        at += len(group)
    return names, columns, skeletons


def _transpose(rows):
    return [[row[k] for row in rows] for k in range(len(rows[0]))] if rows else []


def _example_table(run, input_names, output_names):
    """The training set: inputs, then per output its target, weighted sum and
    output (empty cells, which the script fills for the selected iteration)."""
    outputs = len(run.targets[0])
    if output_names is None:
        output_names = ["output %d" % (j + 1) for j in range(outputs)] if outputs > 1 else [""]
    head = "".join("<th>%s</th>" % escape(name) for name in input_names)
    for name in output_names:
        suffix = "<br>" + escape(name) if outputs > 1 else ""
        head += ('<th class="first">target%s</th><th>weighted sum%s</th><th>output%s</th>'
                 % (suffix, suffix, suffix))
    rows, number = [], 0
    for i, (row, target) in enumerate(zip(run.inputs, run.targets)):
        cells = "".join("<td>%s</td>" % given_text(x) for x in row)
        for value in target:
            cells += ('<td class="first">%s</td><td data-sum="%d"></td>'
                      '<td class="output" data-output="%d"></td>' % (given_text(value), number, number))
            number += 1
        rows.append("<tr><td>%d</td>%s</tr>" % (i + 1, cells))
    return ('<table class="examples"><thead><tr><th>example</th>%s</tr></thead>'
            "<tbody>%s</tbody></table>" % (head, "".join(rows)))


def page_html(network, inputs, targets, iterations, explain_lines=None,
              title="The post's neuron", description=None, input_names=None, output_names=None,
              samples=None, limit=MAXIMUM_BYTES):
    """Train ``network`` ``iterations`` times on ``inputs``/``targets`` and
    return the page (see the module's docstring) as text.

    ``explain_lines(step, inputs, targets, iteration)`` writes an iteration's
    explanation (default: as ``explain`` does, ``inputs`` and ``targets``
    given as checked rows); ``samples``, the iterations to keep, rising from
    0 (default: every one up to 10,000, else every one of the first 100,
    then 50 per power of ten, and the last).

    A page that would be larger than ``limit`` bytes keeps fewer iterations
    (every one of the first 100, then 50 per power of ten, and the last); if
    even that is too large, ``NeuronPureError`` says so.
    """
    # Everything is checked before the training runs.
    shape = check_network(network).shape
    check_text(title, "title")
    if description is not None:
        check_text(description, "description")
    input_names = check_names(input_names, shape[0][0], "input")
    output_names = check_names(output_names, shape[-1][1], "output")
    check_count(limit, "limit")
    check_count(iterations, "iterations")
    inputs = check_rows(inputs, shape[0][0], "training input")
    targets = check_targets(targets, len(inputs), shape[-1][1])
    samples = kept_iterations(iterations) if samples is None else _checked_samples(samples,
                                                                                    iterations)
    if explain_lines is None:
        explain_lines = _writer_for(network, len(inputs))
    check_function(explain_lines, "explain_lines")

    run = record_run(network, inputs, targets, iterations, explain_lines, samples)
    if description is None:
        description = "%d examples, %d iterations." % (len(inputs), iterations)
    if input_names is None:
        input_names = ["input %d" % (k + 1) for k in range(len(inputs[0]))]
    html = _render(run, title, description, input_names, output_names)
    fewer = fewer_iterations(iterations)
    if _size(html) > limit and len(fewer) < len(run.samples):
        kept = set(run.samples)
        if all(iteration in kept for iteration in fewer):
            html = _render(run.subset(fewer), title, description, input_names, output_names)
    if _size(html) > limit:
        raise NeuronPureError(
            "the page would take %d bytes, more than %d: train fewer iterations or on fewer "
            "examples" % (_size(html), limit))
    return html


def _checked_samples(samples, iterations):
    """``samples`` as a list, if they are whole numbers rising from 0 or more
    to at most ``iterations``."""
    if not isinstance(samples, (list, tuple)) or not samples or not all(
            is_integer(iteration) for iteration in samples):
        raise NeuronPureError("the kept iterations must be a non-empty list of whole numbers, "
                              "not %r" % (samples,))
    previous = -1
    for iteration in samples:
        if not previous < iteration <= iterations:
            raise NeuronPureError("the kept iterations must rise, from 0 to at most %d, not %r"
                                  % (iterations, samples))
        previous = iteration
    return list(samples)


def _size(text):
    return len(text.encode("utf-8"))


def _render(run, title, description, input_names, output_names):
    """The page's HTML: each value put into its place in ``TEMPLATE`` once,
    user text escaped (never searched again for places, so a file named
    ``{{LAST}}.csv`` is named as it is)."""
    largest = max([largest_magnitude(w) for w in run.weights] + [1e-12])
    curve_axes, curve_ticks = _curve_axes(run)
    error_axes, error_ticks = _error_axes(run)
    names, columns, skeletons = _columns(run, largest, curve_axes, error_axes)
    data = {
        "count": len(run.samples),
        "last": str(run.iterations),
        "groups": names,
        "skeletons": skeletons,
        "columns": encode_columns(columns),
        "negative": NEGATIVE, "positive": POSITIVE,
    }
    if len(run.samples) == run.iterations + 1:
        kept = "Every iteration can be selected."
    elif run.samples == fewer_iterations(run.iterations):
        kept = ("%d of the %d iterations are kept: every one of the first 100, then at least 50 "
                "per power of ten, and the last." % (len(run.samples), run.iterations + 1))
    else:
        kept = "%d of the %d iterations are kept." % (len(run.samples), run.iterations + 1)
    diagram = network_svg(run.weights[0], run.biases[0], input_names=input_names,
                          output_names=output_names, largest=largest)
    return _filled(TEMPLATE, {
        "TITLE": escape(title), "DESCRIPTION": escape(description), "KEPT": escape(kept),
        "LAST_INDEX": str(len(run.samples) - 1), "LAST": str(run.iterations),
        "DIAGRAM": diagram, "NETWORK_CLASS": "wide" if len(run.weights[0]) > 1 else "narrow",
        "TABLE": _example_table(run, input_names, output_names),
        "CURVE": _curve_svg(run, curve_axes, curve_ticks),
        "ERROR": _error_svg(run, error_axes, error_ticks),
        "DATA": to_json(data), "SCRIPT": SCRIPT, "STYLE": STYLE,
    })


def _filled(template, values):
    """``template`` with each ``{{NAME}}`` replaced by ``values[NAME]``, in one
    pass over the template: a value is never searched for places.

    >>> _filled("<h1>{{A}}</h1>{{B}}", {"A": "{{B}}", "B": "b"})
    '<h1>{{B}}</h1>b'
    """
    pieces = template.split("{{")
    out = [pieces[0]]
    for piece in pieces[1:]:
        name, rest = piece.split("}}", 1)
        out += [values[name], rest]
    return "".join(out)


def _writer_for(network, examples, data_name=None):
    return explanation_writer(
        lambda iteration: network_title(iteration, network, examples, data_name))


# ---------------------------------------------------------------------------
# The command line's two pages (``python3 -m neuron_pure page``).

def post_page(seed=POST_SEED, iterations=POST_ITERATIONS):
    """The page of the post's run: its neuron, seeded with ``seed``, trained
    ``iterations`` times on its four examples.  Trusts: whole numbers (the
    command line parsed them; ``page_html`` checks them again)."""
    return page_html(
        NeuralNetwork(seed=seed), POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS, iterations,
        explanation_writer(lambda iteration: post_title(iteration, seed)),
        title="The post's neuron, seed %d" % seed,
        description="One sigmoid neuron with three inputs, trained on the post's four examples "
                    "(the output is the first input) for %d iterations." % iterations)


def page_for_network(network, inputs, targets, iterations, data_name=None):
    """The page of ``network`` (new: it is trained) on ``inputs`` and
    ``targets`` (read from the file ``data_name``), explained as ``explain``
    explains it (``page --data FILE --hidden N``).  Trusts: the command line
    built the network and read the examples; ``page_html`` checks them."""
    name = network_description(network)
    name = name[0].upper() + name[1:]
    description = "%s, trained on %s for %d iterations." % (
        name, "%d examples" % len(inputs) if data_name is None
        else "the %d examples of %s" % (len(inputs), data_name), iterations)
    return page_html(network, inputs, targets, iterations,
                     _writer_for(network, len(inputs), data_name),
                     title=name, description=description)
