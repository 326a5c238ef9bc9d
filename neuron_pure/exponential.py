"""e^x with the same bits on every interpreter.

numpy's ``exp`` on Linux is the C library's, GNU libc's, and so is CPython's and
PyPy's ``math.exp``.  Other C libraries round a few arguments differently:
MicroPython's WebAssembly build (whose C library runs the same algorithm
without fused multiply-adds) disagrees with GNU libc in the last bit for about
4 to 6 arguments in 10,000, 29 of them among the 40,000 exponentials of the
post's training.  What that does to training, measured for seeds 0 to 999
with 10,000 iterations, the weights compared after every iteration: for the
post's seed 1 nothing, its weights are equal after every iteration.  For 81
seeds the weights differ in their last bits for a while, often healing later:
after 2,000 iterations seeds 25, 56, 283, 359 and 906 give other last bits,
after 10,000 seeds 437, 541, 742, 752 and 754.  The printed 8 digits never
differ.  A prediction (``think``) is one exponential, so its last bit differs
for 4 to 6 inputs in 10,000.

So this package carries GNU libc's algorithm (Szabolcs Nagy's, from Arm's
optimized-routines, used since glibc 2.28), written out in Python floats, which
round exactly as C doubles do:

    e^x = 2^(k/128) * e^r,   x = k * ln2/128 + r,  |r| <= ln2/256
    2^(k/128) = 2^(k // 128) * H[k % 128] * (1 + T[k % 128])
    e^r - 1  ~=  r + C2 r^2 + C3 r^3 + C4 r^4 + C5 r^5

where H[j] is 2^(j/128) rounded to a double and T[j] the relative rest
(``neuron_pure.exp_table`` works them out, each the first time it is needed).
On current processors glibc's compiled code fuses each ``a * b + c`` into
one instruction that rounds once; ``glibc_exp.fma`` does the same with
integers, so the bits agree with numpy's on those machines (1.2 million
random arguments checked against ``math.exp``).

``neuron_pure.glibc_exp`` is that algorithm step by step, the reference:
exact and slow (about 100 microseconds a call on MicroPython).  It is a
module of its own, imported the first time it is needed, so that a board
that only thinks does not keep it.  ``fast_glibc_exp``, here, gives the same
bits more than ten times faster: it runs the algorithm in plain floats and
knows how far that can be from the fused result.  Where the answer lies near
a rounding boundary (about 2 arguments in 100) it checks that the fused steps
rounded as its own did, and where even the last one is too close to call
(about 1 argument in 550) does it exactly with ``glibc_exp.fma``; ``glibc_exp``
itself runs for about 1 argument in 20,000 (and for |x| >= 354).

The exp the neuron uses (``exp_function``, and ``exp``, the same with its
argument checked) is ``math.exp`` where it gives GNU libc's bits on a set of
arguments known to tell C libraries apart (``neuron_pure.exp_probes``; it is
then the C library's own, about 300 times faster than ours on CPython), and
``fast_glibc_exp`` elsewhere.

>>> exp(1.0)
2.718281828459045
>>> fast_glibc_exp(-0.99977125) == exp(-0.99977125)
True
"""

import math

from neuron_pure.errors import NeuronPureError
from neuron_pure.exp_table import table, table_entry

# The layers: exp_table (the table of 2^(j/128)) below glibc_exp (the exact
# reference) below this module (the fast path, and the choice of exp);
# exp_probes (the probe arguments) below it too.  Nothing here is imported
# back.

__all__ = ["exp"]

_ldexp = math.ldexp                 # one name to look up, not two, in fast_glibc_exp


# ---------------------------------------------------------------------------
# The same algorithm in plain floats, exact where it can decide.
#
# Written with unfused operations, glibc's steps give values within a few
# units in the last place of the fused ones, and the final
# ``scale + scale * tmp`` is known exactly as the pair ``y + e`` (Fast2Sum).
# The fused result is the double nearest ``scale * (1 + tmp_fused)``, which
# lies within ``bound`` of ``y + e``; where every number of that interval
# rounds to one double (rounding is monotone: both ends suffice) that double
# is glibc's.  Where the interval holds a rounding boundary, about 2 calls in
# 100, ``_near_a_boundary`` decides.
#
# The bound, as multiples of u = 2**-53 times scale, with R = |r|, T = |tmp|
# (T <= 1.003 R + 2**-53, as |r| <= ln2/256 and |tail| < 2**-53):
#   kd    the same integer in both, if z is not within 1e-9 of a half
#         (fl(z) is within 2**-37 of the exact product for |x| < 354);
#   x + kd * hi  exact in both: kd * hi has at most 37 + 16 bits, and the sum
#         is a multiple of 2**-61 below 2**-8;
#   tmp   each of the two last fused multiply-adds may round one unit
#         away from what it is given (2T each); their products round off
#         by less than 4u R**2;
#   p     scale * tmp rounds off by at most uT: 5T so far;
#   r     rarely (about one call in 2**20) the fused r is one unit away
#         (2R), and so tail + r may be one more unit of b away (2T): in all
#         2R + 7T + 0.02R, less than 9.05R + 7 * 2**-53.
# ``bound`` takes 9.1 R u + 2**-100, which also covers the roundings of
# ``e +- bound`` (below 2**-105).


def fast_glibc_exp(x):
    """``glibc_exp(x)``, the same bits, computed with floats where they can
    decide (98 arguments in 100), with one exact fused multiply-add near a
    rounding boundary, and by ``glibc_exp`` where even that cannot be
    trusted: on MicroPython more than ten times faster than ``glibc_exp``.
    Trusts its caller: x is a float (NaN and the infinities included).

    >>> from neuron_pure.glibc_exp import glibc_exp
    >>> fast_glibc_exp(-13.416324415436929) == glibc_exp(-13.416324415436929)
    True
    """
    # Called for every output of sigmoid and thinking: glibc's constants
    # (neuron_pure.glibc_exp names them) are written as literals here, as
    # MicroPython reads a literal faster than a global name.
    entries = table
    if not -354.0 < x < 354.0:                  # NaN too; |x| < 354: |kd| < 2**16
        return _glibc_exp(x)
    # glibc returns 1.0 + x for |x| < 2**-54, which is 1.0; here kd = 0, the
    # fused tmp lies in [-2**-54, 2**-54] and 1 + tmp rounds to 1.0 as well.
    z = 184.6649652337873 * x                   # N / ln2 * x
    kd = (z + 6755399441055744.0) - 6755399441055744.0      # rounded to an integer
    if not -0.499999999 < z - kd < 0.499999999:
        return _glibc_exp(x)                    # too near a half to know the fused kd
    k = int(kd)
    r = x + kd * -0.005415212348111709 + kd * -1.2864023111638346e-14
    j = k & 127                                 # k % 128
    # An entry not worked out yet is NaN, and so is then every sum below: each
    # comparison that could return an answer fails, and the argument ends in
    # _near_a_boundary, which works the entry out.  No test for it here.
    tail = entries[j + 128]
    r2 = r * r
    tmp = (tail + r + r2 * (0.49999999999996786 + r * 0.16666666666665886)
           + r2 * r2 * (0.041666680841067401 + r * 0.008333335853059549))
    scale = _ldexp(entries[j], k >> 7)
    p = scale * tmp
    y = scale + p
    e = (scale - y) + p                         # scale + p == y + e exactly
    # 1.0103029524088924e-15 is 9.1 * 2**-53, 7.888609052210118e-31 is 2**-100.
    bound = scale * (abs(r) * 1.0103029524088924e-15 + 7.888609052210118e-31)
    above = y + (e + bound)
    if above == y + (e - bound):
        return above                            # the whole interval rounds to it
    return _near_a_boundary(x, kd, r, tail, scale)


def _rounds_alike(total, big, small, error):
    """Whether every number within ``error`` of ``big + small`` rounds to
    ``total``, the rounded ``big + small``: then a fused multiply-add whose
    product differs from ``small`` by at most ``error`` gives ``total`` too.
    (``big + small == total + rest`` exactly when |big| >= |small|.)"""
    if abs(big) < abs(small):
        return False
    rest = (big - total) + small
    error = error * 1.01 + abs(total) * 7.888609052210118e-31      # + |total| 2**-100
    return total + (rest + error) == total == total + (rest - error)


def _near_a_boundary(x, kd, r, tail, scale):
    """``fast_glibc_exp``'s answer where ``y + e`` lies near a rounding
    boundary (2 calls in 100): check that the three fused multiply-adds before
    the last round as the unfused ones did (each fails about once in 2**10),
    so that the fused ``tmp`` is ours; then only the last one is left, with
    one rounding off instead of five, done exactly by ``fma`` if that one
    is still too close.  Otherwise ``glibc_exp`` does it all.

    Where the table entry is not worked out yet (NaN: nothing above could
    decide), it is worked out here and the argument starts again."""
    if tail != tail:
        table_entry(int(kd) & 127)
        return fast_glibc_exp(x)
    u = 1.1102230246251565e-16                  # 2**-53
    t = x + kd * -0.005415212348111709          # exact
    q = kd * -1.2864023111638346e-14
    if not _rounds_alike(r, t, q, abs(q) * u):
        return _glibc_exp(x)
    r2 = r * r
    b = tail + r
    product = r2 * (0.49999999999996786 + r * 0.16666666666665886)
    tmp = b + product                           # fused a: at most 2**-53 away
    if not _rounds_alike(tmp, b, product, r2 * u + abs(product) * u):
        return _glibc_exp(x)
    product = r2 * r2 * (0.041666680841067401 + r * 0.008333335853059549)
    total = tmp + product                       # fused c: at most 2**-57 away
    if not _rounds_alike(total, tmp, product, r2 * r2 * u + abs(product) * u):
        return _glibc_exp(x)
    # Now the fused tmp is ``total``, and only scale * total rounds off in
    # scale + fl(scale * total) == y + e.
    p = scale * total
    y = scale + p
    if _rounds_alike(y, scale, p, abs(p) * u):
        return y
    from neuron_pure.glibc_exp import fma      # once in 550 calls: imported then
    return fma(scale, total, scale)


def _glibc_exp(x):
    # The reference, for the few arguments the floats cannot decide (and
    # |x| >= 354): imported on first use, so a board that only thinks keeps
    # it only once an argument has needed it.
    from neuron_pure.glibc_exp import glibc_exp
    return glibc_exp(x)


# ---------------------------------------------------------------------------
# Choosing between math.exp and fast_glibc_exp (the probes: neuron_pure.exp_probes).

_chosen = None


def exp_function():
    """The exp the neuron uses: ``math.exp`` where it is GNU libc's (fast),
    otherwise ``fast_glibc_exp``.  Chosen on the first call, then
    remembered.  Neither checks its argument: sigmoid, which calls it for
    every output, catches what goes wrong."""
    global _chosen
    if _chosen is None:
        from neuron_pure.exp_probes import math_exp_is_glibc
        _chosen = math.exp if math_exp_is_glibc(fast_glibc_exp) else fast_glibc_exp
    return _chosen


def exp(x: float) -> float:
    """e^x with GNU libc's bits, on any interpreter: ``exp_function()(x)``,
    with numpy's inf where math.exp overflows.  x is a number that fits a
    float (a bool counts, as in numpy), NaN and the infinities included.

    >>> exp(1.0), exp(-math.inf), exp(710)
    (2.718281828459045, 0.0, inf)
    """
    try:
        value = float(x) if isinstance(x, (int, float, bool)) else None
    except OverflowError:                       # an int too large for a float
        value = None
    if value is None:
        raise NeuronPureError("exp needs a number that fits a float, not %r" % (x,))
    try:
        return exp_function()(value)
    except OverflowError:                       # math.exp: numpy's exp gives inf
        return math.inf
