"""Print lists of floats the way ``print(numpy_array)`` does.

The post prints its weights with ``print(array)``.  numpy's rules, for the
default print options (precision 8, ``floatmode='maxprec'``):

* each number gets the fewest digits that identify it, at most 8 after the
  point; so 0.5 prints as ``0.5`` and 1/3 as ``0.33333333``;
* all numbers of one array share a layout: integer parts right-aligned,
  fraction parts left-aligned and padded with spaces;
* if a non-zero number is below 1e-4, or the largest is 1e8 or more, or the
  largest is over 1000 times the smallest, the whole array goes to scientific
  notation, with a common number of digits;
* rows longer than 75 characters wrap.

(numpy shortens arrays of more than 1,000 numbers with ``...``; ``format_array``
prints every number.  The post's arrays hold at most 4.)

>>> print(format_array([[-0.16595599059485195], [0.4406489868843162], [-0.9997712503653102]]))
[[-0.16595599]
 [ 0.44064899]
 [-0.99977125]]
>>> print(format_array([1.0, 0.5, -0.25]))
[ 1.    0.5  -0.25]
>>> print(format_array([[9.67], [-0.0078]]))
[[ 9.67e+00]
 [-7.80e-03]]

Decimal digits are worked out with exact integer arithmetic
(``neuron_pure.float_text``), not with the interpreter's float formatting,
which is not correctly rounded everywhere.
"""

import math

from neuron_pure.errors import NeuronPureError
from neuron_pure.float_text import (
    as_float, digit_count, exponent_text, shortest_digits, significant_digits, fixed_digits)

__all__ = ["format_array"]

_PRECISION = 8          # numpy's default print precision
_LINE_WIDTH = 75        # numpy's default line width


# ---------------------------------------------------------------------------
# numpy's Dragon4 modes: the digits of one number, positional or scientific.

def _positional_parts(x, precision):
    """``(sign, integer part, fraction part)`` of x with the fewest digits that
    identify it, at most ``precision`` after the point (numpy's
    ``format_float_positional(x, precision, unique=True, trim='.')``)."""
    sign = "-" if math.copysign(1.0, x) < 0 else ""
    x = abs(x)
    if x == 0:
        return sign, "0", ""
    digits, power = shortest_digits(x)
    if -power > precision:
        digits, power = fixed_digits(x, precision)
    text = str(digits) if digits else "0"
    if power >= 0:
        return sign, text + "0" * power, ""
    text = "0" * max(0, -power - len(text) + 1) + text
    return sign, text[:power], text[power:]


def _scientific_parts(x, precision, pad=False):
    """``(sign, first digit, other digits, exponent)``: numpy's
    ``format_float_scientific(x, precision, unique=True, trim='.')``, or with
    ``pad`` its ``min_digits=precision``: exactly ``precision`` other digits."""
    sign = "-" if math.copysign(1.0, x) < 0 else ""
    x = abs(x)
    if x == 0:
        return sign, "0", "0" * precision if pad else "", 0
    if pad:
        digits, power = significant_digits(x, precision + 1, strip=False)
    else:
        digits, power = shortest_digits(x)
        if digit_count(digits) > precision + 1:
            digits, power = significant_digits(x, precision + 1)
    text = str(digits)
    return sign, text[0], text[1:], power + len(text) - 1


# ---------------------------------------------------------------------------
# One layout for the whole array (numpy's FloatingFormat).

# Padding by hand: MicroPython's str has no rjust or ljust.
def _right_aligned(text, width):
    return " " * (width - len(text)) + text


def _left_aligned(text, width):
    return text + " " * (width - len(text))


def _layout(values):
    """A function that formats each value of ``values`` to one common width."""
    finite = [v for v in values if math.isfinite(v)]
    nonzero = [abs(v) for v in finite if v != 0]
    scientific = False
    if nonzero:
        largest, smallest = max(nonzero), min(nonzero)
        scientific = largest >= 1e8 or smallest < 0.0001 or largest / smallest > 1000.0

    if not finite:
        pad_left = pad_right = 0
        format_finite = None
    elif scientific:
        parts = [_scientific_parts(v, _PRECISION) for v in finite]
        precision = max(len(p[2]) for p in parts)
        exponent_width = max(2, max(len(str(abs(p[3]))) for p in parts))
        pad_left = max(len(p[0] + p[1]) for p in parts)
        pad_right = exponent_width + 2 + precision

        def format_finite(value):
            # Every number now shows `precision` digits after the point, and
            # numpy takes them from the exact binary value, not by padding
            # with zeros (it matters for subnormals: 1.5e-323 prints as
            # 1.48219694e-323).
            sign, first, rest, exponent = _scientific_parts(value, precision, pad=True)
            head = _right_aligned(sign + first, pad_left)
            return head + "." + rest + "e" + exponent_text(exponent, exponent_width)
    else:
        parts = [_positional_parts(v, _PRECISION) for v in finite]
        pad_left = max(len(p[0] + p[1]) for p in parts)
        pad_right = max(len(p[2]) for p in parts)

        def format_finite(value):
            sign, whole, fraction = _positional_parts(value, _PRECISION)
            return _right_aligned(sign + whole, pad_left) + "." + _left_aligned(fraction, pad_right)

    if len(finite) != len(values):
        # nan and inf are right-aligned in the same width as the numbers.
        negative_infinity = any(v < 0 for v in values if math.isinf(v))
        offset = pad_right + 1
        pad_left = max(pad_left, 3 - offset, 3 + negative_infinity - offset)
    width = pad_left + pad_right + 1

    def format_value(value):
        if math.isnan(value):
            return _right_aligned("nan", width)
        if math.isinf(value):
            return _right_aligned("-inf" if value < 0 else "inf", width)
        return format_finite(value)

    return format_value


# ---------------------------------------------------------------------------
# Brackets, separators and line wrapping (numpy's _formatArray).

def _flatten(array):
    """``(values, shape)``: the numbers of ``array`` as floats, in order, and
    its shape, after checking that every number is one (not a bool, which
    numpy prints as True) and that lists side by side have one shape (numpy
    refuses an inhomogeneous array)."""
    if not isinstance(array, (list, tuple)):
        return [as_float(array, "format_array")], ()
    flat, shapes = [], []
    for item in array:
        values, item_shape = _flatten(item)
        if shapes and item_shape != shapes[0]:
            raise NeuronPureError("format_array needs lists of one shape, as numpy's arrays "
                                  "have, not %r" % (array,))
        flat.extend(values)
        shapes.append(item_shape)
    return flat, (len(array),) + (shapes[0] if shapes else ())


def _extend_line(text, line, word, width, indent):
    # Wrap before `word` if it would pass `width`, unless the line holds
    # nothing but its indent (wrapping would not help then).
    if len(line) + len(word) > width and len(line) > len(indent):
        text += line.rstrip() + "\n"
        line = indent
    return text, line + word


def _format_nested(array, format_value, indent, width, depth):
    if depth == 0:
        return format_value(float(array))
    inner_indent = indent + " "
    inner_width = width - 1
    if depth == 1:
        text, line = "", indent
        for index, item in enumerate(array):
            word = format_value(float(item))
            # room is kept for the separator or the closing bracket
            text, line = _extend_line(text, line, word, width - 1, indent)
            if index < len(array) - 1:
                line += " "
        text += line
    else:
        separator = "\n" * (depth - 1)
        rows = [indent + _format_nested(item, format_value, inner_indent, inner_width, depth - 1)
                for item in array]
        text = separator.join(rows)
    return "[" + text[len(indent):] + "]"


def format_array(array) -> str:
    """``str(numpy.array(array))`` for a vector or a matrix (nested lists) of
    numbers, with numpy's default print options.

    >>> print(format_array([[0.0], [1.0]]))
    [[0.]
     [1.]]
    >>> print(format_array([0.99993704283521570]))
    [0.99993704]
    """
    values, shape = _flatten(array)
    format_value = _layout(values)
    if not shape:
        return format_value(values[0])
    return _format_nested(array, format_value, " ", _LINE_WIDTH, len(shape))
