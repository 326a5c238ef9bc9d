"""The training step written out for one training set, for speed.

``neuron.training_step`` is the post's arithmetic over lists: the reference.
Python spends most of its time there on loops and lists, not on the
arithmetic, so for a small training set (up to ``MAX_TERMS`` input values)
``compile_step`` writes the same step out as straight-line Python, one
variable per number, and compiles it.  For the post's four examples:

>>> inputs = [[0, 0, 1], [1, 1, 1], [1, 0, 1], [0, 1, 1]]
>>> print(step_source(inputs, [0, 1, 1, 0]))          # doctest: +ELLIPSIS
def step(weights, learning_rate, exp=exp):
    w0, w1, w2 = weights
    # example 1: weighted sum, output, error, gradient, error x gradient
    s0 = 0.0 * w0 + 0.0 * w1 + 1.0 * w2
    o0 = 1 / (1 + exp(-s0))
    e0 = 0.0 - o0
    g0 = o0 * (1 - o0)
    d0 = e0 * g0
    ...
    # adjustment of each weight: dot(inputs.T, error x gradient)
    a0 = 0.0 * d0 + 1.0 * d1 + 1.0 * d2 + 0.0 * d3
    a1 = 0.0 * d0 + 1.0 * d1 + 0.0 * d2 + 1.0 * d3
    a2 = 1.0 * d0 + 1.0 * d1 + 1.0 * d2 + 1.0 * d3
    return ((w0 + learning_rate * a0, w1 + learning_rate * a1, w2 + learning_rate * a2), ...)

The operations are the reference's, one for one and in the same order
(``a + b + c`` adds left to right from its first term, as the reference does),
so the floats are the same to the last bit; tests/test_unrolled.py checks
that on random training sets.  Where an exponential overflows (``math.exp``
raises) the caller repeats that one step with the reference, which handles it.
"""

from neuron_pure.float_text import float_repr
from neuron_pure.exponential import exp_function

__all__ = ["MAX_TERMS", "step_source", "compile_step"]

MAX_TERMS = 1024        # examples x inputs; larger sets use the reference loop


def _literal(value):
    return float_repr(float(value))


def _tuple(names):
    return "(" + ", ".join(names) + ("," if len(names) == 1 else "") + ")"


def step_source(inputs, targets):
    """Python source of ``step(weights, learning_rate)`` for this training set.

    ``step`` returns ``(new_weights, weighted_sums, outputs, errors, gradients,
    deltas, adjustments)``, each a tuple: what ``training_step`` records.
    """
    examples, width = len(inputs), len(inputs[0])
    weights = ["w%d" % j for j in range(width)]
    lines = ["def step(weights, learning_rate, exp=exp):",
             "    %s%s = weights" % (", ".join(weights), "," if width == 1 else "")]
    for i, (row, target) in enumerate(zip(inputs, targets)):
        lines += [
            "    # example %d: weighted sum, output, error, gradient, error x gradient" % (i + 1),
            "    s%d = %s" % (i, " + ".join("%s * w%d" % (_literal(x), j) for j, x in enumerate(row))),
            "    o%d = 1 / (1 + exp(-s%d))" % (i, i),
            "    e%d = %s - o%d" % (i, _literal(target), i),
            "    g%d = o%d * (1 - o%d)" % (i, i, i),
            "    d%d = e%d * g%d" % (i, i, i),
        ]
    lines.append("    # adjustment of each weight: dot(inputs.T, error x gradient)")
    for j in range(width):
        lines.append("    a%d = %s" % (j, " + ".join(
            "%s * d%d" % (_literal(row[j]), i) for i, row in enumerate(inputs))))
    new_weights = ["w%d + learning_rate * a%d" % (j, j) for j in range(width)]
    records = [_tuple(["%s%d" % (name, i) for i in range(examples)]) for name in "soegd"]
    lines.append("    return (%s)" % ", ".join(
        [_tuple(new_weights)] + records + [_tuple(["a%d" % j for j in range(width)])]))
    return "\n".join(lines) + "\n"


def compile_step(inputs, targets):
    """The compiled ``step`` for this training set, or ``None`` where it would
    not pay or cannot be trusted: a set of more than ``MAX_TERMS`` values, an
    interpreter without ``exec``, or one that would not read a number back
    exactly from its shortest decimal."""
    if len(inputs) * len(inputs[0]) > MAX_TERMS:
        return None
    for value in [x for row in inputs for x in row] + list(targets):
        if float(_literal(value)) != float(value):
            return None
    source = step_source(inputs, targets)
    step = _compiled.get(source)
    if step is None:
        namespace = {"exp": exp_function()}
        try:
            exec(source, namespace)
        except (NameError, SyntaxError, MemoryError):      # a build without exec, or too small
            return None
        step = namespace["step"]
        if len(_compiled) >= _CACHE_SIZE:
            _compiled.clear()
        _compiled[source] = step
    return step


# Compiled steps by their source: training again on the same set (in chunks,
# or example after example in a notebook) reuses the function, and a JIT such
# as PyPy's keeps what it learned about it.
_compiled = {}
_CACHE_SIZE = 16
