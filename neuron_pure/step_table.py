"""One training iteration's numbers as HTML tables: what a notebook shows for a step.

A ``TrainingStep`` (the post's neuron) or a ``BackpropagationStep`` (layers)
holds every number of one iteration.  ``step_tables`` writes them as two
tables, each number with 8 decimals as ``explain`` prints it:

* example by example (and, for layers, neuron by neuron): the weighted sum,
  the output ``sigmoid(weighted sum)``, the error, the gradient
  ``output * (1 - output)`` and the delta ``error * gradient``;
* weight by weight: the weight before, its adjustment and the weight after
  (``before + learning rate * adjustment``).

>>> from neuron_pure.explain import explain_iteration
>>> html = step_tables(explain_iteration(1))
>>> html.count("<table>"), "<td>0.26898640</td>" in html, "<td>0.12025406</td>" in html
(2, True, True)

Nothing here is documented API: the records' ``_repr_html_`` calls it (and
loads this module only then), trusting what the record holds.
"""

from neuron_pure.float_text import format_fixed
from neuron_pure.svg import escape

__all__ = []        # internal: the step records show themselves with it


def html_table(caption, headers, rows):
    """An HTML ``<table>`` (text): ``caption``, a row of ``headers``, then
    ``rows`` (lists of str); every text is escaped into place.

    >>> print(html_table("x & y", ["a", "b"], [["1", "<2>"]]))
    <table>
    <caption>x &amp; y</caption>
    <tr><th>a</th><th>b</th></tr>
    <tr><td>1</td><td>&lt;2&gt;</td></tr>
    </table>
    """
    lines = ["<table>", "<caption>%s</caption>" % escape(caption),
             "<tr>%s</tr>" % "".join("<th>%s</th>" % escape(h) for h in headers)]
    lines += ["<tr>%s</tr>" % "".join("<td>%s</td>" % escape(cell) for cell in row) for row in rows]
    return "\n".join(lines + ["</table>"])


def _fixed(values):
    return [format_fixed(value, 8) for value in values]


EXAMPLE_HEADERS = ["weighted sum", "output", "error", "gradient", "delta"]
WEIGHT_HEADERS = ["before", "adjustment", "after"]


def step_tables(step):
    """Both tables of ``step``, a ``TrainingStep`` or a ``BackpropagationStep``
    (told apart as ``plot`` does: only layers record ``layer_inputs``)."""
    tables = _layer_tables(step) if hasattr(step, "layer_inputs") else _neuron_tables(step)
    return '<div class="np-step">\n%s\n</div>' % "\n".join(tables)


def _neuron_tables(step):
    rate = format_fixed(step.learning_rate, 8)
    examples = [["%d" % (i + 1)] + _fixed(numbers) for i, numbers in enumerate(zip(
        step.weighted_sums, step.outputs, step.errors, step.gradients, step.deltas))]
    names = ["weight %d" % (j + 1) for j in range(len(step.weights))]
    if step.has_bias:
        names[-1] = "bias"
    weights = [[name] + _fixed(numbers) for name, numbers in zip(
        names, zip(step.weights, step.adjustments, step.new_weights))]
    return [
        html_table("Example by example: output = sigmoid(weighted sum), error = target - output, "
                   "gradient = output × (1 - output), delta = error × gradient",
                   ["example"] + EXAMPLE_HEADERS, examples),
        html_table("Weight by weight: adjustment = the sum over the examples of input × delta, "
                   "after = before + %s × adjustment" % rate, ["weight"] + WEIGHT_HEADERS, weights),
    ]


def _layer_tables(step):
    rate = format_fixed(step.learning_rate, 8)
    examples, weights = [], []
    for k in range(len(step.weights)):
        layer = "%d" % (k + 1)
        for i in range(len(step.outputs[k])):
            for j in range(len(step.outputs[k][i])):
                examples.append([layer, "%d" % (i + 1), "%d" % (j + 1)] + _fixed(
                    [q[k][i][j] for q in (step.weighted_sums, step.outputs, step.errors,
                                          step.gradients, step.deltas)]))
        sources = ["input %d" % (i + 1) if k == 0 else "layer %d neuron %d" % (k, i + 1)
                   for i in range(len(step.weights[k]))]
        rows = list(zip(sources, step.weights[k], step.adjustments[k], step.new_weights[k]))
        if step.biases[k] is not None:
            rows.append(("bias", step.biases[k], step.bias_adjustments[k], step.new_biases[k]))
        for source, before, adjustment, after in rows:
            weights += [[layer, source, "neuron %d" % (j + 1)] + _fixed(numbers)
                        for j, numbers in enumerate(zip(before, adjustment, after))]
    return [
        html_table("Example by example, neuron by neuron: output = sigmoid(weighted sum); "
                   "error = target - output in the last layer, the next layer's deltas through "
                   "its weights in a hidden one; gradient = output × (1 - output); "
                   "delta = error × gradient", ["layer", "example", "neuron"] + EXAMPLE_HEADERS,
                   examples),
        html_table("Weight by weight: adjustment = the sum over the examples of input × delta, "
                   "after = before + %s × adjustment" % rate,
                   ["layer", "from", "to"] + WEIGHT_HEADERS, weights),
    ]
