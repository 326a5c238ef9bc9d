"""The list-based stand-ins for numpy's dot, transpose and sigmoid."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from neuron_pure import (
    NeuronPureError, add, dot, multiply, shape, sigmoid, sigmoid_gradient_from_output,
    subtract, transpose)

finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)
any_float = st.floats(allow_nan=True, allow_infinity=True)


@st.composite
def matrices(draw, rows=None, columns=None):
    rows = draw(st.integers(1, 5)) if rows is None else rows
    columns = draw(st.integers(1, 5)) if columns is None else columns
    return [draw(st.lists(finite, min_size=columns, max_size=columns)) for _ in range(rows)]


def textbook_sum(a, b):
    total = a[0] * b[0]
    for x, y in zip(a[1:], b[1:]):
        total = total + x * y
    return total


@given(matrices())
def test_transpose_is_an_involution_that_swaps_the_shape(matrix):
    """Law: (m.T).T == m, and m.T has shape (columns, rows)."""
    rows, columns = shape(matrix)
    assert shape(transpose(matrix)) == (columns, rows)
    assert transpose(transpose(matrix)) == matrix


@given(st.data(), st.integers(1, 4), st.integers(1, 4), st.integers(1, 4))
def test_dot_is_the_textbook_sum_left_to_right(data, n, k, m):
    """Law: dot(a, b)[i][j] == a[i][0]*b[0][j] + ... in that order, for every
    combination of vector and matrix operands numpy.dot accepts."""
    a = data.draw(matrices(n, k))
    b = data.draw(matrices(k, m))
    columns = transpose(b)
    assert dot(a, b) == [[textbook_sum(row, column) for column in columns] for row in a]
    vector = data.draw(st.lists(finite, min_size=k, max_size=k))
    assert dot(a, vector) == [textbook_sum(row, vector) for row in a]
    assert dot(vector, b) == [textbook_sum(vector, column) for column in columns]
    assert dot(vector, vector) == textbook_sum(vector, vector)


@given(st.data(), st.integers(1, 4), st.integers(1, 4))
def test_dot_raises_on_shapes_that_do_not_fit(data, k, other):
    """Law: the inner dimensions must agree; otherwise an error names both shapes."""
    if other == k:
        other += 1
    a = data.draw(matrices(2, k))
    b = data.draw(matrices(other, 2))
    with pytest.raises(NeuronPureError, match=r"shapes \(2, %d\) and \(%d, 2\) not aligned" % (k, other)):
        dot(a, b)
    with pytest.raises(NeuronPureError, match="not aligned"):
        dot([1.0] * k, [1.0] * other)


def test_dot_keeps_ints_ints_and_takes_tuples():
    assert dot((1, 2, 3), (4, 5, 6)) == 32
    assert dot([], []) == 0.0


def test_ragged_matrices_are_refused_not_truncated():
    with pytest.raises(NeuronPureError, match="ragged"):
        dot([[1, 2], [3]], [1, 2])
    with pytest.raises(NeuronPureError, match="ragged"):
        transpose([[1, 2, 3], [4, 5]])


def test_elementwise_steps_check_shapes():
    assert add([[1], [2]], [[3], [4]]) == [[4], [6]]
    assert subtract([1, 2], [0.5, 0.5]) == [0.5, 1.5]
    assert multiply(2, 3) == 6
    with pytest.raises(NeuronPureError, match=r"add needs arrays of one shape, got \(2,\) and \(3,\)"):
        add([1, 2], [1, 2, 3])


@given(any_float)
def test_sigmoid_never_raises_and_stays_in_the_unit_interval(x):
    """Law: sigmoid(x) is in [0, 1] for every float, NaN in gives NaN out."""
    y = sigmoid(x)
    if math.isnan(x):
        assert math.isnan(y)
    else:
        assert 0.0 <= y <= 1.0


@given(finite, finite)
def test_sigmoid_is_monotone(x, y):
    """Law: a larger weighted sum never gives a smaller output."""
    low, high = min(x, y), max(x, y)
    assert sigmoid(low) <= sigmoid(high)


@given(st.floats(min_value=-30, max_value=30))
def test_sigmoid_is_symmetric_about_one_half(x):
    """Law: sigmoid(-x) == 1 - sigmoid(x), up to rounding."""
    assert sigmoid(-x) == pytest.approx(1 - sigmoid(x), abs=1e-15)


def test_sigmoid_matches_numpy_where_exp_overflows():
    # numpy: exp(1000) overflows to inf and 1 / (1 + inf) == 0.0
    assert sigmoid(-1000.0) == 0.0
    assert sigmoid(-math.inf) == 0.0
    assert sigmoid(math.inf) == 1.0
    assert sigmoid(-709.0) == 1 / (1 + math.exp(709.0))     # still finite: not clamped
    assert sigmoid(0) == 0.5


def test_gradient_is_taken_from_the_output():
    assert sigmoid_gradient_from_output(0.5) == 0.25
    assert sigmoid_gradient_from_output(sigmoid(0.0)) == 0.25
    assert sigmoid_gradient_from_output(1.0) == 0.0


def test_the_number_helpers_name_what_is_not_a_number():
    """The error contract reaches the lowest helpers: no TypeError leaks out."""
    import pytest

    from neuron_pure import NeuronPureError, float_repr, format_fixed, sigmoid
    from neuron_pure.arithmetic import sigmoid_gradient_from_output
    for call in (lambda: sigmoid("x"), lambda: sigmoid_gradient_from_output("x"),
                 lambda: float_repr("x"), lambda: float_repr(True), lambda: float_repr(10 ** 400),
                 lambda: format_fixed(None), lambda: format_fixed(0.5, -1),
                 lambda: format_fixed(0.5, 2.0)):
        with pytest.raises(NeuronPureError):
            call()
    assert float_repr(3) == "3.0" and format_fixed(1, 2) == "1.00"


def test_sigmoid_of_an_int_beyond_the_floats_is_one_or_zero():
    """sigmoid(10**400) was 0.0 on CPython (math.exp cannot take the int, and
    its OverflowError was taken for numpy's overflow to inf) but 1.0 where our
    own exp runs (Pyodide, MicroPython): now 1.0 everywhere, and
    sigmoid(-10**400) 0.0, as the curve has it."""
    from neuron_pure import sigmoid
    assert (sigmoid(10 ** 400), sigmoid(-10 ** 400)) == (1.0, 0.0)
    assert (sigmoid(1000), sigmoid(-1000), sigmoid(10 ** 300)) == (1.0, 0.0, 1.0)


def test_an_int_beyond_the_floats_is_refused_by_name_not_by_overflow():
    """dot([10**400], [1.0]) raised OverflowError from inside the products;
    the door now names the value before any arithmetic runs.  Ints that fit
    a float still multiply exactly, as Python's ints do."""
    from neuron_pure.arithmetic import sum_of_products
    for call in (lambda: dot([10 ** 400], [1.0]), lambda: add([[10 ** 400]], [[1.0]]),
                 lambda: multiply(-10 ** 400, 0.5), lambda: sum_of_products([1, 10 ** 400], [1, 2])):
        with pytest.raises(NeuronPureError, match="needs numbers that fit a float, not an "
                                                  "integer of 401 digits"):
            call()
    assert dot([2 ** 60], [3]) == 3 * 2 ** 60 and type(dot([2 ** 60], [3])) is int


def test_sum_of_products_needs_two_vectors_of_one_length():
    from neuron_pure.arithmetic import sum_of_products
    with pytest.raises(NeuronPureError, match=r"two lists of numbers of one length, got \(2,\) "
                                              r"and \(1,\)"):
        sum_of_products([1, 2], [1])
    with pytest.raises(NeuronPureError, match=r"got \(1, 1\) and \(1, 1\)"):
        sum_of_products([[1]], [[1]])
    assert sum_of_products([], []) == 0.0 and sum_of_products((1, 2.5), [2, 2]) == 7.0
