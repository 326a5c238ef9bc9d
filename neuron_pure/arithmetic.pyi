# Types of neuron_pure.arithmetic, and the names of the shapes every other stub uses.
#
# The names below exist for type checkers only (the module itself runs on
# MicroPython, which has no typing): in your own code, import them under
# `if typing.TYPE_CHECKING:`.  A float parameter accepts an int too (PEP 484),
# and ints in may give ints out: dot([1, 2, 3], [4, 5, 6]) is 32.

from typing import Sequence, overload

# What the functions return: plain lists of floats.
Vector = list[float]                 # [x0, x1, ...]: one number per input, example or neuron
Matrix = list[list[float]]           # rows of equal length: matrix[row][column]
# A matrix of one column, [[w0], [w1], ...]: a column of weights holds one [weight] per input.
Column = list[list[float]]

# What they accept: lists or tuples (Sequence reads "a list or a tuple" here:
# other sequences are refused at run time with NeuronPureError).
VectorLike = Sequence[float]
MatrixLike = Sequence[Sequence[float]]

# numpy's shape: () for a number, (n,) for a vector, (rows, columns) for a matrix.
Shape = tuple[int, ...]

__all__ = [
    "shape", "transpose", "dot", "sum_of_products", "add", "subtract", "multiply",
    "sigmoid", "sigmoid_gradient_from_output",
]

def shape(array: float | VectorLike | MatrixLike) -> Shape: ...

@overload
def transpose(matrix: MatrixLike) -> Matrix: ...
@overload
def transpose(matrix: VectorLike) -> Vector: ...     # a vector is its own transpose

def sum_of_products(a: VectorLike, b: VectorLike) -> float: ...

# numpy.dot's four cases.
@overload
def dot(a: MatrixLike, b: MatrixLike) -> Matrix: ...
@overload
def dot(a: MatrixLike, b: VectorLike) -> Vector: ...  # one sum per row of a
@overload
def dot(a: VectorLike, b: MatrixLike) -> Vector: ...  # one sum per column of b
@overload
def dot(a: VectorLike, b: VectorLike) -> float: ...

# Elementwise: both operands of one shape, the result of that shape.
@overload
def add(a: MatrixLike, b: MatrixLike) -> Matrix: ...
@overload
def add(a: VectorLike, b: VectorLike) -> Vector: ...
@overload
def add(a: float, b: float) -> float: ...
@overload
def subtract(a: MatrixLike, b: MatrixLike) -> Matrix: ...
@overload
def subtract(a: VectorLike, b: VectorLike) -> Vector: ...
@overload
def subtract(a: float, b: float) -> float: ...
@overload
def multiply(a: MatrixLike, b: MatrixLike) -> Matrix: ...
@overload
def multiply(a: VectorLike, b: VectorLike) -> Vector: ...
@overload
def multiply(a: float, b: float) -> float: ...

def sigmoid(x: float) -> float: ...
def sigmoid_gradient_from_output(output: float) -> float: ...   # output * (1 - output)

