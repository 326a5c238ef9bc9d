"""The small SVG toolkit the drawings share (internal): text, coordinates, ticks, axes, samples, means.

``diagram`` (the network), ``plot`` (the run's four panels) and the page's
pictures (``page_pictures``) draw with plain strings.  What they have in
common lives here, one rule each:

* ``escape``: user text (a title, a name) into SVG or HTML, as data;
* ``coordinate``: a number as the fixed-point text of ``format_fixed``, so a
  picture is the same text on every interpreter;
* ``size_attributes``: a drawing's size, at most ``MAXIMUM_WIDTH`` px wide;
* ``nice_ticks``, ``logarithmic_ticks``, ``tick_text``: the axes' round values;
* ``Axes``: a plot area and the mapping of data to pixels;
* ``text_width``, ``Box``, ``crosses``: how wide a text is drawn, and
  whether a label's box meets another box or a line (to keep labels apart
  and off the lines);
* ``sampled_iterations``: which iterations of a long run a picture keeps;
* ``mean``: the mean, added left to right.

>>> escape('x < "y" & z')
'x &lt; &quot;y&quot; &amp; z'
>>> coordinate(1 / 3), coordinate(1 / 3, 1)
('0.33', '0.3')

Nothing here is documented API: every function trusts its caller (the
documented callables of ``diagram``, ``plot`` and ``page`` checked what they
were given) and checks nothing again.
"""

import math

from neuron_pure.errors import NeuronPureError
from neuron_pure.float_text import format_fixed

__all__ = []        # internal: the drawings' shared toolkit

MAXIMUM_WIDTH = 800         # px: a wider drawing is shown scaled down to this width


# ---------------------------------------------------------------------------
# Text and numbers.

def escape(text):
    """``text`` (a str) with ``& < > "`` written as XML entities: safe in an
    element and in a double-quoted attribute, in SVG and in HTML."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def coordinate(value, places=2):
    """A coordinate (a finite number) as text with ``places`` decimals: 2 for
    the diagram and the plot, 1 for the page's pictures (whose every point is
    stored once per kept iteration)."""
    return format_fixed(value, places)


def size_attributes(width, height):
    """The ``width``, ``height`` and ``viewBox`` attributes of a drawing
    ``width`` by ``height`` units: shown at that size in px, or scaled down
    to ``MAXIMUM_WIDTH`` px wide when wider (the viewBox keeps the drawing
    whole and its proportions), so that a notebook's output area shows it all.

    >>> size_attributes(640, 400)
    'width="640.00" height="400.00" viewBox="0 0 640.00 400.00"'
    >>> size_attributes(1600, 400)
    'width="800.00" height="200.00" viewBox="0 0 1600.00 400.00"'
    """
    scale = min(1.0, MAXIMUM_WIDTH / width)
    return 'width="%s" height="%s" viewBox="0 0 %s %s"' % (
        coordinate(width * scale), coordinate(height * scale), coordinate(width), coordinate(height))


def mean(values):
    """The mean of a non-empty list of numbers, added left to right.

    Not ``sum()``, which rounds differently from CPython 3.12 on: a picture
    must be the same on every interpreter.

    >>> mean([0.1, 0.2, 0.3])
    0.20000000000000004
    """
    total = 0.0
    for value in values:
        total += value
    return total / len(values)


# ---------------------------------------------------------------------------
# Room for text: a label's box, and what it meets.

# The advance of each character in Helvetica and Arial (and Liberation Sans,
# their metric twin), bold, in ems; any other character counts as wide.
_ADVANCES = {"0123456789": 0.556, ".: ": 0.278, "-": 0.333, "=+": 0.584, "b": 0.611}


def text_width(text, size):
    """How wide ``text`` is drawn at font ``size`` px in bold Helvetica or
    Arial (a little wider in their regular weight never).

    >>> round(text_width("-0.20784350", 10), 2)
    56.15
    """
    width = 0.0
    for character in text:
        advance = 0.6
        for characters, value in _ADVANCES.items():
            if character in characters:
                advance = value
        width += advance
    return width * size


class Box:
    """A rectangle: its centre ``x``, ``y`` and its ``width``, ``height``.

    >>> Box(10, 10, 4, 2).meets(Box(13, 10, 4, 2)), Box(10, 10, 4, 2).meets(Box(15, 10, 4, 2))
    (True, False)
    """

    def __init__(self, x, y, width, height):
        self.left, self.right = x - width / 2, x + width / 2
        self.top, self.bottom = y - height / 2, y + height / 2

    def meets(self, other):
        return (self.left < other.right and other.left < self.right
                and self.top < other.bottom and other.top < self.bottom)


def crosses(segment, box):
    """Whether the line ``segment`` ``(x1, y1, x2, y2)`` passes through
    ``box`` (Liang and Barsky's clipping: the part of the segment inside
    each of the box's four half-planes).

    >>> crosses((0, 0, 10, 10), Box(5, 5, 2, 2)), crosses((0, 0, 10, 0), Box(5, 5, 2, 2))
    (True, False)
    """
    x1, y1, x2, y2 = segment
    dx, dy = x2 - x1, y2 - y1
    low, high = 0.0, 1.0
    for p, q in ((-dx, x1 - box.left), (dx, box.right - x1), (-dy, y1 - box.top),
                 (dy, box.bottom - y1)):
        if p == 0:
            if q < 0:
                return False
        else:
            t = q / p
            if p < 0:
                low = max(low, t)
            else:
                high = min(high, t)
    return low < high


# ---------------------------------------------------------------------------
# Ticks.

def nice_ticks(low, high, count):
    """Round tick values (a step of 1, 2 or 5 times a power of ten) that
    cover [low, high] in about ``count`` steps; an empty range is widened by
    1 each side.  Trusts: finite numbers, ``low <= high``, ``count >= 1``.

    >>> nice_ticks(0.13, 0.92, 5)
    [0.0, 0.2, 0.4, 0.6000000000000001, 0.8, 1.0]
    >>> nice_ticks(-6.0, 6.0, 6), nice_ticks(3.0, 3.0, 5)
    ([-6, -4, -2, 0, 2, 4, 6], [2.0, 2.5, 3.0, 3.5, 4.0])
    """
    if not low < high:
        low, high = low - 1, high + 1
    try:
        rough = (high - low) / count
        magnitude = 10 ** math.floor(math.log10(rough))
        step = magnitude * min(m for m in (1, 2, 5, 10) if m * magnitude >= rough)
        first, last = int(math.floor(low / step)), int(math.ceil(high / step))
    except (OverflowError, ValueError):     # a span beyond the floats
        raise NeuronPureError("nice_ticks cannot cover [%r, %r] with %d ticks" % (low, high, count))
    return [k * step for k in range(first, last + 1)]


def logarithmic_ticks(largest):
    """Powers of ten from 1 up to the first one at or above ``largest`` (at
    least 10).  Trusts: ``largest`` is a whole number, 1 or more.

    >>> logarithmic_ticks(10000), logarithmic_ticks(1)
    ([1, 10, 100, 1000, 10000], [1, 10])
    """
    top = max(1, int(math.ceil(math.log10(largest)))) if largest > 1 else 1
    return [10 ** k for k in range(top + 1)]


def tick_text(value, ticks):
    """A tick's label: a whole number when every tick is one, else as many
    decimals as the step between ticks needs.

    >>> tick_text(2, [0, 2, 4]), tick_text(0.4, [0.0, 0.2, 0.4])
    ('2', '0.4')
    """
    if all(float(t) == int(t) for t in ticks):
        return str(int(round(value)))
    step = abs(ticks[1] - ticks[0])
    return format_fixed(value, max(0, -int(math.floor(math.log10(step)))))


# ---------------------------------------------------------------------------
# Axes.

class Axes:
    """A plot area, ``left`` to ``right`` and ``top`` to ``bottom`` in pixels,
    showing ``x_low`` to ``x_high`` across and ``y_low`` to ``y_high`` upward.

    >>> axes = Axes(10, 110, 20, 220, 0.0, 1.0, 0.0, 2.0)
    >>> axes.x(0.25), axes.y(0.5)
    (35.0, 170.0)
    """

    def __init__(self, left, right, top, bottom, x_low, x_high, y_low, y_high):
        self.left, self.right, self.top, self.bottom = left, right, top, bottom
        self.x_low, self.x_high, self.y_low, self.y_high = x_low, x_high, y_low, y_high

    def x(self, value):
        share = (value - self.x_low) / (self.x_high - self.x_low)
        return self.left + share * (self.right - self.left)

    def y(self, value):
        share = (value - self.y_low) / (self.y_high - self.y_low)
        return self.bottom - share * (self.bottom - self.top)


# ---------------------------------------------------------------------------
# Which iterations of a run a picture keeps.

def sampled_iterations(iterations, first, per_decade, every_up_to=0):
    """The iterations a picture keeps of a run of ``iterations``, from 0 (the
    starting weights) to the last: every one when there are at most
    ``every_up_to`` (or ``first``); else every one up to ``first``, then
    ``per_decade`` per power of ten (at ``10 ** (k / per_decade)``, rounded),
    and always the last.  Trusts: whole numbers, ``per_decade`` at least 1.

    >>> sampled_iterations(5, 20, 40)
    [0, 1, 2, 3, 4, 5]
    >>> kept = sampled_iterations(60000, 100, 50)
    >>> kept[:3], kept[100:104], kept[-2:], len(kept)
    ([0, 1, 2], [100, 105, 110, 115], [57544, 60000], 240)
    >>> len(sampled_iterations(60000, 100, 50, every_up_to=10000))
    240
    """
    if iterations <= first or iterations <= every_up_to:
        return list(range(iterations + 1))
    chosen = set(range(first + 1))
    try:
        k = int(math.floor(math.log10(max(first, 1)) * per_decade))
        while True:
            iteration = int(round(10 ** (k / per_decade)))
            if iteration > iterations:
                break
            chosen.add(iteration)
            k += 1
    except OverflowError:               # 10 ** (k / per_decade) beyond the floats
        raise NeuronPureError("cannot sample %d iterations at %d per power of ten: the floats "
                              "end near 10**308" % (iterations, per_decade))
    chosen.add(iterations)
    return sorted(chosen)
