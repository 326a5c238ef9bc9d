"""A training run recorded for the page: which iterations it keeps, and the numbers of each.

``page.page_html`` checks what it is given, then ``record_run`` trains the
network and keeps, for each kept iteration, what the page shows: the weights,
each example's last-layer weighted sums and outputs, the mean absolute error
and the explanation's lines.  Iteration 0 is the starting weights; iteration
N the weights after N iterations, with the arithmetic of iteration N.

>>> from neuron_pure import NeuralNetwork
>>> from neuron_pure.explain import post_title
>>> run = record_run(NeuralNetwork(), [[0, 0, 1], [1, 1, 1]], [[0], [1]], 2,
...                  explanation_writer(post_title), kept_iterations(2))
>>> run.samples, run.explanations[2][2]
([0, 1, 2], 'Synaptic weights before this iteration:')
>>> run.weights[2]
[[[0.12382491321081551], [0.7304298906899838], [-0.8219750822405428]]]

Internal: everything here trusts its caller (``page_html`` checked the
network, the training set, the iteration count and the kept iterations).
"""

from neuron_pure.explain import step_lines
from neuron_pure.multilayer import last_layer_sums
from neuron_pure.svg import mean, sampled_iterations

__all__ = []        # internal: page_html records its run here

EVERY_ITERATION_UP_TO = 10000       # the post's run: every iteration can be selected
FIRST, PER_DECADE = 100, 50         # a longer run: every one of the first 100, 50 per power of ten


def kept_iterations(iterations):
    """The iterations a page keeps: every one, from 0, up to
    ``EVERY_ITERATION_UP_TO``; of a longer run, ``fewer_iterations``.

    >>> kept_iterations(3)
    [0, 1, 2, 3]
    >>> len(kept_iterations(10000)), len(kept_iterations(60000))
    (10001, 240)
    """
    return sampled_iterations(iterations, FIRST, PER_DECADE, EVERY_ITERATION_UP_TO)


def fewer_iterations(iterations):
    """The iterations a page too large keeps: every one of the first 100, then
    50 per power of ten, and the last.

    >>> kept = fewer_iterations(3000)
    >>> kept[99:103], kept[-1], len(kept)
    ([99, 100, 105, 110], 3000, 175)
    """
    return sampled_iterations(iterations, FIRST, PER_DECADE)


def explanation_writer(title):
    """An ``explain_lines(step, inputs, targets, iteration)`` for
    ``page_html``: what ``explain`` prints for that iteration, the first line
    being ``title(iteration)``.  Trusts: ``title`` is a function.

    >>> from neuron_pure import NeuralNetwork
    >>> from neuron_pure.explain import post_title
    >>> step = NeuralNetwork().train_step([[0, 0, 1]], [0])
    >>> explanation_writer(post_title)(step, [[0, 0, 1]], [[0]], 1)[8]
    '  weighted sum            0 × -0.16595599 + 0 × 0.44064899 + 1 × -0.99977125 = -0.99977125'
    """
    def explain_lines(step, inputs, targets, iteration):
        return [title(iteration), ""] + step_lines(step, inputs, targets)
    return explain_lines


def _last_layer_outputs(thought):
    # A NeuralNetwork thinks a column [[o], ...]; a MultiLayerNetwork every
    # layer's outputs [[[...], ...], ..., [[o], ...]]: the page shows the last.
    if thought and isinstance(thought[0], list) and thought[0] and isinstance(thought[0][0], list):
        return thought[-1]
    return thought


class Run:
    """What a page shows, for each kept iteration (``samples``): the weights
    (``weights``, ``biases``, in ``diagram.weights_of``'s form), each
    example's last-layer weighted sums and outputs, the mean absolute error,
    and the explanation's lines (``None`` for iteration 0).  A record: it
    holds what ``record_run`` gives it."""

    def __init__(self, inputs, targets, iterations, samples):
        self.inputs, self.targets = inputs, targets
        self.iterations, self.samples = iterations, samples
        self.weights, self.biases, self.sums, self.outputs, self.errors = [], [], [], [], []
        self.explanations = []

    def subset(self, samples):
        """The same run, keeping only the iterations ``samples`` (all recorded)."""
        rows = dict((iteration, row) for row, iteration in enumerate(self.samples))
        kept = Run(self.inputs, self.targets, self.iterations, list(samples))
        for name in ("weights", "biases", "sums", "outputs", "errors", "explanations"):
            values = getattr(self, name)
            setattr(kept, name, [values[rows[iteration]] for iteration in samples])
        return kept


def record_run(network, inputs, targets, iterations, explain_lines, samples):
    """Train ``network`` ``iterations`` times on ``inputs`` and ``targets``
    (rows, one per example) and return a ``Run`` with the numbers of each
    kept iteration (``samples``, rising from 0 or more to at most
    ``iterations``).

    Between kept iterations the network trains with ``train``; each kept
    iteration N >= 1 runs through ``train_step``, whose record
    ``explain_lines(step, inputs, targets, N)`` turns into text.  Trusts:
    ``page_html`` checked every argument.
    """
    run = Run([list(row) for row in inputs], [list(row) for row in targets], iterations,
              list(samples))
    done = 0
    for iteration in samples:
        if iteration > 0:
            if iteration - 1 > done:
                network.train(inputs, targets, iteration - 1 - done)
            step = network.train_step(inputs, targets)
            run.explanations.append(list(explain_lines(step, inputs, targets, iteration)))
        else:
            run.explanations.append(None)
        done = iteration
        weights, biases = network._layer_weights()
        outputs = _last_layer_outputs(network.think([list(row) for row in inputs]))
        run.weights.append(weights)
        run.biases.append(biases)
        run.outputs.append(outputs)
        run.sums.append(last_layer_sums(inputs, weights, biases))
        run.errors.append(mean([abs(t - o) for target, output in zip(run.targets, outputs)
                                for t, o in zip(target, output)]))
    if done != iterations:
        network.train(inputs, targets, iterations - done)
    return run
