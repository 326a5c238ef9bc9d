"""numpy's print format, case by case (expected strings are numpy 2.x's
``str(numpy.array(...))``; benchmarks/crosscheck.py compares with numpy itself)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from neuron_pure import float_repr, format_array, format_fixed
from neuron_pure.errors import NeuronPureError


@pytest.mark.parametrize("values, printed", [
    ([[-0.165955990594852], [0.4406489868843162], [-0.9997712503653102]],
     "[[-0.16595599]\n [ 0.44064899]\n [-0.99977125]]"),
    ([[9.672993027736892], [-0.20784349926631962], [-4.62963668773159]],
     "[[ 9.67299303]\n [-0.2078435 ]\n [-4.62963669]]"),
    ([0.9999370428352157], "[0.99993704]"),
    ([0.5], "[0.5]"),
    ([0.0, -0.0], "[ 0. -0.]"),
    ([1.0, 0.5, -0.25], "[ 1.    0.5  -0.25]"),
    ([[1e-05], [1.0]], "[[1.e-05]\n [1.e+00]]"),
    ([[9.67, -0.0078]], "[[ 9.67e+00 -7.80e-03]]"),
    ([[9.67e10, -0.0078, 1e-300]], "[[ 9.67e+010 -7.80e-003  1.00e-300]]"),
    ([[1e-05], [-1.0], [float("nan")]], "[[ 1.e-05]\n [-1.e+00]\n [    nan]]"),
    ([0.001953125], "[0.00195312]"),         # a tie, rounded to even
    ([0.005859375], "[0.00585938]"),
    ([1.5e-323, 1.0], "[1.5e-323 1.0e+000]"),
    ([1.5e-323, 1.23456789], "[1.48219694e-323 1.23456789e+000]"),   # exact digits, not zeros
    ([[123456789.0] * 5],
     "[[1.23456789e+08 1.23456789e+08 1.23456789e+08 1.23456789e+08\n  1.23456789e+08]]"),
    ([[-1234567.123456] * 5],
     "[[-1234567.123456 -1234567.123456 -1234567.123456 -1234567.123456\n  -1234567.123456]]"),
])
def test_numpy_prints_these_arrays_so(values, printed):
    assert format_array(values) == printed


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_float_repr_is_cpythons_repr(x):
    """Law: the exact-arithmetic repr agrees with the interpreter's own."""
    assert float_repr(x) == repr(x)


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_float_repr_reads_back_as_the_same_float(x):
    """Law: the shortest digits identify the float."""
    assert float(float_repr(x)) == x


@pytest.mark.parametrize("call, wrong, message", [
    (float_repr, "x", "float_repr needs a number, not 'x'"),
    (float_repr, True, "float_repr needs a number, not True"),
    (float_repr, 10 ** 400, "float_repr needs a number that fits a float, not %d" % 10 ** 400),
    (format_fixed, None, "format_fixed needs a number, not None"),
    (lambda places: format_fixed(0.1, places), 1075,
     "format_fixed's places must be a whole number from 0 to 1074, not 1075"),
    (lambda places: format_fixed(0.1, places), True,
     "format_fixed's places must be a whole number from 0 to 1074, not True"),
    (format_array, [[1.0], [True]], "format_array needs a number, not True"),
    (format_array, [[1.0], [2.0, 3.0]],
     "format_array needs lists of one shape, as numpy's arrays have, not [[1.0], [2.0, 3.0]]"),
])
def test_the_printing_doors_name_what_is_wrong(call, wrong, message):
    """float_repr, format_fixed and format_array check their arguments once,
    at the door (the digit functions behind them trust them), with these
    messages."""
    with pytest.raises(NeuronPureError) as caught:
        call(wrong)
    assert str(caught.value) == message
