"""The package's layout keeps the promises of issue 19, "Check once, at the door".

A reader who comes for the post's arithmetic finds it near the top of its
module; one ``train`` does its checks once, not once per layer it passes
through; no module imports, even from inside a function, a module that
imports it back; and none is too long to read in one sitting.  Each number
is deterministic (calls are counted, not timed), so each is asserted.
"""

import os
import re

import pytest

from clitools import ROOT
from structure_probe import calls_and_setup, import_cycles, module_lengths, validation_share

PACKAGE = os.path.join(ROOT, "neuron_pure")


def line_of(module, pattern):
    with open(os.path.join(PACKAGE, module), encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if re.match(pattern, line):
                return number
    raise AssertionError("%s: no line matches %r" % (module, pattern))


def test_the_posts_step_comes_first():
    """neuron.py: the post's constants, then training_step within 80 lines;
    multilayer.py: backpropagation_step within 100."""
    assert line_of("neuron.py", r"POST_TRAINING_INPUTS = ") < line_of("neuron.py", r"def training_step\(")
    assert line_of("neuron.py", r"def training_step\(") <= 80
    assert line_of("neuron.py", r"def training_step\(") < line_of("neuron.py", r"class NeuralNetwork")
    assert line_of("multilayer.py", r"def backpropagation_step\(") <= 100


def test_one_train_checks_once():
    """Calls into the package around one train (the compiled loop's own
    sigmoid calls aside): at most 40 for the post's neuron, 60 for 3-4-1
    layers (159 and 268 before the checks moved to the door)."""
    single, layered, _ = calls_and_setup()
    assert single <= 40
    assert layered <= 60


def test_no_import_cycles():
    assert import_cycles(PACKAGE) == []


def test_no_module_is_too_long():
    longest = module_lengths(PACKAGE)[0]
    assert longest[0] <= 450, longest


def test_validation_does_not_grow_back():
    """Checking input, counted as tests/structure_probe.py counts it: 914 of
    4,582 code lines (19.9%) before issue 19, 675 of 4,109 (16.4%) after it;
    in the core (no command line, board, files or lab) 625 lines before and
    436 after.  The issue's goal, 12% of the package, is not met: the rules
    themselves (validation.py) and the command line's, board's and files'
    own checks (issue 21's error contract) are most of what remains.  This
    ratchet keeps what was won."""
    checks, total, per_module = validation_share(PACKAGE)
    assert checks <= 680 and checks <= 0.165 * total, (checks, total)
    outside = ("neuron_pure.cli", "neuron_pure.board", "neuron_pure.files",
               "neuron_pure.interrupt", "neuron_pure.__main__", "neuron_pure.lab")
    core = sum(lines for name, lines, _ in per_module if not name.startswith(outside))
    assert core <= 440, core


@pytest.mark.parametrize("module", ["neuron.py", "multilayer.py", "engine.py", "validation.py"])
def test_the_core_reads_in_one_sitting(module):
    lengths = dict((name, lines) for lines, name in module_lengths(PACKAGE))
    assert lengths["neuron_pure." + module[:-3]] <= 450
