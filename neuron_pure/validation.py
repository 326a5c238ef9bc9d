"""Checking what a caller gives the package, once, where it enters.

Every documented callable checks its arguments here, with one rule per kind
of value, and hands the checked values inward: the arithmetic, the training
engine and the step records trust them (as CPython's ``statistics.mean``
checks and its ``_sum`` trusts).  A problem raises ``NeuronPureError`` (a
``ValueError``) naming it, the same words wherever it is found:

>>> check_rows([[0, 0, 1], [1, 1, 1]], 3, "training input", "the neuron")
[[0, 0, 1], [1, 1, 1]]
>>> check_rows([[0, 0, 1], [1, "x", 1]], 3, "training input")
Traceback (most recent call last):
...
neuron_pure.errors.NeuronPureError: training input [1][1] is 'x', not a number
>>> check_rows([[0, 0]], 3, "training input", "the neuron")
Traceback (most recent call last):
...
neuron_pure.errors.NeuronPureError: training inputs have 2 columns but the neuron has 3 inputs

The module imports only ``math`` and the error type, so that every other
module, a board's ``thinking`` too, can use its rules.
"""

import math

from neuron_pure.errors import NeuronPureError

__all__ = []        # internal: the rules the documented callables apply

# A layer of more weights than this is beyond what pure Python trains in a
# lifetime (and its weights would not fit a board): refused by name rather than
# left to run out of memory drawing them.
MAX_LAYER_WEIGHTS = 10 ** 7


# ---------------------------------------------------------------------------
# Single values: the one number rule, the one integer rule.

def is_number(value):
    """True for an int, a float or a bool: a value, not text (``dataset``
    reads text).  ``bool`` is listed because MicroPython does not count it as
    an int; numpy counts ``True`` as 1, and so do we."""
    return isinstance(value, (int, float, bool))


def is_finite_number(value):
    """A number that is neither infinite nor NaN, and fits a float."""
    try:
        return isinstance(value, (int, float, bool)) and math.isfinite(value)
    except OverflowError:                   # an int too large for a float
        return False


def is_integer(value):
    """A whole number given as an int, not a bool (``True`` is no count)."""
    return isinstance(value, int) and not isinstance(value, bool)


def _first_not_finite(rows):
    """``(i, j)`` of the first value of ``rows`` (lists of values) that is not
    a finite number, or ``None``: is_finite_number's rule, in one loop
    without a call per value (a training set may hold thousands)."""
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            try:
                if isinstance(value, (int, float, bool)) and math.isfinite(value):
                    continue
            except OverflowError:           # an int too large for a float
                pass
            return i, j
    return None


def check_number(value, where):
    """``value`` if it is a finite number that fits a float; ``where`` names
    it in the error."""
    if is_finite_number(value):
        return value
    if not is_number(value):
        raise NeuronPureError("%s is %r, not a number" % (where, value))
    if isinstance(value, int):
        raise NeuronPureError("%s is too large for a float" % where)
    raise NeuronPureError("%s is %r, not a finite number" % (where, value))


def check_count(value, name):
    """A whole number, 0 or more: an iteration count, a width."""
    if not is_integer(value):
        raise NeuronPureError("%s must be an integer, not %r" % (name, value))
    if value < 0:
        raise NeuronPureError("%s must not be negative, got %d" % (name, value))
    return value


def check_iteration(value):
    """An iteration of training, counting from 1 (the first is 1)."""
    if check_count(value, "iteration") < 1:
        raise NeuronPureError("iteration counts from 1, got %d" % value)
    return value


def check_boolean(value, name):
    if not isinstance(value, bool):
        raise NeuronPureError("%s must be True or False, not %r" % (name, value))
    return value


def check_text(value, name):
    """A str: a title, a name (``str(None)`` would print as "None")."""
    if not isinstance(value, str):
        raise NeuronPureError("%s must be a str, not %r" % (name, value))
    return value


def check_function(value, name):
    """Something to call: ``write`` (print, a list's append), a title maker."""
    if not callable(value):
        raise NeuronPureError("%s must be a function, not %r" % (name, value))
    return value


def check_learning_rate(value):
    """A finite number above 0 (not ``True``, which Python counts as 1)."""
    if isinstance(value, bool):
        raise NeuronPureError("learning_rate must be a number, not %r" % value)
    if check_number(value, "learning_rate") <= 0:
        raise NeuronPureError("learning_rate must be positive, got %r" % value)
    return value


# ---------------------------------------------------------------------------
# Lists: rows of examples, targets, situations, weights.

def check_numbers(values, where):
    """``values`` as a new list, every one a finite number; ``where % index``
    names a bad one (the message is written only then).

    >>> check_numbers((1, 2.5), "weight [%d]")
    [1, 2.5]
    """
    if not isinstance(values, (list, tuple)):
        what = where.split(" [")[0]             # "weight [%d]" names the list "weight"
        raise NeuronPureError("%s must be a list of numbers, not %r" % (what, values))
    bad = _first_not_finite((values,))
    if bad is not None:
        check_number(values[bad[1]], where % bad[1])
    return list(values)


def shape(array):
    """The shape numpy would give ``array``: ``()`` for a number, ``(n,)`` for a
    vector, ``(rows, columns)`` for a matrix (``arithmetic.shape``).

    >>> shape(2.5), shape([1, 2, 3]), shape([[1], [2]])
    ((), (3,), (2, 1))

    Rows of different lengths (a ragged matrix) are an error:

    >>> shape([[1, 2], [3]])
    Traceback (most recent call last):
    ...
    neuron_pure.errors.NeuronPureError: ragged matrix: row 1 has 1 element, row 0 has 2
    """
    if not isinstance(array, (list, tuple)):
        return ()
    if not array or not isinstance(array[0], (list, tuple)):
        for index, item in enumerate(array):
            if isinstance(item, (list, tuple)):
                raise NeuronPureError("ragged array: element %d is a list, element 0 is not" % index)
        return (len(array),)
    width = len(array[0])
    for index, row in enumerate(array):
        if not isinstance(row, (list, tuple)):
            raise NeuronPureError("ragged array: element %d is not a list, element 0 is" % index)
        if len(row) != width:
            raise NeuronPureError("ragged matrix: row %d has %d element%s, row 0 has %d"
                                  % (index, len(row), "" if len(row) == 1 else "s", width))
    return (len(array), width)


def check_rows(rows, width, what, owner="the network"):
    """``rows`` as a new list of lists, each ``width`` finite numbers wide
    (``None``: as wide as the first); ``what`` names one of them in errors
    ("training input", "input"), ``owner`` what they are for ("the neuron",
    "the network")."""
    if not isinstance(rows, (list, tuple)) or not rows:
        raise NeuronPureError("%ss must be a non-empty list of rows" % what)
    dimensions = shape(rows)
    if len(dimensions) != 2:
        raise NeuronPureError("%ss must be a list of rows, one row per example" % what)
    if width is not None and dimensions[1] != width:
        raise NeuronPureError("%ss have %d columns but %s has %s inputs"
                              % (what, dimensions[1], owner, width))
    bad = _first_not_finite(rows)
    if bad is not None:
        i, j = bad
        check_number(rows[i][j], "%s [%d][%d]" % (what, i, j))
    return [list(row) for row in rows]


def check_situations(inputs, width, owner="the network"):
    """What ``think`` accepts: one situation (a list of ``width`` numbers) or
    a matrix of them, one per row.  Returns ``(rows, single)``.

    >>> check_situations([1, 0, 0], 3)
    ([[1, 0, 0]], True)
    """
    dimensions = shape(inputs)
    if not dimensions:
        raise NeuronPureError("think needs a list of inputs, not a single number")
    if len(dimensions) == 2:
        return check_rows(inputs, width, "input", owner), False
    if dimensions[0] != width:
        raise NeuronPureError("got %d inputs but %s has %s" % (dimensions[0], owner, width))
    return [check_numbers(inputs, "input [%d]")], True


def _size_text(dimensions):
    # (4,) is "4 values", (4, 2) "4 rows of 2", () "a number".
    if not dimensions:
        return "a number"
    if len(dimensions) == 1:
        return "%d value%s" % (dimensions[0], "" if dimensions[0] == 1 else "s")
    return "%d row%s of %d" % (dimensions[0], "" if dimensions[0] == 1 else "s", dimensions[1])


def check_targets(outputs, examples, width):
    """The training outputs as rows of ``width`` numbers, one row per example.

    With ``width`` 1 a flat list (``[0, 1, 1, 0]``) is accepted as well as the
    post's column (``[[0], [1], [1], [0]]``):

    >>> check_targets([0, 1], 2, 1)
    [[0], [1]]
    >>> check_targets([[0], [1], [1]], 2, 1)
    Traceback (most recent call last):
    ...
    neuron_pure.errors.NeuronPureError: training outputs must be 2 values, one per example, not 3 rows of 1
    """
    given = shape(outputs)
    flat = width == 1 and len(given) == 1          # a flat list: the post's column
    if (given + (1,) if flat else given) != (examples, width):
        raise NeuronPureError("training outputs must be %s, one per example, not %s" % (
            _size_text((examples,) if width == 1 else (examples, width)),
            _size_text(given) if given else repr(outputs)))
    if flat:
        outputs = [[value] for value in outputs]
    bad = _first_not_finite(outputs)
    if bad is not None:
        i, j = bad
        check_number(outputs[i][j], "training output [%d]" % i if width == 1
                     else "training output [%d][%d]" % (i, j))
    return [list(row) for row in outputs]


# ---------------------------------------------------------------------------
# Layers: the one validator of a network's weights.

def check_layer_size(inputs, neurons, inputs_name="number_of_inputs",
                     neurons_name="number_of_neurons"):
    """``inputs`` and ``neurons`` of a layer: whole numbers of at least 1 whose
    product is at most ``MAX_LAYER_WEIGHTS``; the names say which in errors.

    >>> check_layer_size(3, 1)
    (3, 1)
    >>> check_layer_size(2 ** 70, 1)
    Traceback (most recent call last):
    ...
    neuron_pure.errors.NeuronPureError: a layer of 1180591620717411303424 inputs and 1 neurons has more weights than the 10000000 this pure-Python network handles
    """
    for value, name in ((inputs, inputs_name), (neurons, neurons_name)):
        if check_count(value, name) == 0:
            raise NeuronPureError("%s must be at least 1" % name)
    if inputs * neurons > MAX_LAYER_WEIGHTS:
        raise NeuronPureError("a layer of %d inputs and %d neurons has more weights than the %d "
                              "this pure-Python network handles" % (inputs, neurons, MAX_LAYER_WEIGHTS))
    return inputs, neurons


def check_layers(weights, biases=None):
    """``(weights, biases)`` as new lists, checked: ``weights`` one matrix per
    layer (one row per input, one column per neuron, each layer taking as
    many inputs as the one before has neurons), ``biases`` ``None`` or one
    entry per layer, ``None`` or one bias per neuron.  Every value a finite
    number; every problem named by layer.

    >>> check_layers([[[0.5, 1], [2, 3]], [[1], [-1]]], [None, [0.25]])
    ([[[0.5, 1], [2, 3]], [[1], [-1]]], [None, [0.25]])
    >>> check_layers([[[0.5, 1]], [[1]]])
    Traceback (most recent call last):
    ...
    neuron_pure.errors.NeuronPureError: layer 2 has 1 inputs per neuron, but layer 1 has 2 neurons
    """
    if not isinstance(weights, (list, tuple)) or not weights:
        raise NeuronPureError("weights must be a non-empty list of layer matrices")
    if biases is not None and (not isinstance(biases, (list, tuple)) or len(biases) != len(weights)):
        raise NeuronPureError("biases must be None or one entry per layer (%d)" % len(weights))
    checked_weights, checked_biases = [], []
    for k, matrix in enumerate(weights):
        name = "layer %d" % (k + 1)
        if not isinstance(matrix, (list, tuple)) or not matrix or not all(
                isinstance(row, (list, tuple)) and row for row in matrix):
            raise NeuronPureError("%s's weights must be a matrix: one row per input, one column "
                                  "per neuron" % name)
        if any(len(row) != len(matrix[0]) for row in matrix):
            raise NeuronPureError("%s's weights have rows of different lengths" % name)
        if checked_weights and len(matrix) != len(checked_weights[-1][0]):
            raise NeuronPureError("%s has %d inputs per neuron, but layer %d has %d neurons"
                                  % (name, len(matrix), k, len(checked_weights[-1][0])))
        checked_weights.append(check_rows(matrix, None, name + " weight", name))
        layer_biases = None if biases is None else biases[k]
        if layer_biases is not None:
            if not isinstance(layer_biases, (list, tuple)) or len(layer_biases) != len(matrix[0]):
                raise NeuronPureError("%s's biases must be None or %d numbers, one per neuron"
                                      % (name, len(matrix[0])))
            layer_biases = check_numbers(layer_biases, name + " bias [%d]")
        checked_biases.append(layer_biases)
    return checked_weights, None if biases is None else checked_biases


def check_not_diverged(weights, iterations, learning_rate):
    """Training that diverged (a weight became infinite or not a number)
    raises ``NeuronPureError`` naming the likely cause, so that no such weight
    is kept, printed or saved.  Trusts its caller: ``weights`` are floats.

    >>> check_not_diverged([1.0, float("inf")], 10, 1e308)
    Traceback (most recent call last):
    ...
    neuron_pure.errors.NeuronPureError: training diverged: a weight became inf within 10 iterations; the learning rate 1e+308 is likely too large (the weights are unchanged)
    """
    for weight in weights:
        if not math.isfinite(weight):
            raise NeuronPureError(
                "training diverged: a weight became %s within %s iterations; the learning "
                "rate %r is likely too large (the weights are unchanged)"
                % (weight, iterations, learning_rate))
