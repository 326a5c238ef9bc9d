"""neuron_pure.exponential: GNU libc's exp, written out, agrees with the C one."""

import math
import os
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from neuron_pure import exp_probes, exp_table, exponential
from neuron_pure.board import PACKAGE_DIR, module_imports
from neuron_pure.errors import NeuronPureError
from neuron_pure.exp_probes import math_exp_is_glibc, probe_arguments
from neuron_pure.exponential import exp, exp_function, fast_glibc_exp
from neuron_pure.glibc_exp import fma, glibc_exp

GLIBC = math_exp_is_glibc(fast_glibc_exp)
needs_glibc = pytest.mark.skipif(
    not GLIBC, reason="math.exp here is not GNU libc's, so there is nothing to compare with")

finite = st.floats(allow_nan=False, allow_infinity=False, min_value=-1e300, max_value=1e300)


@given(finite, finite, finite)
def test_fma_rounds_once(a, b, c):
    """Law: fma(a, b, c) is the exact a*b + c rounded once to a double."""
    exact = Fraction(a) * Fraction(b) + Fraction(c)
    try:
        expected = float(exact)          # a Fraction converts correctly rounded
    except OverflowError:
        expected = math.inf if exact > 0 else -math.inf
    assert fma(a, b, c) == expected


@needs_glibc
@given(st.floats(min_value=-746.0, max_value=709.78))
@settings(max_examples=3000)
def test_glibc_exp_is_bit_for_bit_the_c_librarys(x):
    """Law: on GNU libc, our exp and math.exp are the same function."""
    assert glibc_exp(x) == math.exp(x)


@needs_glibc
def test_the_fast_path_is_taken_where_math_exp_is_glibcs():
    assert exp_function() is math.exp


def test_special_values():
    assert glibc_exp(0.0) == 1.0
    assert glibc_exp(-math.inf) == 0.0
    assert glibc_exp(math.inf) == math.inf
    assert glibc_exp(800.0) == math.inf          # overflow gives inf, never raises
    assert glibc_exp(-800.0) == 0.0
    assert math.isnan(glibc_exp(math.nan))
    assert glibc_exp(-745.0) == 5e-324           # the smallest subnormal
    assert exp(1.0) == 2.718281828459045


@pytest.mark.parametrize("x, value", [
    # GNU libc's values (math.exp on Linux) for two arguments where
    # MicroPython's WebAssembly build gives another last bit.
    (-13.416324415436929, 1.4906110588946748e-06),
    (2.0510668219652644, 7.776192495762802),
])
def test_known_hard_cases(x, value):
    assert glibc_exp(x) == value


# ---------------------------------------------------------------------------
# fast_glibc_exp: floats where they can decide, glibc_exp elsewhere.

every_double = st.floats(allow_nan=True, allow_infinity=True)
training_sized = st.floats(min_value=-40.0, max_value=40.0)


@given(st.one_of(training_sized, every_double))
@settings(max_examples=3000)
def test_fast_glibc_exp_gives_glibc_exps_bits(x):
    """Law: fast_glibc_exp and glibc_exp are the same function (bit for bit),
    on any interpreter: the fast path only answers where its error bound
    proves the answer."""
    fast, exact = fast_glibc_exp(x), glibc_exp(x)
    assert fast == exact or (fast != fast and exact != exact)


@needs_glibc
@given(st.floats(min_value=-746.0, max_value=709.78))
@settings(max_examples=3000)
def test_fast_glibc_exp_is_bit_for_bit_the_c_librarys(x):
    """Law: on GNU libc, fast_glibc_exp and math.exp are the same function."""
    assert fast_glibc_exp(x) == math.exp(x)


def unfused_glibc_exp(x):
    """glibc's algorithm in plain floats with no check: what MicroPython's
    WebAssembly math.exp computes (its C library runs the same algorithm
    without fused multiply-adds)."""
    z = 184.6649652337873 * x
    kd = (z + 6755399441055744.0) - 6755399441055744.0
    k = int(kd)
    r = x + kd * -0.005415212348111709 + kd * -1.2864023111638346e-14
    high, tail = exp_table.table_entry(k & 127)
    r2 = r * r
    tmp = (tail + r + r2 * (0.49999999999996786 + r * 0.16666666666665886)
           + r2 * r2 * (0.041666680841067401 + r * 0.008333335853059549))
    scale = math.ldexp(high, k >> 7)
    return scale + scale * tmp


def test_fast_glibc_exp_is_right_where_the_unfused_algorithm_is_wrong():
    """Near a rounding boundary the unfused algorithm (MicroPython's exp)
    gives another last bit; there the fast path must not answer by itself.
    A sweep of 100,000 arguments over the sigmoid's working range finds
    such arguments, and fast_glibc_exp must give glibc_exp's bits on each.
    (The probes of exp_function are such arguments too.)"""
    disagreements = []
    x = -20.0
    while x < 20.0:
        if unfused_glibc_exp(x) != glibc_exp(x):
            disagreements.append(x)
        x += 0.00040000370000037
    assert len(disagreements) > 40                      # the sweep found some
    disagreements += probe_arguments()
    for x in disagreements:
        assert fast_glibc_exp(x) == glibc_exp(x), x


def test_fast_glibc_exp_decides_most_arguments_by_itself(monkeypatch):
    """The point of the fast path: on the sigmoid's working range it leaves
    fewer than 4 arguments in 100 to the check near a rounding boundary
    (about 1.7 measured), and fewer than 1 in 1,000 to the exact integer
    computation of every step (about 1 in 20,000).  Counted, not timed; and
    every argument the check decided is glibc_exp's."""
    glibc_exp(0.0)
    checked, exact = [], []
    near_a_boundary = exponential._near_a_boundary

    def counting_check(x, *rest):
        checked.append(x)
        return near_a_boundary(x, *rest)

    def counting_exact(x):
        exact.append(x)
        return glibc_exp(x)
    monkeypatch.setattr(exponential, "_near_a_boundary", counting_check)
    monkeypatch.setattr(exponential, "_glibc_exp", counting_exact)
    arguments = [-10.0 + i * 0.0002000013 for i in range(100000)]
    for x in arguments:
        fast_glibc_exp(x)
    assert 0 < len(checked) < 0.04 * len(arguments)
    assert len(exact) < 0.001 * len(arguments)
    monkeypatch.undo()
    for x in checked:
        assert fast_glibc_exp(x) == glibc_exp(x), x


@pytest.mark.parametrize("x", [
    -745.1332191019411, -745.1332191019412,      # the last nonzero result, the first zero
    -708.3964185322641, -708.4, -709.0, -744.0,  # subnormal results
    709.782712893384, 709.7827128933841,         # the largest finite result, the first inf
    353.99999999999994, 354.0, -354.0, 512.0, -512.0, 1023.9999999999999, 1024.0,
    5.551115123125783e-17, -5.551115123125783e-17, 5.551115123125782e-17,
    -5.551115123125782e-17, 2.0 ** -60, -2.0 ** -60, 1e-300, -1e-300, 2.0 ** -1074, -2.0 ** -1074,
    0.0027076061740622863, -0.0027076061740622863,   # ln2/256: where kd becomes 1
    0.0, -0.0,
])
def test_fast_glibc_exp_at_the_edges(x):
    """Edges of the fast path's range and of the exponential's: subnormal
    results, overflow, the tiny arguments that return 1 + x."""
    fast, exact = fast_glibc_exp(x), glibc_exp(x)
    assert fast == exact and math.copysign(1.0, fast) == math.copysign(1.0, exact)
    if GLIBC:
        try:
            assert fast == math.exp(x)
        except OverflowError:
            assert fast == math.inf


def test_exp_function_is_fast_glibc_exp_where_math_exp_is_not_glibcs(monkeypatch):
    monkeypatch.setattr(exponential, "_chosen", None)
    monkeypatch.setattr(exp_probes, "math_exp_is_glibc", lambda reference: False)
    assert exp_function() is fast_glibc_exp


def test_each_table_entry_is_two_to_the_j_over_128_and_its_rest():
    """H[j] is 2^(j/128) rounded to a double and T[j] the relative rest, also
    rounded, whichever order the entries are worked out in (decimal at 80
    digits as the reference)."""
    from decimal import Decimal, localcontext
    saved = exp_table.table[:]
    exp_table.table[:] = [math.nan] * 256       # in place: exponential reads the same list
    try:
        with localcontext() as context:
            context.prec = 80
            for j in (127, 0, 64, 1, 100, 37):
                exact = Decimal(2) ** (Decimal(j) / 128)
                high = float(exact)
                assert exp_table.table_entry(j) == (high, float((exact - Decimal(high)) / Decimal(high)))
    finally:
        exp_table.table[:] = saved


def test_the_exps_are_layered():
    """No import circle, not even through an import inside a function: the
    table (exp_table) sits below the exact reference (glibc_exp), and both,
    with the probe arguments (exp_probes), below the fast path and the choice
    of exp (exponential), which imports them and is imported by none of them."""
    below = {"floatbits.py": set(), "exp_table.py": {"floatbits.py"},
             "glibc_exp.py": {"exp_table.py", "floatbits.py"}, "exp_probes.py": set()}
    for name, allowed in below.items():
        libraries, modules = module_imports(os.path.join(PACKAGE_DIR, name))
        assert modules <= allowed, (name, modules)
    _, modules = module_imports(os.path.join(PACKAGE_DIR, "exponential.py"))
    assert modules == {"errors.py", "exp_table.py", "glibc_exp.py", "exp_probes.py"}


def test_exp_refuses_what_is_not_a_number_that_fits_a_float():
    """The door: exp checks its argument once (fast_glibc_exp, glibc_exp and
    the exact helpers below them trust it), with the message it always gave."""
    for wrong in ("x", None, [1.0], 10 ** 400, 1j):
        with pytest.raises(NeuronPureError) as caught:
            exp(wrong)
        assert str(caught.value) == "exp needs a number that fits a float, not %r" % (wrong,)
    assert exp(True) == exp(1.0) == 2.718281828459045
    assert exp(710) == math.inf and exp(-math.inf) == 0.0 and math.isnan(exp(math.nan))
