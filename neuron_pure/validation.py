"""Checking what a caller gives the networks: every problem named, nothing cut short.

The neuron, the layers and ``think`` all take rows of numbers; one validator
checks them all, so a row that is too short, a string where a number should be
or an infinity gets the same message everywhere, as ``NeuronPureError`` (a
``ValueError``):

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
"""

import math

from neuron_pure.arithmetic import shape
from neuron_pure.errors import NeuronPureError

__all__ = ["is_number", "check_count", "check_layer_size", "MAX_LAYER_WEIGHTS", "check_number", "check_numbers", "check_learning_rate",
           "check_rows", "check_situations", "check_targets", "check_boolean", "check_not_diverged",
           "check_text", "check_function"]


def is_number(value):
    """True for an int or a float (a value, not text: see ``dataset`` for cells).

    ``bool`` is listed because MicroPython does not count it as an int.
    """
    return isinstance(value, (int, float, bool))


def check_count(value, name):
    """A whole number, 0 or more (not a bool): an iteration count, a width."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise NeuronPureError("%s must be an integer, not %r" % (name, value))
    if value < 0:
        raise NeuronPureError("%s must not be negative, got %d" % (name, value))
    return value


# A layer of more weights than this is beyond what pure Python trains in a
# lifetime (and its weights would not fit a board): refused by name rather than
# left to run out of memory drawing them.
MAX_LAYER_WEIGHTS = 10 ** 7


def check_layer_size(inputs, neurons):
    """``inputs`` and ``neurons`` of a layer: whole numbers of at least 1 whose
    product is at most ``MAX_LAYER_WEIGHTS``.

    >>> check_layer_size(3, 1)
    (3, 1)
    >>> check_layer_size(2 ** 70, 1)
    Traceback (most recent call last):
    ...
    neuron_pure.errors.NeuronPureError: a layer of 1180591620717411303424 inputs and 1 neurons has more weights than the 10000000 this pure-Python network handles
    """
    for value, name in ((inputs, "number of inputs"), (neurons, "number of neurons")):
        if check_count(value, name) == 0:
            raise NeuronPureError("the %s must be at least 1" % name)
    if inputs * neurons > MAX_LAYER_WEIGHTS:
        raise NeuronPureError("a layer of %d inputs and %d neurons has more weights than the %d "
                              "this pure-Python network handles" % (inputs, neurons, MAX_LAYER_WEIGHTS))
    return inputs, neurons


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


def check_number(value, where):
    """A finite number that fits a float; ``where`` names it in the error."""
    if not is_number(value):
        raise NeuronPureError("%s is %r, not a number" % (where, value))
    try:
        finite = math.isfinite(value)
    except OverflowError:                   # an int too large for a float
        raise NeuronPureError("%s is too large for a float" % where)
    if not finite:
        raise NeuronPureError("%s is %r, not a finite number" % (where, value))
    return value


def check_numbers(values, where):
    """Every value finite numbers; ``where % index`` names a bad one (the
    message is written only then: think checks its weights on every call).

    >>> check_numbers([1, 2.5], "weight [%d]")
    [1, 2.5]
    """
    if not isinstance(values, (list, tuple)):
        raise NeuronPureError("check_numbers needs a list of numbers, not %r" % (values,))
    for index, value in enumerate(values):
        if not _is_finite_number(value):
            check_number(value, where % index)
    return values


def check_learning_rate(value):
    """A finite number above 0 (not ``True``, which Python counts as 1)."""
    if isinstance(value, bool):
        raise NeuronPureError("learning_rate must be a number, not %r" % value)
    check_number(value, "learning_rate")
    if value <= 0:
        raise NeuronPureError("learning_rate must be positive, got %r" % value)
    return value


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
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            if not _is_finite_number(value):        # the message is written only when needed
                check_number(value, "%s [%d][%d]" % (what, i, j))
    return [list(row) for row in rows]


def _is_finite_number(value):
    try:
        return is_number(value) and math.isfinite(value)
    except OverflowError:                   # an int too large for a float
        return False


def check_situations(inputs, width, owner="the network"):
    """What ``think`` accepts: one situation (a list of ``width`` numbers) or
    a matrix of them, one per row.  Returns ``(rows, single)``.

    >>> check_situations([1, 0, 0], 3)
    ([[1, 0, 0]], True)
    """
    dimensions = shape(inputs)
    if not dimensions:
        raise NeuronPureError("think needs a list of inputs, not a single number")
    if len(dimensions) == 1:
        if dimensions[0] != width:
            raise NeuronPureError("got %d inputs but %s has %s" % (dimensions[0], owner, width))
        check_numbers(inputs, "input [%d]")
        return [list(inputs)], True
    return check_rows(inputs, width, "input", owner), False


def check_targets(outputs, examples, width):
    """The training outputs as rows of ``width`` numbers, one row per example.

    With ``width`` 1 a flat list (``[0, 1, 1, 0]``) is accepted as well as the
    post's column (``[[0], [1], [1], [0]]``):

    >>> check_targets([0, 1], 2, 1)
    [[0], [1]]
    """
    if not isinstance(outputs, (list, tuple)):
        raise NeuronPureError("training outputs must be a list, one per example")
    dimensions = shape(outputs)
    if len(dimensions) == 1 and width == 1:
        outputs = [[value] for value in outputs]
        dimensions = (len(outputs), 1) if outputs else (0,)
    if len(dimensions) == 2 and dimensions[1] != width:
        if width == 1:
            raise NeuronPureError(
                "training outputs must be a column (one value per row), got rows of %d"
                % dimensions[1])
        raise NeuronPureError(
            "training outputs must be rows of %s (one value per output neuron), got rows of %d"
            % (width, dimensions[1]))
    if len(dimensions) != 2 or dimensions[0] != examples:
        count = len(outputs)
        raise NeuronPureError(
            "%d training outputs for %s examples: need one output%s per example"
            % (count, examples, "" if width == 1 else " row of %s" % (width,)))
    for i, row in enumerate(outputs):
        for j, value in enumerate(row):
            if not _is_finite_number(value):
                check_number(value, "training output [%d]" % i if width == 1
                             else "training output [%d][%d]" % (i, j))
    return [list(row) for row in outputs]


def check_not_diverged(weights, iterations, learning_rate):
    """Training that diverged (a weight became infinite or not a number)
    raises ``NeuronPureError`` naming the likely cause, so that no such weight
    is kept, printed or saved.

    >>> check_not_diverged([1.0, float("inf")], 10, 1e308)
    Traceback (most recent call last):
    ...
    neuron_pure.errors.NeuronPureError: training diverged: a weight became inf within 10 iterations; the learning rate 1e+308 is likely too large (the weights are unchanged)
    """
    if not isinstance(weights, (list, tuple)):
        raise NeuronPureError("check_not_diverged needs a list of weights, not %r" % (weights,))
    for weight in weights:
        if not _is_finite_number(weight):
            if not is_number(weight):
                check_number(weight, "a weight")    # raises: not a number
            raise NeuronPureError(
                "training diverged: a weight became %s within %s iterations; the learning "
                "rate %r is likely too large (the weights are unchanged)"
                % (weight, iterations, learning_rate))
