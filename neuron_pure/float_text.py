"""Exact decimal text for floats: CPython's ``repr`` and ``'%.8f'``, on any interpreter.

A finite float is exactly ``mantissa * 2**exponent`` for integers, so every
question about its decimal digits ("which decimals lie within half a unit of
it?", "what is it rounded to 8 places?") is answered here by comparing
integers, never by the interpreter's own float formatting, which is not
correctly rounded everywhere (MicroPython's ``'%.8f' % 0.001953125`` rounds the
tie up; numpy and CPython round it to even, and so does ``format_fixed``).

>>> float_repr(0.1), float_repr(9.672993027736892), format_fixed(0.001953125)
('0.1', '9.672993027736892', '0.00195312')

Model files, ``explain``, the plots and the written-out training step use
these; ``neuron_pure.arrayprint`` builds numpy's array layout on the digit
functions below.
"""

import math

from neuron_pure.errors import NeuronPureError
from neuron_pure.floatbits import integer_pair

__all__ = ["float_repr", "format_fixed"]

# The most decimals asked for: the exact value of every double ends within 1074
# places (2**-1074, the smallest, needs them all), so more would only add zeros
# (and 10**places, worked out below, would grow without end).
_MOST_PLACES = 1074


def as_float(x, name):
    """``x`` as a float, or ``NeuronPureError`` naming the function ``name``:
    a bool, a str or an int too large for a float is a mistake, not a number
    to print.  NaN and the infinities are numbers here.  The door of
    ``float_repr``, ``format_fixed`` and ``arrayprint.format_array``.

    >>> as_float(3, "float_repr")
    3.0
    """
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        raise NeuronPureError("%s needs a number, not %r" % (name, x))
    try:
        return float(x)
    except OverflowError:
        raise NeuronPureError("%s needs a number that fits a float, not %d" % (name, x))


# ---------------------------------------------------------------------------
# Exact decimal digits of a float.
#
# A finite float is exactly  mantissa * 2**exponent  for integers; every
# question below ("which decimals lie within half a unit of it?", "what is it
# rounded to 8 places?") is answered by comparing integers.  These functions
# are shared with arrayprint and trust their callers: x is a finite float
# above 0, a count or a number of places is an int from 1 (0 for places) to
# 1074.

def _binary(x):
    """``(mantissa, exponent, is_power_of_two_boundary)`` for a finite x > 0,
    with a subnormal's mantissa at the subnormals' fixed spacing 2**-1074."""
    mantissa, exponent = integer_pair(x)
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


def shortest_digits(x):
    """``(digits, power)`` with the fewest digits such that digits * 10**power
    reads back as x; of two such, the nearer to x.

    >>> shortest_digits(0.1), shortest_digits(1.5)
    ((1, -1), (15, -1))

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


def fixed_digits(x, places):
    """x rounded to ``places`` decimals, ``(digits, power)`` with zeros
    stripped.

    >>> fixed_digits(0.125, 2)          # 0.12: half to even
    (12, -2)
    """
    return _strip_zeros(_scaled(x, -places, _round_half_even), -places)


def significant_digits(x, count, strip=True):
    """x rounded to ``count`` significant digits, ``(digits, power)``, with
    trailing zeros stripped unless ``strip`` is false.

    >>> significant_digits(9.996, 3), significant_digits(0.5, 3, strip=False)
    ((1, 1), (500, -3))
    """
    power = _decimal_exponent(x) - count + 1
    digits = _scaled(x, power, _round_half_even)
    if digits == 10 ** count:       # 9.999... rounded up to 10.00...
        digits //= 10
        power += 1
    return _strip_zeros(digits, power) if strip else (digits, power)


def digit_count(digits):
    """The decimal digits of a whole number 0 or more (none for 0).

    >>> digit_count(125), digit_count(0)
    (3, 0)
    """
    return len(str(digits)) if digits else 0


def exponent_text(exponent, width):
    """An exponent (an int) as numpy writes it: its sign, then at least
    ``width`` digits.

    >>> exponent_text(-5, 2), exponent_text(123, 2)
    ('-05', '+123')
    """
    digits = str(abs(exponent))
    return ("-" if exponent < 0 else "+") + "0" * (width - len(digits)) + digits


# ---------------------------------------------------------------------------
# The two texts.

def float_repr(x: float) -> str:
    """CPython's ``repr(x)`` of a float, worked out exactly on any interpreter.

    >>> float_repr(0.1), float_repr(5e-324), float_repr(1e16), float_repr(-2.0)
    ('0.1', '5e-324', '1e+16', '-2.0')
    """
    return _float_repr(as_float(x, "float_repr"))


def _float_repr(x):
    # float_repr of a float, unchecked (float_list's callers checked its values).
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    sign = "-" if math.copysign(1.0, x) < 0 else ""
    if x == 0:
        return sign + "0.0"
    digits, power = shortest_digits(abs(x))
    text = str(digits)
    point = len(text) + power          # digits before the decimal point
    if -4 < point <= 16:
        if point <= 0:
            return sign + "0." + "0" * -point + text
        if point >= len(text):
            return sign + text + "0" * (point - len(text)) + ".0"
        return sign + text[:point] + "." + text[point:]
    mantissa = text[0] + ("." + text[1:] if len(text) > 1 else "")
    return sign + mantissa + "e" + exponent_text(point - 1, 2)


def format_fixed(x: float, places: int = 8) -> str:
    """``'%.8f' % x``, correctly rounded (half to even) on any interpreter.

    >>> format_fixed(0.26898639872679045), format_fixed(0.001953125), format_fixed(-2.5, 0)
    ('0.26898640', '0.00195312', '-2')
    """
    x = as_float(x, "format_fixed")
    if isinstance(places, bool) or not isinstance(places, int) or not 0 <= places <= _MOST_PLACES:
        raise NeuronPureError("format_fixed's places must be a whole number from 0 to %d, not %r"
                              % (_MOST_PLACES, places))
    if not math.isfinite(x):
        return _float_repr(x)
    sign = "-" if math.copysign(1.0, x) < 0 else ""
    digits = _scaled(abs(x), -places, _round_half_even) if x else 0
    text = str(digits)
    if places:
        text = "0" * max(0, places + 1 - len(text)) + text
        text = text[:-places] + "." + text[-places:]
    return sign + text


def float_list(values):
    """A list of numbers as CPython prints it, ``[0.1, -2.0]``, on any
    interpreter (MicroPython's own ``repr`` of a float differs).  Trusts its
    caller (the networks' reprs): a list of finite numbers; a bool prints as
    the float numpy would make of it, 1.0 for True.

    >>> float_list([0.1, -2.0, 5e-324, True])
    '[0.1, -2.0, 5e-324, 1.0]'
    """
    return "[" + ", ".join(_float_repr(float(value)) for value in values) + "]"
