"""A float as integers and back: ``x == mantissa * 2**exponent`` exactly, and
``mantissa * 2**exponent`` rounded to the nearest double.

Exact arithmetic on doubles (the decimal digits of ``float_text``, the table
and the fused multiply-adds of the exps) starts from this decomposition and
ends with this rounding:

>>> integer_pair(0.75)                  # 6755399441055744 * 2**-53
(6755399441055744, -53)
>>> integer_pair(0.0)
(0, 0)
>>> nearest_double(6755399441055744 * 3, -53)
2.25
>>> bit_length(6755399441055744)
53

Shared by the modules above, which check what they are given: these trust
their callers (the module has no public names).
"""

import math

__all__ = []


def integer_pair(x):
    """``(m, e)`` with x == m * 2**e exactly, m an integer: the fraction of
    ``math.frexp`` scaled by 2**53, which is exact.  Trusts its caller: x is
    a finite number."""
    if x == 0:
        return 0, 0
    fraction, exponent = math.frexp(x)
    return int(fraction * 9007199254740992.0), exponent - 53     # * 2**53


def nearest_double(integer, exponent, inexact=False):
    """integer * 2**exponent rounded to the nearest double, half to even.
    Trusts its caller: two ints.

    ``inexact`` says that nonzero bits lie below ``integer`` (they break ties).
    Overflow gives inf; results below the normal range are rounded at the
    subnormals' fixed spacing of 2**-1074.

    >>> nearest_double(3, -1), nearest_double(2 ** 53 + 1, 0)     # 1.5; a tie, to even
    (1.5, 9007199254740992.0)
    """
    negative = integer < 0
    integer = -integer if negative else integer
    drop = max(bit_length(integer) - 53, -1074 - exponent)
    if drop > 0:
        dropped = integer & ((1 << drop) - 1)
        half = 1 << (drop - 1)
        integer >>= drop
        exponent += drop
        if dropped > half or (dropped == half and (inexact or integer & 1)):
            integer += 1
    try:
        value = math.ldexp(integer, exponent)
    except OverflowError:
        value = math.inf
    return -value if negative else value


def bit_length(n):
    """Bits in the integer n >= 0 (MicroPython's int has no bit_length): the
    exponent of float(n), one less where float(n) rounded up to a power of
    two; bin(n) for integers beyond the floats.  Trusts its caller: an int,
    0 or more.

    >>> [bit_length(n) for n in (0, 1, 255, 256, 2**53 - 1, 10**400)]
    [0, 1, 8, 9, 53, 1329]
    """
    if _int_bit_length is not None:
        return _int_bit_length(n)
    if n == 0:
        return 0
    try:
        length = math.frexp(float(n))[1]
    except OverflowError:
        return len(bin(n)) - 2
    return length - 1 if n >> (length - 1) == 0 else length


# CPython and PyPy: the same answer, faster (MicroPython's int has no bit_length).
_int_bit_length = int.bit_length if hasattr(0, "bit_length") else None
