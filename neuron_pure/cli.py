"""The command line: ``python3 -m neuron_pure`` (or ``neuron-pure``).

Without a command it prints the post's transcript.  Bad arguments end with
exit status 2 and one line on stderr, ``neuron-pure: error: ...``: no usage
block, no traceback.
"""

import argparse
import sys

from neuron_pure.errors import NeuronPureError
from neuron_pure.neuron import POST_ITERATIONS, POST_SEED, demo

PROG = "neuron-pure"


class UsageError(Exception):
    """A problem with the command line or its files: exit status 2."""


class _Parser(argparse.ArgumentParser):
    # argparse prints the whole usage block before its error; we print only
    # the error line, so a script reading stderr gets exactly one line.
    def error(self, message):
        raise UsageError(message)


def seed_argument(text):
    """A seed for numpy's generator: an integer in [0, 2**32)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("seed must be an integer, got %r" % text)
    if not 0 <= value <= 0xFFFFFFFF:
        raise argparse.ArgumentTypeError(
            "seed must be between 0 and 2**32 - 1, got %d" % value)
    return value


def count_argument(text):
    """A number of iterations: an integer, 0 or more."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            "iterations must be a whole number, got %r" % text)
    if value < 0:
        raise argparse.ArgumentTypeError(
            "iterations must not be negative, got %d" % value)
    return value


def build_parser():
    parser = _Parser(
        prog=PROG,
        description="The single neuron of 'How to build a simple neural network in "
                    "9 lines of Python code', in pure Python. Without a command, "
                    "train it on the post's four examples and print what the post "
                    "prints.")
    parser.add_argument(
        "--seed", type=seed_argument, default=POST_SEED, metavar="S",
        help="seed of numpy's random generator for the starting weights "
             "(default %(default)s, the post's)")
    parser.add_argument(
        "--iterations", type=count_argument, default=POST_ITERATIONS, metavar="N",
        help="training iterations (default %(default)s, the post's)")
    return parser


def main(argv=None):
    """Run the command line; returns the exit status."""
    parser = build_parser()
    try:
        arguments = parser.parse_args(argv)
        demo(seed=arguments.seed, iterations=arguments.iterations)
    except (UsageError, NeuronPureError) as problem:
        print("%s: error: %s" % (PROG, problem), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("%s: interrupted" % PROG, file=sys.stderr)
        return 130
    return 0
