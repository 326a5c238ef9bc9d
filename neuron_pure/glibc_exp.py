"""GNU libc's exp, step by step: the reference ``neuron_pure.exponential``
is held to, exact and slow.

The algorithm (Szabolcs Nagy's, from Arm's optimized-routines, in glibc since
2.28) and why the package carries it: see ``neuron_pure.exponential``.  Its
table of 2^(j/128) is ``neuron_pure.exp_table``'s.  Each fused multiply-add of
glibc's compiled C code is written here as ``fma(a, b, c)``, done exactly with
integers; every other operation rounds as a C double operation does.

It runs for the few arguments ``fast_glibc_exp`` cannot decide with floats
(about 1 in 20,000, and |x| >= 354), and is imported only then, so a board
that only thinks seldom keeps it.  ``exponential.exp`` checks the argument;
this module trusts its callers (it has no public names).

>>> glibc_exp(1.0)
2.718281828459045
>>> glibc_exp(-0.99977125)
0.3679636032192775
"""

import math

from neuron_pure.exp_table import N, table_entry
from neuron_pure.floatbits import integer_pair, nearest_double

__all__ = []

_INV_LN2_N = 1.4426950408889634 * N             # N / ln2
_NEG_LN2_HI_N = -0.005415212348111709           # -ln2 / N, high part (37 bits: kd * it is exact)
_NEG_LN2_LO_N = -1.2864023111638346e-14         # -ln2 / N, low part
_SHIFT = 6755399441055744.0                     # 1.5 * 2**52: rounds to an integer
# Coefficients of e^r - 1 - r (glibc's, fitted by Remez on |r| < ln2/256):
_C2 = 0.49999999999996786
_C3 = 0.16666666666665886
_C4 = 0.041666680841067401
_C5 = 0.008333335853059549


def fma(a, b, c):
    """a * b + c rounded once, like the processor's fused multiply-add.
    Trusts its caller: three finite floats.

    GNU libc is built so that the compiler fuses each ``a * b + c`` of the
    algorithm into one instruction on processors that have it (x86-64 since
    Haswell, every 64-bit Arm), and numpy there gets the fused results.

    >>> fma(0.1, 10.0, -1.0)            # 0.1 * 10 rounds to 1.0; fused, the rest shows
    5.551115123125783e-17
    """
    ma, ea = integer_pair(a)
    mb, eb = integer_pair(b)
    mc, ec = integer_pair(c)
    product, ep = ma * mb, ea + eb
    if product == 0:
        return a * b + c        # exact: IEEE's rule for the sign of zero
    if mc == 0:
        return nearest_double(product, ep)
    if ep >= ec:
        return nearest_double((product << (ep - ec)) + mc, ec)
    return nearest_double(product + (mc << (ec - ep)), ep)


# ---------------------------------------------------------------------------
# The algorithm.  Each fused multiply-add of the compiled C code is written
# as fma(a, b, c); every other operation rounds as a C double operation does.

def glibc_exp(x: float) -> float:
    """e^x computed as GNU libc computes it, bit for bit, in plain Python.
    Trusts its caller: x is a float (NaN and the infinities included).

    >>> glibc_exp(0.0), glibc_exp(-math.inf), glibc_exp(710.0)
    (1.0, 0.0, inf)
    """
    if x != x:                                  # NaN
        return x
    size = abs(x)
    if size < 5.551115123125783e-17:            # 2**-54: e^x rounds to 1 + x
        return 1.0 + x
    if size >= 1024.0:
        return math.inf if x > 0 else 0.0
    # x = k * ln2/N + r, with k an integer: adding 1.5 * 2**52 pushes the
    # fraction of z out of the double, rounding z to an integer.
    kd = fma(_INV_LN2_N, x, _SHIFT)
    kd -= _SHIFT
    k = int(kd)
    r = fma(kd, _NEG_LN2_LO_N, fma(kd, _NEG_LN2_HI_N, x))
    index = k % N
    high, tail = table_entry(index)
    r2 = r * r
    # tmp = tail + r + r2 * (C2 + r * C3) + r2 * r2 * (C4 + r * C5)
    tmp = fma(r2, fma(r, _C3, _C2), tail + r)
    tmp = fma(r2 * r2, fma(r, _C5, _C4), tmp)
    exponent = (k - index) // N
    if size < 512.0:
        scale = math.ldexp(high, exponent)
        return fma(scale, tmp, scale)           # scale * (1 + tmp)
    if k > 0:
        # May overflow: work 2^1009 lower, then scale up.
        scale = math.ldexp(high, exponent - 1009)
        return nearest_double(*_scaled_pair(fma(scale, tmp, scale), 1009))
    # May underflow into the subnormals: round once, at the right precision.
    # Here the compiler computes scale * tmp once, for two sums, and does not
    # fuse it: the products round on their own.
    scale = math.ldexp(high, exponent + 1022)
    product = scale * tmp
    y = scale + product
    if y < 1.0:
        lo = scale - y + product
        hi = 1.0 + y
        lo = 1.0 - hi + y + lo
        y = (hi + lo) - 1.0
        if y == 0.0:
            y = 0.0
    return nearest_double(*_scaled_pair(y, -1022))


def _scaled_pair(value, power):
    # value * 2**power as an integer pair, for nearest_double to round once.
    mantissa, exponent = integer_pair(value)
    return mantissa, exponent + power
