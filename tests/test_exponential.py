"""neuron_pure.exponential: GNU libc's exp, written out, agrees with the C one."""

import math
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from neuron_pure.exponential import _fma, exp, exp_function, glibc_exp, math_exp_is_glibc

GLIBC = math_exp_is_glibc()
needs_glibc = pytest.mark.skipif(
    not GLIBC, reason="math.exp here is not GNU libc's, so there is nothing to compare with")

finite = st.floats(allow_nan=False, allow_infinity=False, min_value=-1e300, max_value=1e300)


@given(finite, finite, finite)
def test_fma_rounds_once(a, b, c):
    """Law: _fma(a, b, c) is the exact a*b + c rounded once to a double."""
    exact = Fraction(a) * Fraction(b) + Fraction(c)
    try:
        expected = float(exact)          # a Fraction converts correctly rounded
    except OverflowError:
        expected = math.inf if exact > 0 else -math.inf
    assert _fma(a, b, c) == expected


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
