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

Decimal digits are worked out with exact integer arithmetic, not with the
interpreter's float formatting, because that is not correctly rounded
everywhere (MicroPython's ``'%.8f' % 0.001953125`` rounds the tie up, numpy
and CPython round it to even).  ``float_repr`` gives CPython's ``repr`` of a
float the same way, on any interpreter.
"""

import math

__all__ = ["format_array", "float_repr", "format_fixed"]

_PRECISION = 8          # numpy's default print precision
_LINE_WIDTH = 75        # numpy's default line width


# ---------------------------------------------------------------------------
# Exact decimal digits of a float.
#
# A finite float is exactly  mantissa * 2**exponent  for integers; every
# question below ("which decimals lie within half a unit of it?", "what is it
# rounded to 8 places?") is answered by comparing integers.

def _binary(x):
    """``(mantissa, exponent, is_power_of_two_boundary)`` for a finite x > 0."""
    fraction, exponent = math.frexp(x)          # x = fraction * 2**exponent
    mantissa = int(fraction * 9007199254740992.0)   # * 2**53: exact
    exponent -= 53
    if exponent < -1074:                        # subnormal: fixed spacing
        mantissa >>= -1074 - exponent           # exact: x is a multiple of 2**-1074
        exponent = -1074
    boundary = mantissa == 4503599627370496 and exponent > -1074   # 2**52
    return mantissa, exponent, boundary


def _compare(digits, power_of_ten, numerator, power_of_two):
    """Sign of  digits * 10**power_of_ten  -  numerator * 2**power_of_two."""
    left, right = digits, numerator
    if power_of_ten >= 0:
        left *= 10 ** power_of_ten
    else:
        right *= 10 ** -power_of_ten
    if power_of_two >= 0:
        right <<= power_of_two
    else:
        left <<= -power_of_two
    return (left > right) - (left < right)


def _round_half_even(numerator, denominator):
    quotient, remainder = divmod(numerator, denominator)
    if 2 * remainder > denominator or (2 * remainder == denominator and quotient % 2):
        quotient += 1
    return quotient


def _scaled(x, power_of_ten, rounding):
    """``x / 10**power_of_ten`` rounded to an integer (x > 0, finite).

    ``rounding`` is ``_round_half_even`` or floor division."""
    mantissa, exponent, _ = _binary(x)
    numerator, denominator = mantissa, 1
    if exponent >= 0:
        numerator <<= exponent
    else:
        denominator <<= -exponent
    if power_of_ten >= 0:
        denominator *= 10 ** power_of_ten
    else:
        numerator *= 10 ** -power_of_ten
    return rounding(numerator, denominator)


def _decimal_exponent(x):
    """The n with 10**n <= x < 10**(n + 1), for finite x > 0."""
    n = int(math.floor(math.log10(x)))
    # log10 can be off by one next to a power of ten: settle it exactly.
    while _scaled(x, n, lambda a, b: a // b) == 0:
        n -= 1
    while _scaled(x, n + 1, lambda a, b: a // b) != 0:
        n += 1
    return n


def _shortest_digits(x):
    """``(digits, power)`` with the fewest digits such that digits * 10**power
    reads back as x (x > 0, finite); of two such, the nearer to x.

    This is the digit string of CPython's ``repr`` and of numpy's unique mode.
    A decimal reads back as x if it lies within half a unit in the last place
    of x: strictly inside, or on the edge when the mantissa is even (round
    half to even).
    """
    mantissa, exponent, boundary = _binary(x)
    # The interval, in units of 2**(exponent - 2): x is 4m, its upper edge
    # 4m + 2, its lower edge 4m - 2 (4m - 1 where the float below x is closer,
    # just above a power of two).
    unit = exponent - 2
    center = 4 * mantissa
    low, high = center - (1 if boundary else 2), center + 2
    inclusive = mantissa % 2 == 0
    top = _decimal_exponent(x)
    for length in range(1, 18):
        power = top - length + 1
        floor = _scaled(x, power, lambda a, b: a // b)
        inside = [digits for digits in (floor, floor + 1)
                  if _reads_back(digits, power, low, high, unit, inclusive)]
        if len(inside) == 2:
            # both read back as x: keep the nearer, the even one on a tie
            side = _compare(2 * floor + 1, power, 2 * center, unit)
            best = floor if side > 0 or (side == 0 and floor % 2 == 0) else floor + 1
        else:
            best = inside[0] if inside else None
        if best is not None:
            return _strip_zeros(best, power)
    raise AssertionError("17 significant digits always identify a double")


def _reads_back(digits, power, low, high, unit, inclusive):
    above_low = _compare(digits, power, low, unit)
    below_high = _compare(digits, power, high, unit)
    if inclusive:
        return above_low >= 0 and below_high <= 0
    return above_low > 0 and below_high < 0


def _strip_zeros(digits, power):
    while digits and digits % 10 == 0:
        digits //= 10
        power += 1
    return digits, power


def _fixed_digits(x, places):
    """x rounded to ``places`` decimals, ``(digits, power)`` with zeros stripped."""
    return _strip_zeros(_scaled(x, -places, _round_half_even), -places)


def _significant_digits(x, count, strip=True):
    """x rounded to ``count`` significant digits, ``(digits, power)``, with
    trailing zeros stripped unless ``strip`` is false."""
    power = _decimal_exponent(x) - count + 1
    digits = _scaled(x, power, _round_half_even)
    if digits == 10 ** count:       # 9.999... rounded up to 10.00...
        digits //= 10
        power += 1
    return _strip_zeros(digits, power) if strip else (digits, power)


def _digit_count(digits):
    return len(str(digits)) if digits else 0


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
    digits, power = _shortest_digits(x)
    if -power > precision:
        digits, power = _fixed_digits(x, precision)
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
        digits, power = _significant_digits(x, precision + 1, strip=False)
    else:
        digits, power = _shortest_digits(x)
        if _digit_count(digits) > precision + 1:
            digits, power = _significant_digits(x, precision + 1)
    text = str(digits)
    return sign, text[0], text[1:], power + len(text) - 1


def _exponent_text(exponent, width):
    digits = str(abs(exponent))
    return ("-" if exponent < 0 else "+") + "0" * (width - len(digits)) + digits


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
            return head + "." + rest + "e" + _exponent_text(exponent, exponent_width)
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
    if isinstance(array, (list, tuple)):
        flat = []
        for item in array:
            flat.extend(_flatten(item))
        return flat
    return [float(array)]


def _depth(array):
    depth = 0
    while isinstance(array, (list, tuple)):
        depth += 1
        if not array:
            break
        array = array[0]
    return depth


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
    values = _flatten(array)
    format_value = _layout(values)
    if not isinstance(array, (list, tuple)):
        return format_value(float(array))
    return _format_nested(array, format_value, " ", _LINE_WIDTH, _depth(array))


def float_repr(x: float) -> str:
    """CPython's ``repr(x)`` of a float, worked out exactly on any interpreter.

    >>> float_repr(0.1), float_repr(5e-324), float_repr(1e16), float_repr(-2.0)
    ('0.1', '5e-324', '1e+16', '-2.0')
    """
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    sign = "-" if math.copysign(1.0, x) < 0 else ""
    if x == 0:
        return sign + "0.0"
    digits, power = _shortest_digits(abs(x))
    text = str(digits)
    point = len(text) + power          # digits before the decimal point
    if -4 < point <= 16:
        if point <= 0:
            return sign + "0." + "0" * -point + text
        if point >= len(text):
            return sign + text + "0" * (point - len(text)) + ".0"
        return sign + text[:point] + "." + text[point:]
    mantissa = text[0] + ("." + text[1:] if len(text) > 1 else "")
    return sign + mantissa + "e" + _exponent_text(point - 1, 2)


def format_fixed(x: float, places: int = 8) -> str:
    """``'%.8f' % x``, correctly rounded (half to even) on any interpreter.

    >>> format_fixed(0.26898639872679045), format_fixed(0.001953125), format_fixed(-2.5, 0)
    ('0.26898640', '0.00195312', '-2')
    """
    if not math.isfinite(x):
        return float_repr(x)
    sign = "-" if math.copysign(1.0, x) < 0 else ""
    digits = _scaled(abs(x), -places, _round_half_even) if x else 0
    text = str(digits)
    if places:
        text = "0" * max(0, places + 1 - len(text)) + text
        text = text[:-places] + "." + text[-places:]
    return sign + text
