"""The table of GNU libc's exp: 2^(j/128) for j in 0..127, as two doubles each.

glibc's exp (``neuron_pure.glibc_exp``, and its fast twin in
``neuron_pure.exponential``, which both read this table) writes

    2^(k/128) = 2^(k // 128) * H[k % 128] * (1 + T[k % 128])

where H[j] is 2^(j/128) rounded to a double and T[j] the relative rest
(2^(j/128) - H[j]) / H[j], rounded too.  glibc stores the 256 numbers; here
they are worked out with integer arithmetic, not copied, each entry the first
time an argument needs it: a board that only thinks keeps a few dozen of the
256 floats, not all (each float is 16 bytes of heap on MicroPython).

>>> table_entry(64)                    # 2^(64/128) = sqrt(2), and the rest of it
(1.4142135623730951, -6.835808657661922e-17)

Shared by the two exps, which call it with a checked index: it trusts its
callers (the module has no public names).
"""

import math

from neuron_pure.floatbits import bit_length, integer_pair, nearest_double

__all__ = []

TABLE_BITS = 7
N = 1 << TABLE_BITS                     # 128 entries

# H[0..127], then T[0..127]; NaN where not worked out yet.  One list of 256,
# not a tuple each: the smallest form MicroPython keeps.  The fast exp reads it
# directly, and takes a NaN for "not worked out yet".
table = [math.nan] * (2 * N)
_step = None                            # 2^(1/128) in fixed point, once worked out
_BITS = 200                             # fixed point: units of 2**-200


def table_entry(j):
    """``(H[j], T[j])``, worked out the first time they are needed and kept in
    ``table``.  Trusts its caller: j is an int from 0 to 127.

    2^(j/128) is worked out in fixed point with 200 bits, far more than the
    53 + 53 the two doubles hold: 2^(1/128) by seven square roots of 2, then
    its j-th power; H[j] is that rounded, T[j] the rest divided by H[j],
    rounded once.

    >>> table_entry(0), table_entry(127)[0]
    ((1.0, 0.0), 1.9891988469672663)
    """
    global _step
    if table[j] != table[j]:                    # NaN: not worked out yet
        if _step is None:
            step = 2 << _BITS                   # 2^(128/128) = 2
            for _ in range(TABLE_BITS):         # seven square roots: 2^(1/128)
                step = _isqrt(step << _BITS)
            _step = step
        power = 1 << _BITS                      # 2^(j/128), in fixed point
        for _ in range(j):
            power = (power * _step) >> _BITS
        high = nearest_double(power, -_BITS)
        mantissa, exponent = integer_pair(high)
        rest = power - (mantissa << (exponent + _BITS))
        table[j + N] = _ratio_to_double(rest, mantissa << (exponent + _BITS)) if rest else 0.0
        table[j] = high
    return table[j], table[j + N]


def _isqrt(n):
    """floor(sqrt(n)) for an integer n >= 0, by Newton's method."""
    if n < 2:
        return n
    root = 1 << ((bit_length(n) + 1) // 2)     # above the root
    while True:
        better = (root + n // root) // 2
        if better >= root:
            return root
        root = better


def _ratio_to_double(numerator, denominator):
    """numerator / denominator (integers, denominator > 0) to the nearest
    double: 60 bits of quotient, and the remainder breaks ties."""
    shift = 60 - (bit_length(abs(numerator)) - bit_length(denominator))
    quotient, remainder = divmod(abs(numerator) << shift, denominator)
    value = nearest_double(quotient, -shift, inexact=remainder != 0)
    return -value if numerator < 0 else value
