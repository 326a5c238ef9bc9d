"""The steps the commands are made of: the examples and the network the
options ask for, training with a progress line, and the rows ``predict``
reads and the outputs it checks.

Without ``--data``, explain, plot and page use the post's four examples:

>>> from neuron_pure.cli.options import parse_arguments
>>> arguments = parse_arguments(["explain", "--hidden", "4"])
>>> network, inputs, targets, name = network_and_examples(arguments)
>>> network, len(inputs), name
(MultiLayerNetwork(3 inputs -> 4 -> 1, seed 1, 0 iterations trained, layers=[...]), 4, None)
>>> is_the_posts_run(arguments), is_the_posts_run(parse_arguments(["explain"]))
(False, True)
"""

import time

from neuron_pure.cli.file_arguments import STANDARD_STREAM, input_name, read_input
from neuron_pure.cli.terminal import UsageError, one_line

# Each step imports what only it needs when it runs, as the commands do.


# ---------------------------------------------------------------------------
# The examples and the network.

def read_examples_from(name, arguments):
    """``(inputs, targets)`` from the CSV file ``name`` (``-``: standard input)."""
    from neuron_pure.dataset import decode_csv, parse_examples
    from neuron_pure.errors import DataFileError
    shown = input_name(name)
    data = read_input(name, DataFileError, arguments.max_bytes)
    return parse_examples(decode_csv(data, shown), shown, arguments.outputs)


def examples_for(arguments):
    """The training examples of explain and plot: ``--data``, or the post's
    four; with the name that titles them (None for the post's)."""
    if arguments.data is None:
        if arguments.outputs != 1:
            raise UsageError("--outputs %d needs --data: the post's examples have one target"
                             % arguments.outputs)
        from neuron_pure.neuron import POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS
        return POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS, None
    inputs, targets = read_examples_from(arguments.data, arguments)    # read_bytes checks it
    return inputs, targets, one_line(input_name(arguments.data))


def build_network(arguments, number_of_inputs):
    """The network the options ask for (``multilayer.network_for``): the
    post's neuron (with ``--bias``/``--learning-rate``) without ``--hidden``
    and with one output, otherwise layers: the hidden ones, then
    ``--outputs`` output neurons, all drawn from one generator seeded with
    ``--seed``."""
    from neuron_pure.multilayer import network_for
    return network_for(number_of_inputs, arguments.hidden, arguments.outputs, arguments.seed,
                       arguments.bias, arguments.learning_rate)


def network_and_examples(arguments):
    """``(network, inputs, targets, name)`` of explain, plot and page when the
    run is not the post's: the examples (``examples_for``), and the network
    the options ask for, as wide as they are."""
    inputs, targets, name = examples_for(arguments)
    return build_network(arguments, len(inputs[0])), inputs, targets, name


def is_the_posts_run(arguments):
    """No option that changes the post's neuron or its data."""
    return (arguments.data is None and not arguments.hidden and not arguments.bias
            and arguments.outputs == 1
            and arguments.learning_rate == 1.0)


# ---------------------------------------------------------------------------
# Training, and what it reports.

def final_outputs(network, rows):
    """The output layer's outputs for each row: one list per row."""
    outputs = network.think(rows)
    return outputs[-1] if hasattr(network, "layers") else outputs


def mean_absolute_error(network, inputs, targets):
    total, count = 0.0, 0
    for target, output in zip(targets, final_outputs(network, inputs)):
        for t, o in zip(target if isinstance(target, (list, tuple)) else [target], output):
            total += abs(t - o)
            count += 1
    return total / count


def train_with_progress(network, inputs, targets, iterations, progress):
    """Train ``network`` for ``iterations``, telling ``progress`` (a
    ``terminal.Progress``) how far it is; its line is cleared at the end."""
    try:
        # Training in chunks gives the same weights as one call (the weights
        # are the whole state) and lets the progress line move.
        done, chunk = 0, 100
        while done < iterations:
            step = min(chunk, iterations - done)
            started = time.monotonic()
            network.train(inputs, targets, step)
            done += step
            if time.monotonic() - started < 0.1:
                chunk *= 2
            progress.update(done, mean_absolute_error(network, inputs, targets))
    finally:
        progress.finish()


def training_summary(network, inputs, targets, arguments):
    """The line train prints once it has trained (and saved)."""
    if hasattr(network, "layers"):
        from neuron_pure.explain import network_description
        trained = "trained %s on %d examples" % (network_description(network), len(inputs))
    else:
        trained = "trained on %d examples with %d inputs" % (len(inputs), len(inputs[0]))
    saved = {None: "not saved (--save MODEL.json keeps it)",
             STANDARD_STREAM: "saved to standard output"}.get(arguments.save)
    return ("%s for %d iterations: mean absolute error %.8f; %s"
            % (trained, arguments.iterations, mean_absolute_error(network, inputs, targets),
               saved or "saved " + one_line(arguments.save)))


# ---------------------------------------------------------------------------
# predict's rows and outputs.

def _rows_from_arguments(texts, width):
    from neuron_pure.dataset import parse_number
    rows = []
    for number, text in enumerate(texts, 1):
        cells = text.split(",")
        if len(cells) != width:
            raise UsageError("row %d (%s): %d values, the model has %d inputs"
                             % (number, text, len(cells), width))
        rows.append([parse_number(cell, "row %d (%s), value %d" % (number, text, column))
                     for column, cell in enumerate(cells, 1)])
    return rows


def rows_to_predict(arguments, width):
    """The rows of ``--csv`` or of the command line, each ``width`` inputs."""
    if arguments.csv is None:
        return _rows_from_arguments(arguments.rows, width)
    from neuron_pure.dataset import decode_csv, parse_rows
    from neuron_pure.errors import DataFileError
    name = input_name(arguments.csv)
    rows, _ = parse_rows(decode_csv(read_input(arguments.csv, DataFileError,
                                               arguments.max_bytes), name), name)
    if len(rows[0]) != width:
        raise UsageError("%s: rows have %d columns, the model has %d inputs"
                         % (name, len(rows[0]), width))
    return rows


def finite_outputs(network, rows):
    """The outputs for ``rows``; a row whose output is not a number (its
    weighted sum overflows) is refused, before anything is printed."""
    import math
    outputs = final_outputs(network, rows)
    for number, output in enumerate(outputs, 1):
        if not all(math.isfinite(value) for value in output):
            # Finite weights and finite inputs can still overflow the weighted
            # sum (1e308 * 10 - 1e308 * 10 is inf - inf, not a number).
            raise UsageError("row %d: the weighted sum overflows (its products are too large "
                             "for a float), so the output is not a number" % number)
    return outputs
