"""A float as integers: ``x == mantissa * 2**exponent`` exactly.

Exact arithmetic on doubles (the decimal digits of ``float_text``, the fused
multiply-adds of ``exponential``) starts from this decomposition:

>>> integer_pair(0.75)                  # 6755399441055744 * 2**-53
(6755399441055744, -53)
>>> integer_pair(0.0)
(0, 0)
>>> bit_length(6755399441055744)
53
"""

import math

from neuron_pure.errors import NeuronPureError

__all__ = ["integer_pair", "bit_length"]


def integer_pair(x):
    """``(m, e)`` with x == m * 2**e exactly, m an integer (x finite): the
    fraction of ``math.frexp`` scaled by 2**53, which is exact."""
    try:
        if x == 0:
            return 0, 0
        fraction, exponent = math.frexp(x)
        return int(fraction * 9007199254740992.0), exponent - 53     # * 2**53
    except (TypeError, ValueError, OverflowError):      # not a number; inf or NaN
        raise NeuronPureError("integer_pair needs a finite number, not %r" % (x,))


def bit_length(n):
    """Bits in the integer n >= 0 (MicroPython's int has no bit_length): the
    exponent of float(n), one less where float(n) rounded up to a power of
    two; bin(n) for integers beyond the floats.

    >>> [bit_length(n) for n in (0, 1, 255, 256, 2**53 - 1, 10**400)]
    [0, 1, 8, 9, 53, 1329]
    """
    if isinstance(n, bool) or not isinstance(n, int) or n < 0:
        raise NeuronPureError("bit_length needs a whole number, 0 or more, not %r" % (n,))
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
