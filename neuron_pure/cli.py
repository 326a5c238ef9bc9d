"""The command line: ``python3 -m neuron_pure`` (or ``neuron-pure``).

Without a command it prints the post's transcript:

>>> main(["--seed", "2", "--iterations", "50"])
Random starting synaptic weights: 
[[-0.1280102 ]
 [-0.94814754]
 [ 0.09932496]]
New synaptic weights after training: 
[[ 3.68768541]
 [-0.39040902]
 [-1.50380427]]
Considering new situation [1, 0, 0] -> ?: 
[0.97558133]
0

Commands: ``train`` a neuron on a CSV file and save it, ``predict`` with a
saved one, ``explain`` one training iteration number by number, ``plot`` a
run as SVG, ``multilayer`` the sequel's two-layer network.  Bad arguments or files end with exit status 2 and one line on
stderr, ``neuron-pure: error: ...``: no usage block, no traceback, and no
file created or changed.
"""

import os
import sys
import time

from neuron_pure.errors import NeuronPureError
from neuron_pure.neuron import POST_ITERATIONS, POST_SEED, NeuralNetwork, demo

# Each command imports what only it needs when it runs, so that the main job
# (the post's transcript) starts fast: see benchmarks/run.py.

PROG = "neuron-pure"


class UsageError(Exception):
    """A problem with the command line: exit status 2."""


# ---------------------------------------------------------------------------
# Argument types: each names what was wrong.

def seed_argument(text):
    """A seed for numpy's generator: an integer in [0, 2**32)."""
    from argparse import ArgumentTypeError
    try:
        value = int(text)
    except ValueError:
        raise ArgumentTypeError("seed must be an integer, got %r" % text)
    if not 0 <= value <= 0xFFFFFFFF:
        raise ArgumentTypeError(
            "seed must be between 0 and 2**32 - 1, got %d" % value)
    return value


def iteration_argument(text):
    """A training iteration to explain: an integer, 1 or more."""
    from argparse import ArgumentTypeError
    try:
        value = int(text)
    except ValueError:
        raise ArgumentTypeError("iteration must be a whole number, got %r" % text)
    if value < 1:
        raise ArgumentTypeError("iteration counts from 1, got %d" % value)
    return value


def count_argument(text):
    """A number of iterations: an integer, 0 or more."""
    from argparse import ArgumentTypeError
    try:
        value = int(text)
    except ValueError:
        raise ArgumentTypeError(
            "iterations must be a whole number, got %r" % text)
    if value < 0:
        raise ArgumentTypeError(
            "iterations must not be negative, got %d" % value)
    return value


def learning_rate_argument(text):
    """A learning rate: a finite number above 0."""
    from argparse import ArgumentTypeError
    try:
        value = float(text)
    except ValueError:
        raise ArgumentTypeError("learning rate must be a number, got %r" % text)
    if not (0 < value < float("inf")):
        raise ArgumentTypeError(
            "learning rate must be a finite number above 0, got %r" % text)
    return value


def _add_seed_and_iterations(parser, what):
    parser.add_argument(
        "--seed", type=seed_argument, default=POST_SEED, metavar="S",
        help="seed of numpy's random generator for the starting weights "
             "(default %(default)s, the post's)")
    parser.add_argument(
        "--iterations", type=count_argument, default=POST_ITERATIONS, metavar="N",
        help="%s (default %%(default)s, the post's)" % what)


def build_parser():
    """The command line's parser.  argparse is imported here, not at the top:
    the main job (no arguments) does not need it, and it is a sixth of the
    start-up time (see benchmarks/run.py)."""
    import argparse

    class Parser(argparse.ArgumentParser):
        # argparse prints the whole usage block before its error; we print
        # only the error line, so a script reading stderr gets exactly one.
        def error(self, message):
            raise UsageError(message)

    parser = Parser(
        prog=PROG,
        description="The single neuron of 'How to build a simple neural network in "
                    "9 lines of Python code', in pure Python. Without a command, "
                    "train it on the post's four examples and print what the post "
                    "prints.")
    _add_seed_and_iterations(parser, "training iterations")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    train = commands.add_parser(
        "train", help="train a neuron on a CSV file and save the model",
        description="Train a neuron on DATA (CSV: one example a row, the target, "
                    "in [0, 1], in the last column; an optional header row) and "
                    "save it as a JSON model.")
    train.add_argument("data", metavar="DATA.csv")
    train.add_argument("--save", required=True, metavar="MODEL.json",
                       help="where to write the model (replaced whole, never half-written)")
    _add_seed_and_iterations(train, "training iterations")
    train.add_argument("--learning-rate", type=learning_rate_argument, default=1.0,
                       metavar="R", help="scale of each adjustment (default 1, the post's)")
    train.add_argument("--bias", action="store_true",
                       help="give the neuron a bias weight (the post's has none)")
    train.add_argument("--quiet", action="store_true",
                       help="no progress line on stderr")

    predict = commands.add_parser(
        "predict", help="outputs of a saved model for rows of inputs",
        description="Print the output of the model for each ROW (comma-separated "
                    "inputs, e.g. 1,0,0), one per line, as Python's repr of the float.")
    predict.add_argument("model", metavar="MODEL.json")
    predict.add_argument("rows", nargs="*", metavar="ROW")
    predict.add_argument("--csv", metavar="FILE",
                         help="read the rows from a CSV file (inputs only; header allowed)")

    explain_parser = commands.add_parser(
        "explain", help="print every number of one training iteration",
        description="Print the arithmetic of one training iteration on the post's "
                    "four examples, in the post's order and words: the weighted sums, "
                    "the sigmoid, the errors, the gradient of the sigmoid curve, and "
                    "each weight's adjustment. The numbers are the very floats "
                    "training computes.")
    explain_parser.add_argument("--iteration", type=iteration_argument, default=1, metavar="N",
                                help="which iteration, counting from 1 (default 1)")
    explain_parser.add_argument("--seed", type=seed_argument, default=POST_SEED, metavar="S",
                                help="seed of the starting weights (default 1, the post's)")

    plot = commands.add_parser(
        "plot", help="draw the sigmoid curve, the error and the weights of a run as SVG",
        description="Train the post's neuron and draw three panels as one SVG file: "
                    "(a) the sigmoid curve with the four examples on it, (b) the error "
                    "over the iterations, (c) each weight over the iterations.")
    plot.add_argument("--out", required=True, metavar="FILE.svg",
                      help="where to write the SVG ('-' for standard output)")
    _add_seed_and_iterations(plot, "training iterations")

    multilayer = commands.add_parser(
        "multilayer", help="the sequel's two-layer network: print what its program prints",
        description="Train the sequel's network (a layer of 4 neurons with 3 inputs "
                    "feeding 1 neuron, seed 1) on its 7 examples, whose output is the "
                    "exclusive-or of the first two inputs, and print what the sequel's "
                    "numpy program prints.")
    multilayer.add_argument("--iterations", type=count_argument, default=60000, metavar="N",
                            help="training iterations (default %(default)s, the sequel's)")
    from neuron_pure.board import add_board_parser
    add_board_parser(commands)
    return parser


# ---------------------------------------------------------------------------
# Writing files: a temporary file in the same folder, renamed over the target.

def check_save_path(path):
    """The folder ``path`` would be saved in; a ``UsageError`` if it cannot be."""
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise UsageError("%s: folder %s does not exist" % (path, folder))
    if os.path.isdir(path):
        raise UsageError("%s: is a directory" % path)
    return folder


def save_model(network, path):
    """Write ``network``'s model file to ``path`` atomically."""
    from neuron_pure.model import model_to_json
    write_atomically(path, model_to_json(network))


def _file_mode(path):
    """The permissions the file should get: those of the file it replaces,
    or what the umask leaves of rw-rw-rw- (mkstemp's own are rw-------)."""
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_atomically(path, text):
    """Write ``text`` to ``path`` through a temporary file in the same folder,
    flushed to disk and renamed over the target: a crash or a full disk
    leaves the old file (or no file), never half a file."""
    import tempfile
    folder = check_save_path(path)
    try:
        handle, temporary = tempfile.mkstemp(
            prefix="." + os.path.basename(path) + ".", suffix=".tmp", dir=folder)
    except OSError as problem:
        raise UsageError("%s: cannot write: %s" % (path, problem.strerror or problem))
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            os.chmod(temporary, _file_mode(path))
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException as problem:
        os.unlink(temporary)
        if isinstance(problem, OSError):
            raise UsageError("%s: cannot write: %s" % (path, problem.strerror or problem))
        raise


# ---------------------------------------------------------------------------
# train

def mean_absolute_error(network, inputs, targets):
    outputs = network.think(inputs)
    return sum(abs(t - o[0]) for t, o in zip(targets, outputs)) / len(targets)


class Progress:
    """One updating line on stderr, only on a terminal and only once the work
    has taken more than about a second."""

    def __init__(self, total, stream, enabled, clock=time.monotonic):
        self.total, self.stream, self.clock = total, stream, clock
        self.enabled = enabled and stream.isatty()
        self.started = clock()
        self.shown = False

    def update(self, done, error):
        if not self.enabled:
            return
        elapsed = self.clock() - self.started
        if elapsed < 1.0 and not self.shown:
            return
        left = elapsed / done * (self.total - done) if done else 0.0
        self.stream.write("\r%s: iteration %d of %d, mean absolute error %.6f, %.0f s left  "
                          % (PROG, done, self.total, error, left))
        self.stream.flush()
        self.shown = True

    def finish(self):
        if self.shown:
            self.stream.write("\r" + " " * 79 + "\r")
            self.stream.flush()


def command_train(arguments, stdout, stderr):
    from neuron_pure.dataset import read_examples
    inputs, targets = read_examples(arguments.data)
    network = NeuralNetwork(len(inputs[0]), seed=arguments.seed, bias=arguments.bias,
                            learning_rate=arguments.learning_rate)
    # Check the target before the work: a missing folder fails now, not after
    # minutes of training.
    check_save_path(arguments.save)
    progress = Progress(arguments.iterations, stderr, enabled=not arguments.quiet)
    # Training in chunks gives the same weights as one call (the weights are
    # the whole state) and lets the progress line move.
    done, chunk = 0, 100
    while done < arguments.iterations:
        step = min(chunk, arguments.iterations - done)
        started = time.monotonic()
        network.train(inputs, targets, step)
        done += step
        if time.monotonic() - started < 0.1:
            chunk *= 2
        progress.update(done, mean_absolute_error(network, inputs, targets))
    progress.finish()
    save_model(network, arguments.save)
    print("trained on %d examples with %d inputs for %d iterations: "
          "mean absolute error %.8f; saved %s"
          % (len(inputs), len(inputs[0]), arguments.iterations,
             mean_absolute_error(network, inputs, targets), arguments.save), file=stdout)


# ---------------------------------------------------------------------------
# predict

def command_predict(arguments, stdout, stderr):
    from neuron_pure.dataset import parse_number, read_rows
    from neuron_pure.model import load_model
    network = load_model(arguments.model)
    if arguments.csv and arguments.rows:
        raise UsageError("give rows on the command line or --csv FILE, not both")
    if arguments.csv:
        rows, _ = read_rows(arguments.csv)
        if len(rows[0]) != network.number_of_inputs:
            raise UsageError("%s: rows have %d columns, the model has %d inputs"
                             % (arguments.csv, len(rows[0]), network.number_of_inputs))
    elif arguments.rows:
        rows = []
        for number, text in enumerate(arguments.rows, 1):
            cells = text.split(",")
            if len(cells) != network.number_of_inputs:
                raise UsageError("row %d (%s): %d values, the model has %d inputs"
                                 % (number, text, len(cells), network.number_of_inputs))
            rows.append([parse_number(cell, "row %d (%s), value %d" % (number, text, column))
                         for column, cell in enumerate(cells, 1)])
    else:
        raise UsageError("nothing to predict: give rows (e.g. 1,0,0) or --csv FILE")
    # Every row is checked before anything is printed.
    for output in network.think(rows):
        print(repr(output[0]), file=stdout)


# ---------------------------------------------------------------------------

# ---------------------------------------------------------------------------
# explain and plot

def command_explain(arguments, stdout, stderr):
    from neuron_pure.explain import explain
    explain(arguments.iteration, arguments.seed, write=lambda line: print(line, file=stdout))


def command_plot(arguments, stdout, stderr):
    from neuron_pure.plot import training_svg
    if arguments.out != "-":
        check_save_path(arguments.out)
    svg = training_svg(arguments.seed, arguments.iterations)
    if arguments.out == "-":
        stdout.write(svg)
    else:
        write_atomically(arguments.out, svg)


def command_multilayer(arguments, stdout, stderr):
    from neuron_pure.multilayer import demo_multilayer
    demo_multilayer(arguments.iterations, write=lambda line: print(line, file=stdout))


def command_board(arguments, stdout, stderr):
    from neuron_pure.board import command_board as board
    board(arguments, stdout, stderr)


COMMANDS = {"train": command_train, "predict": command_predict,
            "explain": command_explain, "plot": command_plot,
            "multilayer": command_multilayer, "board": command_board}


def main(argv=None, stdout=None, stderr=None):
    """Run the command line; returns the exit status."""
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    argv = sys.argv[1:] if argv is None else argv
    try:
        if not argv:        # the main job: nothing to parse
            demo(write=lambda line: print(line, file=stdout))
            return 0
        arguments = build_parser().parse_args(argv)
        if arguments.command is None:
            demo(seed=arguments.seed, iterations=arguments.iterations,
                 write=lambda line: print(line, file=stdout))
        else:
            COMMANDS[arguments.command](arguments, stdout, stderr)
    except (UsageError, NeuronPureError) as problem:
        print("%s: error: %s" % (PROG, problem), file=stderr)
        return 2
    except KeyboardInterrupt:
        print("%s: interrupted" % PROG, file=stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, as Unix tools do.
        # Point stdout at devnull so that Python's own flush at exit is quiet too.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    return 0
