"""The network drawn: inputs, neurons and synapses, from the real weights, as SVG.

The post draws its neuron as three inputs joined to one circle by three
synapses.  ``network_svg`` draws any network of layers that way, from its
actual numbers:

* each synapse is a line whose **colour** is the weight's sign (blue for
  positive, red for negative: the sign its label shows) and whose **width**
  grows with its magnitude on one scale for every drawing, ``1.5 + |weight|``
  px up to 10 (so an untrained network looks thinner than a trained one);
  a page showing a whole run passes ``largest``, its run's largest weight,
  and is drawn ``1.5 + 8.5 * |weight| / largest`` px wide instead;
* each synapse carries its weight as a label, with 8 decimals, as ``explain``
  prints it, in a white box on its line where no other line crosses it (and
  in its ``<title>``, shown on hover); a neuron's bias is written under it.

``weights`` is a list of layer matrices: layer k's matrix has one row per input
of that layer and one column per neuron.  The post's neuron is one layer of
three rows and one column:

>>> svg = network_svg([[[9.672993027736892], [-0.20784349926631962], [-4.62963668773159]]])
>>> svg.startswith("<svg") and svg.count('class="np-synapse"')
3
>>> "9.67299303" in svg and "-0.20784350" in svg and "-4.62963669" in svg
True

Every number and coordinate is written with ``format_fixed``, so the text is the
same on every interpreter.  There is no XML declaration and no ``<style>``
element (the colours are attributes), so the drawing can be inlined in an HTML
page or returned by a notebook's ``_repr_svg_`` without styling anything
around it.  A drawing wider than 800 px says it is 800 px wide and keeps its
proportions through its viewBox, so a notebook shows it whole.
"""

import math

from neuron_pure.errors import NeuronPureError
from neuron_pure.float_text import format_fixed
from neuron_pure.svg import Box, coordinate as _n, crosses, escape, size_attributes, text_width
from neuron_pure.validation import check_layers, check_number, check_text

__all__ = ["network_svg", "weights_of"]

POSITIVE = "#1f5fb4"        # blue: a weight that excites
NEGATIVE = "#c62828"        # red: a weight that inhibits
PLACES = 8                  # decimals of every label, as explain prints them

THIN, THICK = 1.5, 10.0     # stroke widths of a zero weight and of the widest line
PER_UNIT = 1.0              # px of stroke width per unit of |weight|: one scale for all
INPUT_RADIUS, NEURON_RADIUS = 15, 24
PITCH = 140                 # vertical distance between two nodes of a column
LABEL_SIZE, NAME_SIZE, TITLE_SIZE, KEY_SIZE = 16, 16, 18, 16
LABEL_PAD, LABEL_HEIGHT = 3, 20         # a label's box: room beside and around its text
T_CHOICES = (0.5, 0.4, 0.6, 0.3, 0.7, 0.35, 0.45, 0.55, 0.65, 0.25, 0.75, 0.2, 0.8, 0.15, 0.85)
GAP = 220                   # the narrowest gap between two columns of nodes
TITLE_HEIGHT, CAPTION_HEIGHT = 36, 40
MINIMUM_WIDTH = 640


# ---------------------------------------------------------------------------
# From a network to plain lists: the network's own checked copy (no import of
# the networks here: they draw themselves with this module).

def weights_of(network):
    """``(weights, biases)`` of a ``NeuralNetwork`` or a ``MultiLayerNetwork``,
    in the form ``network_svg`` takes: copies, checked as the network's
    methods check them (a caller may have replaced them).  ``biases`` is
    ``None`` when no layer has one, else one entry per layer, ``None`` or one
    bias per neuron.

    >>> from neuron_pure import NeuralNetwork
    >>> weights_of(NeuralNetwork.from_weights([[0.5], [-2.0]], 0.25))
    ([[[0.5], [-2.0]]], [[0.25]])
    """
    layer_weights = getattr(network, "_layer_weights", None)
    if layer_weights is None:
        raise NeuronPureError("cannot draw %r: it is neither a NeuralNetwork nor a "
                              "MultiLayerNetwork" % (network,))
    return layer_weights()


def _check_largest(largest):
    """``largest``: None (the one scale of every drawing) or a finite number, 0 or
    more (a magnitude: not ``True``)."""
    if largest is not None:
        if isinstance(largest, bool):
            raise NeuronPureError("largest is %r, not a number" % (largest,))
        if check_number(largest, "largest") < 0:
            raise NeuronPureError("largest is a magnitude, 0 or more, not %r" % (largest,))
    return largest


def check_names(names, count, what):
    """``names`` of the ``count`` inputs or outputs (``what``): ``None``, or a
    list of one ``str`` each (the rule of ``network_svg`` and ``page_html``).

    >>> check_names(["x1", "x2"], 2, "input")
    ['x1', 'x2']
    >>> check_names(["x1"], 2, "input")
    Traceback (most recent call last):
    ...
    neuron_pure.errors.NeuronPureError: 1 input names for 2 inputs
    """
    if names is None:
        return None
    if not isinstance(names, (list, tuple)):
        raise NeuronPureError("%s names must be None or a list of str, not %r" % (what, names))
    for name in names:
        check_text(name, "each %s name" % what)
    if len(names) != count:
        raise NeuronPureError("%d %s names for %s %ss" % (len(names), what, count, what))
    return list(names)


def _names(names, count, default):
    # Trusts: names checked (check_names), or None for the defaults.
    if names is not None:
        return names
    return [default] if count == 1 else ["%s %d" % (default, k + 1) for k in range(count)]


# ---------------------------------------------------------------------------
# What each synapse looks like: label, width, colour, in one order.
#
# The order is the drawing's: layer by layer, and in each layer input by input,
# neuron by neuron (the matrix's rows in order); then that layer's biases.
# These trust their caller: layers checked by check_layers (network_svg) or
# read from a checked network (the page), a magnitude checked or computed.

def weight_labels(weights, biases=None, places=PLACES):
    """Every weight's label, then each layer's biases, in drawing order
    (``float``: a weight ``True`` is drawn as numpy counts it, 1).

    >>> weight_labels([[[0.5, -2.0]]], [[1.0, 0.0]])
    ['0.50000000', '-2.00000000', '1.00000000', '0.00000000']
    """
    labels = []
    for k, matrix in enumerate(weights):
        labels += [format_fixed(float(value), places) for row in matrix for value in row]
        if biases is not None and biases[k] is not None:
            labels += [format_fixed(float(value), places) for value in biases[k]]
    return labels


def largest_magnitude(weights, biases=None):
    """The largest ``|weight|`` of a synapse (or, with ``biases``, of any
    weight including the biases).

    >>> largest_magnitude([[[0.5], [-2.0]]]), largest_magnitude([[[0.5]]], [[-3.0]])
    (2.0, 3.0)
    """
    values = [value for matrix in weights for row in matrix for value in row]
    for layer_biases in biases or []:
        values += list(layer_biases or [])
    return max(abs(value) for value in values)


def synapse_widths(weights, largest=None):
    """Each synapse's stroke width (text, 2 decimals), in drawing order:
    ``1.5 + |weight|`` px, at most 10, one scale for every network (so two
    drawings compare); or, with ``largest`` (a page showing a whole run passes
    the run's largest magnitude), ``1.5 + 8.5 * |weight| / largest``.

    >>> synapse_widths([[[9.5], [-0.5], [0.0]]])
    ['10.00', '2.00', '1.50']
    >>> synapse_widths([[[1.0], [-0.5], [0.0]]], 1.0)
    ['10.00', '5.75', '1.50']
    """
    widths = []
    for matrix in weights:
        for row in matrix:
            for value in row:
                if largest is None:
                    width = min(THICK, THIN + PER_UNIT * abs(value))
                else:
                    width = THIN + (THICK - THIN) * (min(1.0, abs(value) / largest)
                                                     if largest > 0 else 0.0)
                widths.append(format_fixed(width, 2))
    return widths


def _width_key(largest, places):
    # The legend's sentence for the scale synapse_widths used.
    if largest is None:
        return "line width: 1.5 + |weight| px, 10 at most"
    return "line width: |weight|, widest %s" % format_fixed(largest, places)


def sign_colour(value):
    """A weight's colour, ``NEGATIVE`` or ``POSITIVE``, by the sign its label
    shows: format_fixed writes "-" exactly when the sign bit is set (so -0.0
    and -1e-12 are drawn red, as "-0.00000000" reads).  The plot's too."""
    return NEGATIVE if math.copysign(1.0, value) < 0 else POSITIVE


def _synapse_colours(weights):
    """Each synapse's colour, in drawing order: ``POSITIVE`` or ``NEGATIVE``.

    >>> _synapse_colours([[[1.0], [-0.5]]]) == [POSITIVE, NEGATIVE]
    True
    """
    return [sign_colour(value) for matrix in weights for row in matrix for value in row]


# ---------------------------------------------------------------------------
# Layout: the columns of nodes, and each label's place along its synapse: on
# it, in a white box, a fraction t of the way along.  Each gap between two
# columns is as narrow as lets every label of the gap (and each bias under a
# neuron beside it) sit clear of the other labels, the nodes and every other
# line; where no width up to ``widest`` does, the one with the fewest
# lines through labels.

def _segments(gap, source, target, first):
    # The gap's synapses from x = 0 to x = gap, row by row (the drawing's order).
    start, end = (INPUT_RADIUS if first else NEURON_RADIUS), gap - NEURON_RADIUS
    return [(start, y0, end, y1) for y0 in source for y1 in target]


def _bias_box(x, y, width):
    return Box(x, y + NEURON_RADIUS + 4 + LABEL_HEIGHT / 2, width, LABEL_HEIGHT)


def _place(gap, source, target, first, width, fixed, strict):
    """Each label's t at this gap width (every label ``width`` wide), and
    the count of lines through labels; None when the labels do not fit, or
    (``strict``) when a line would cross one.  ``fixed``: the biases' boxes
    (they stand under the nodes at the gap's two ends, whatever its width)."""
    segments = _segments(gap, source, target, first)
    boxes = [box(gap) for box in fixed]
    crossings = sum(1 for box in boxes for segment in segments if crosses(segment, box))
    if strict and crossings:
        return None
    chosen = []
    for n, (x0, y0, x1, y1) in enumerate(segments):
        best = None
        for t in T_CHOICES:
            box = Box(x0 + t * (x1 - x0), y0 + t * (y1 - y0), width, LABEL_HEIGHT)
            if box.left < x0 + 4 or box.right > x1 - 4 or any(box.meets(b) for b in boxes):
                continue
            through = sum(1 for m, other in enumerate(segments) if m != n and crosses(other, box))
            if best is None or through < best[0]:
                best = (through, t, box)
            if through == 0:
                break
        if best is None or (strict and best[0]):
            return None
        crossings += best[0]
        chosen.append(best[1])
        boxes.append(best[2])
    return chosen, crossings


def _gap(source, target, first, width, fixed):
    """The narrowest gap, from ``GAP``, whose labels fit clear of every line;
    else, up to ``widest``, the one whose labels the fewest lines cross; and
    each label's t."""
    widest = max(2 * GAP, (width + 20) * (len(target) + 1))
    for gap in range(GAP, int(widest) + 1, 10):
        placed = _place(gap, source, target, first, width, fixed, True)
        if placed is not None:
            return gap, placed[0]
    fallback = (widest, [0.5] * len(source) * len(target), None)   # too wide to place: centred
    for gap in [GAP + (widest - GAP) * k / 4 for k in range(5)]:    # five widths: quick
        placed = _place(gap, source, target, first, width, fixed, False)
        if placed is not None and (fallback[2] is None or placed[1] < fallback[2]):
            fallback = (gap, placed[0], placed[1])
    return fallback[0], fallback[1]


def _box_width(texts, least):
    """The width of every label box of a gap (or of every bias): its widest
    text's, and at least that of ``least`` with 8 decimals, so that the
    drawing of one network stays put from one iteration to the next."""
    return max([text_width(least + "00000000", LABEL_SIZE)] +
               [text_width(text, LABEL_SIZE) for text in texts]) + 2 * LABEL_PAD


def _layout(sizes, labels, bias_texts, names, titled):
    """Column x positions, each column's node y positions, each synapse
    label's t, the width of the labels of each gap and of the biases, the
    bottom of the drawing's content and its width."""
    top = (TITLE_HEIGHT if titled else 0) + CAPTION_HEIGHT + NEURON_RADIUS
    middle = top + (max(sizes) - 1) * PITCH / 2
    ys = [[middle + (i - (n - 1) / 2) * PITCH for i in range(n)] for n in sizes]
    left = 20 + max(text_width(name, NAME_SIZE) for name in names[0]) + 8 + INPUT_RADIUS
    xs, ts, widths, index = [left], [], [], 0
    biased = _box_width([t for column in bias_texts for t in column if t is not None], "b = -0.")
    for k in range(1, len(sizes)):
        count = sizes[k - 1] * sizes[k]
        fixed = [lambda gap, y=y, shift=shift: _bias_box(gap * shift, y, biased)
                 for column, shift in ((k - 1, 0), (k, 1))
                 for y, text in zip(ys[column], bias_texts[column]) if text is not None]
        widths.append(_box_width(labels[index:index + count], "-0."))
        gap, chosen = _gap(ys[k - 1], ys[k], k == 1, widths[-1], fixed)
        xs.append(xs[-1] + gap)
        ts += chosen
        index += count
    content = xs[-1] + NEURON_RADIUS + 42 + max(text_width(n, NAME_SIZE) for n in names[1]) + 20
    width = max(content, MINIMUM_WIDTH)
    xs = [x + (width - content) / 2 for x in xs]
    lowest = max(column[-1] for column in ys) + NEURON_RADIUS
    if any(t is not None for column in bias_texts for t in column):
        lowest += 4 + LABEL_HEIGHT
    return xs, ys, ts, (widths, biased), lowest, width


# ---------------------------------------------------------------------------
# The drawing.

def _text(x, y, text, size, anchor="middle", colour="#222222", extra=""):
    return ('<text x="%s" y="%s" font-size="%d" text-anchor="%s" fill="%s"%s>%s</text>'
            % (_n(x), _n(y), size, anchor, colour, extra, escape(text)))


def _label(box, text, colour, extra):
    # A label in its white box, outlined in its synapse's colour.
    return ('<rect class="np-label-box" x="%s" y="%s" width="%s" height="%s" rx="4" fill="white" '
            'stroke="%s" stroke-width="1"/>\n'
            % (_n(box.left), _n(box.top), _n(box.right - box.left), _n(box.bottom - box.top), colour)
            + _text((box.left + box.right) / 2, (box.top + box.bottom) / 2 + LABEL_SIZE * 0.35, text,
                    LABEL_SIZE, colour=colour, extra=extra))


def _key(width, y, largest, places):
    """The key along the bottom: one row, or two when the drawing is narrow."""
    items = [("positive weight", POSITIVE), ("negative weight", NEGATIVE)]
    scale = _width_key(largest, places)
    swatches = sum(46 + text_width(text, KEY_SIZE) for text, _ in items)
    whole = swatches + 20 + text_width(scale, KEY_SIZE)
    x, parts = (width - (whole if whole <= width - 40 else swatches)) / 2, []
    for text, colour in items:
        parts += ['<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="6"/>'
                  % (_n(x), _n(y - 5), _n(x + 30), _n(y - 5), colour),
                  _text(x + 36, y, text, KEY_SIZE, anchor="start")]
        x += 46 + text_width(text, KEY_SIZE)
    if whole <= width - 40:
        return parts + [_text(x + 20, y, scale, KEY_SIZE, anchor="start", colour="#555555")], y
    return parts + [_text(width / 2, y + KEY_SIZE + 10, scale, KEY_SIZE, colour="#555555")], y + 26


def network_svg(weights, biases=None, input_names=None, output_names=None, title=None,
                largest=None, places=PLACES):
    """The network as an ``<svg>`` element (text), with a viewBox so it scales.

    ``weights``: one matrix per layer (rows: the layer's inputs; columns: its
    neurons).  ``biases``: ``None``, or per layer ``None`` or one bias per
    neuron.  ``input_names``, ``output_names``: labels of the inputs and of
    the last layer's outputs.  ``largest``: the magnitude drawn at full width
    (default: none, the one scale of every drawing, ``1.5 + |weight|`` px).

    Each synapse is a ``<line class="np-synapse">`` with ``data-synapse``
    (its place in the order of ``synapse_widths``) and a ``<title>`` (its
    weight, shown on hover), and its label a ``<text class="np-weight">``
    with ``data-index`` (its place in the order of ``weight_labels``); a bias
    is a ``<text class="np-bias">`` with the ``data-index`` that follows its
    layer's weights.  Each label sits in a white box on its own line.

    >>> svg = network_svg([[[0.5, -1.0], [0.25, 2.0]], [[1.5], [-0.75]]], [None, [0.125]],
    ...                   input_names=["x1", "x2"], title="two layers")
    >>> svg.count('class="np-synapse"'), svg.count('class="np-bias"')
    (6, 1)
    >>> 'data-index="6"' in svg and ">b = 0.12500000<" in svg
    True
    """
    weights, biases = check_layers(weights, biases)
    sizes = [len(weights[0])] + [len(matrix[0]) for matrix in weights]
    input_names = _names(check_names(input_names, sizes[0], "input"), sizes[0], "input")
    output_names = _names(check_names(output_names, sizes[-1], "output"), sizes[-1], "output")
    if title is not None:
        check_text(title, "title")
    _check_largest(largest)
    labels = weight_labels(weights, biases, places)
    widths = synapse_widths(weights, largest)
    colours = _synapse_colours(weights)
    # Each column's bias texts (None: no bias), and the synapse labels alone.
    bias_texts, synapse_labels, index = [[None] * sizes[0]], [], 0
    for k, matrix in enumerate(weights):
        synapse_labels += labels[index:index + len(matrix) * len(matrix[0])]
        index += len(matrix) * len(matrix[0])
        shown = biases is not None and biases[k] is not None
        bias_texts.append(["b = " + labels[index + j] if shown else None for j in range(sizes[k + 1])])
        index += sizes[k + 1] if shown else 0
    xs, ys, ts, (box_widths, biased), lowest, width = _layout(sizes, synapse_labels, bias_texts,
                                        (input_names, output_names), title is not None)
    key, height = _key(width, lowest + 30, largest, places)
    height += 16

    parts = ['<svg xmlns="http://www.w3.org/2000/svg" class="np-network" %s '
             'font-family="Helvetica, Arial, sans-serif">' % size_attributes(width, height),
             "<title>%s</title>" % escape(title if title is not None else "A neural network, "
                                           "%s" % " - ".join(str(s) for s in sizes)),
             '<rect width="%s" height="%s" fill="white"/>' % (_n(width), _n(height))]
    if title is not None:
        parts.append(_text(width / 2, 26, title, TITLE_SIZE, extra=' font-weight="bold"'))
    captions = ["inputs"] + (["neuron"] if len(sizes) == 2 else
                             ["layer %d" % k for k in range(1, len(sizes))])
    for x, caption in zip(xs, captions):
        parts.append(_text(x, (TITLE_HEIGHT if title is not None else 0) + 22, caption,
                           NAME_SIZE, colour="#555555"))

    # Synapses first (under the nodes), then their labels (over every line).
    lines, texts, index, synapse = [], [], 0, 0
    for k, matrix in enumerate(weights):
        segments = _segments(xs[k + 1] - xs[k], ys[k], ys[k + 1], k == 0)
        for i, row in enumerate(matrix):
            for j in range(len(row)):
                x0, y0, x1, y1 = segments[i * len(row) + j]
                x0, x1 = x0 + xs[k], x1 + xs[k]
                ends = (input_names[i] if k == 0 else "neuron %d of layer %d" % (i + 1, k),
                        ("neuron %d of layer %d" % (j + 1, k + 1)) if len(sizes) > 2 else "the neuron")
                lines.append('<line class="np-synapse" data-synapse="%d" x1="%s" y1="%s" x2="%s" '
                             'y2="%s" stroke="%s" stroke-width="%s" stroke-linecap="round">'
                             '<title>%s to %s: weight %s</title></line>'
                             % (synapse, _n(x0), _n(y0), _n(x1), _n(y1), colours[synapse],
                                widths[synapse], escape(ends[0]), ends[1], labels[index]))
                t = ts[synapse]
                box = Box(x0 + t * (x1 - x0), y0 + t * (y1 - y0), box_widths[k], LABEL_HEIGHT)
                texts.append(_label(box, labels[index], colours[synapse],
                                    ' class="np-weight" data-index="%d" font-weight="bold"' % index))
                index += 1
                synapse += 1
        for j, text in enumerate(bias_texts[k + 1]):
            if text is not None:
                texts.append(_label(_bias_box(xs[k + 1], ys[k + 1][j], biased), text,
                                    sign_colour(biases[k][j]),
                                    ' class="np-bias" data-index="%d"' % index))
                index += 1
    parts += lines

    # Nodes: the inputs as small grey circles named on their left; the
    # neurons as circles with the sigmoid's letter; arrows out of the last layer.
    for i, y in enumerate(ys[0]):
        parts.append('<circle class="np-input" cx="%s" cy="%s" r="%d" fill="#eeeeee" '
                     'stroke="#555555" stroke-width="2"/>' % (_n(xs[0]), _n(y), INPUT_RADIUS))
        parts.append(_text(xs[0] - INPUT_RADIUS - 8, y + NAME_SIZE * 0.35, input_names[i],
                           NAME_SIZE, anchor="end"))
    for k in range(1, len(sizes)):
        for y in ys[k]:
            parts.append('<circle class="np-neuron" cx="%s" cy="%s" r="%d" fill="#fff8e1" '
                         'stroke="#333333" stroke-width="2.5"/>' % (_n(xs[k]), _n(y), NEURON_RADIUS))
            parts.append(_text(xs[k], y + 7, "σ", 20, colour="#333333"))
    for j, y in enumerate(ys[-1]):
        start, end = xs[-1] + NEURON_RADIUS, xs[-1] + NEURON_RADIUS + 34
        parts.append('<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#333333" stroke-width="2"/>'
                     % (_n(start), _n(y), _n(end), _n(y)))
        parts.append('<path d="M %s %s l -8 -5 v 10 z" fill="#333333"/>' % (_n(end + 2), _n(y)))
        parts.append(_text(end + 8, y + NAME_SIZE * 0.35, output_names[j], NAME_SIZE,
                           anchor="start", colour="#333333"))
    return "\n".join(parts + texts + key + ["</svg>"]) + "\n"
