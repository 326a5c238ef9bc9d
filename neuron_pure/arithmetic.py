"""The arithmetic the post borrows from numpy, written out over plain lists.

A *vector* is a list (or tuple) of numbers, a *matrix* a list of rows of equal
length.  ``dot`` follows ``numpy.dot`` for 1-D and 2-D operands, and adds its
products left to right starting from the first one, the order numpy uses on
arrays this small, so the floats agree with numpy's to the last bit:

>>> dot([1, 2, 3], [4, 5, 6])          # 1*4 + 2*5 + 3*6
32
>>> dot([[0, 0, 1], [1, 1, 1]], [[0.5], [0.25], [2.0]])
[[2.0], [2.75]]
>>> transpose([[1, 2, 3], [4, 5, 6]])
[[1, 4], [2, 5], [3, 6]]
>>> sigmoid(0)
0.5

Shapes that do not fit raise ``NeuronPureError`` (a ``ValueError``) naming both
shapes; nothing is silently cut short the way ``zip`` would.  So does a value
that is not a number (an int, a float or a bool), rather than a ``TypeError``
or, worse, an answer (``2 * "ab"`` is ``"abab"`` to Python):

>>> dot([1, "ab"], [2, 3])
Traceback (most recent call last):
...
neuron_pure.errors.NeuronPureError: dot needs numbers, not 'ab'

The annotations are strings, so MicroPython (no ``typing``, no ``list[float]``)
reads this module unchanged.
"""

from neuron_pure.errors import NeuronPureError
from neuron_pure.validation import is_finite_number, is_number, shape   # shape: numpy's, the one rule for ragged lists

__all__ = [
    "shape", "transpose", "dot", "sum_of_products", "add", "subtract", "multiply",
    "sigmoid", "sigmoid_gradient_from_output",
]


def _shape_text(dimensions):
    # numpy's spelling of a shape: (3,) for a vector, (4, 3) for a matrix.
    if not dimensions:
        return "a number"
    if len(dimensions) == 1:
        return "(%d,)" % dimensions[0]
    return "(" + ", ".join(str(d) for d in dimensions) + ")"


def transpose(matrix: "list[list[float]]") -> "list[list[float]]":
    """Rows become columns: ``transpose(m)[j][i] == m[i][j]``, like numpy's ``m.T``.

    >>> transpose([[0, 0, 1], [1, 1, 1]])
    [[0, 1], [0, 1], [1, 1]]

    A vector is its own transpose, as in numpy:

    >>> transpose([1, 2])
    [1, 2]
    """
    dimensions = shape(matrix)
    if len(dimensions) != 2:
        if len(dimensions) == 1:
            return list(matrix)
        raise NeuronPureError("transpose needs a vector or a matrix, not a number")
    rows, columns = dimensions
    return [[matrix[i][j] for i in range(rows)] for j in range(columns)]


def sum_of_products(a, b):
    """``a[0]*b[0] + a[1]*b[1] + ...``, added left to right from the first
    product, as numpy adds these small sums (``dot`` of two vectors).

    >>> sum_of_products([1, 2, 3], [4, 5, 6])      # (1*4 + 2*5) + 3*6
    32
    """
    shape_a, shape_b = shape(a), shape(b)
    if len(shape_a) != 1 or shape_a != shape_b:
        raise NeuronPureError("sum_of_products needs two lists of numbers of one length, "
                              "got %s and %s" % (_shape_text(shape_a), _shape_text(shape_b)))
    _check_numbers("sum_of_products", a, b)
    return _sum_of_products(a, b)


def _sum_of_products(a, b):
    # Trusts its caller: two lists of numbers of one length.  Not sum(): it
    # starts from the integer 0 (which turns -0.0 into 0.0), and from CPython
    # 3.12 on it adds floats with a compensated algorithm whose result differs
    # from numpy's plain loop in the last bit.
    if not a:
        return 0.0
    total = a[0] * b[0]
    for i in range(1, len(a)):
        total += a[i] * b[i]
    return total


def _check_numbers(name, *arrays):
    """Raise unless every value of ``arrays`` (numbers, vectors, matrices) is
    an int, a float or a bool that fits a float: ``2 * "ab"`` is ``"abab"``
    to Python, and ``10**400 * 1.0`` an ``OverflowError``."""
    for array in arrays:
        for row in (array if isinstance(array, (list, tuple)) else [array]):
            for value in (row if isinstance(row, (list, tuple)) else [row]):
                if not is_number(value):
                    raise NeuronPureError("%s needs numbers, not %r" % (name, value))
                if isinstance(value, int) and not is_finite_number(value):
                    raise NeuronPureError("%s needs numbers that fit a float, not an integer "
                                          "of %d digits" % (name, len(str(abs(value)))))


def dot(a, b):
    """The product numpy's ``dot(a, b)`` computes, for vectors and matrices.

    vector . vector -> number:  ``a[0]*b[0] + ... + a[n-1]*b[n-1]``
    matrix . vector -> vector:  one such sum for each row of ``a``
    vector . matrix -> vector:  one such sum for each column of ``b``
    matrix . matrix -> matrix:  ``result[i][j]`` = row ``i`` of ``a`` . column ``j`` of ``b``

    >>> dot([[1, 2], [3, 4]], [10, 100])     # [1*10 + 2*100, 3*10 + 4*100]
    [210, 430]
    >>> dot([10, 100], [[1, 2], [3, 4]])     # [10*1 + 100*3, 10*2 + 100*4]
    [310, 420]
    >>> dot([[1, 2, 3]], [[1], [2]])
    Traceback (most recent call last):
    ...
    neuron_pure.errors.NeuronPureError: shapes (1, 3) and (2, 1) not aligned: 3 (dim 1) != 2 (dim 0)
    """
    shape_a, shape_b = shape(a), shape(b)
    if not shape_a or not shape_b:
        raise NeuronPureError("dot needs vectors or matrices, not numbers")
    inner_a, inner_b = shape_a[-1], shape_b[0]
    if inner_a != inner_b:
        raise NeuronPureError(
            "shapes %s and %s not aligned: %d (dim %d) != %d (dim 0)"
            % (_shape_text(shape_a), _shape_text(shape_b),
               inner_a, len(shape_a) - 1, inner_b))
    _check_numbers("dot", a, b)
    if len(shape_b) == 1:
        if len(shape_a) == 1:
            return _sum_of_products(a, b)
        return [_sum_of_products(row, b) for row in a]
    columns = transpose(b)
    if len(shape_a) == 1:
        return [_sum_of_products(a, column) for column in columns]
    return [[_sum_of_products(row, column) for column in columns] for row in a]


# ---------------------------------------------------------------------------
# Elementwise steps: numpy's a + b, a - b and a * b for arrays of one shape.

def _elementwise(a, b, combine, name):
    shape_a, shape_b = shape(a), shape(b)
    if shape_a != shape_b:
        raise NeuronPureError("%s needs arrays of one shape, got %s and %s"
                              % (name, _shape_text(shape_a), _shape_text(shape_b)))
    _check_numbers(name, a, b)
    if len(shape_a) == 2:
        return [[combine(x, y) for x, y in zip(row_a, row_b)] for row_a, row_b in zip(a, b)]
    if len(shape_a) == 1:
        return [combine(x, y) for x, y in zip(a, b)]
    return combine(a, b)


def add(a, b):
    """``a + b`` element by element.

    >>> add([[1], [2]], [[0.5], [0.25]])
    [[1.5], [2.25]]
    """
    return _elementwise(a, b, lambda x, y: x + y, "add")


def subtract(a, b):
    """``a - b`` element by element.

    >>> subtract([0, 1], [0.25, 0.75])
    [-0.25, 0.25]
    """
    return _elementwise(a, b, lambda x, y: x - y, "subtract")


def multiply(a, b):
    """``a * b`` element by element (not the matrix product: that is ``dot``).

    >>> multiply([[2], [3]], [[0.5], [4]])
    [[1.0], [12]]
    """
    return _elementwise(a, b, lambda x, y: x * y, "multiply")


# ---------------------------------------------------------------------------
# The sigmoid curve and its gradient.

def sigmoid(x: float) -> float:
    """The sigmoid curve, ``1 / (1 + e^(-x))``, exactly as numpy computes it.

    It squashes any weighted sum into (0, 1):

    >>> sigmoid(0), sigmoid(-0.99977125)
    (0.5, 0.268986398...)
    >>> sigmoid(-1000), sigmoid(float("inf"))
    (0.0, 1.0)
    """
    # numpy evaluates exp(-x) in floating point, where a large argument
    # overflows to inf and 1 / (1 + inf) is 0.0.  math.exp raises instead
    # (OverflowError on CPython and PyPy, ValueError on MicroPython), so we
    # return numpy's 0.0 there.  This is the one place that rule lives: the
    # compiled training loop (neuron_pure.engine) calls this function.  We keep
    # numpy's formula everywhere else rather than a "stable" rewrite such as
    # exp(x) / (1 + exp(x)): that would round differently and the weights would
    # drift from the post's in the last bits.  (1.0 rather than 1: the same
    # bits, one int-to-float conversion fewer.)
    try:
        return 1.0 / (1.0 + _exp(-x))
    except (OverflowError, ValueError):
        # e^(-x) beyond the floats: x is very negative, or an int too large
        # for a float (math.exp cannot take it), whose sigmoid is 1 or 0.
        return 1.0 if x > 0 else 0.0
    except TypeError:                   # not a number: costs nothing until it happens
        raise NeuronPureError("sigmoid needs a number, not %r" % (x,))


def _choose_exp(x):
    # The first call picks the exp (math.exp, or where that rounds differently
    # from the C library numpy uses, our copy of it: see
    # neuron_pure.exponential) and binds it, so later calls go straight to it.
    # Imported here, not at the top: `import neuron_pure` keeps 5 KiB less on
    # a board until the first sigmoid.
    global _exp
    from neuron_pure.exponential import exp_function
    _exp = exp_function()
    return _exp(x)


_exp = _choose_exp


def sigmoid_gradient_from_output(output: float) -> float:
    """The gradient of the sigmoid curve, computed from the sigmoid's *output*.

    If ``output = sigmoid(x)`` then d(output)/dx = ``output * (1 - output)``.
    The post's ``__sigmoid_derivative(x)`` is this function: its ``x`` is
    already the neuron's output, not the weighted sum.

    >>> sigmoid_gradient_from_output(0.5)    # steepest at the middle
    0.25
    >>> sigmoid_gradient_from_output(0.99)   # flat near the ends: confident
    0.00990000...
    """
    if not isinstance(output, (int, float, bool)):
        raise NeuronPureError("the gradient needs a number, not %r" % (output,))
    return output * (1 - output)
