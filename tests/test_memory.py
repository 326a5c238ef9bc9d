"""The heap neuron_pure keeps on MicroPython, against the budgets of a board
with 100 to 300 KiB free (issue 14).  The figures are deterministic for one
MicroPython build, so they are asserted, not benchmarked.

They come from gc.mem_alloc() differences taken across separate runPython
calls, gc.collect() in a call of its own (tests/micropython/heap.py), with
the package as ``python3 -m neuron_pure board --mpy`` writes it.
"""

import json
import os

import pytest

from clitools import ROOT, run_cli
from interpreters import MICROPYTHON_VERSIONS, once_from_the_main_suite, run_micropython
from test_board import POST_MODEL, mpy_cross_or_missing

pytestmark = once_from_the_main_suite

HEAP_SCRIPT = os.path.join(ROOT, "tests", "micropython", "heap.py")
KIB = 1024
IMPORT_BUDGET = 24 * KIB            # kept after `import neuron_pure`, full package, .mpy
NETWORK_BUDGET = 2 * KIB            # one NeuralNetwork()
THINK_ONLY_BUDGET = 16 * KIB        # import, load a model, think: --think-only, .mpy


def heap(tmp_path_factory, version, *options):
    mpy_cross_or_missing()
    folder = tmp_path_factory.mktemp("heap")
    (folder / "model.json").write_text(json.dumps(POST_MODEL))
    result = run_cli("board", folder / "deploy", "--mpy", "--model", folder / "model.json",
                     *options)
    assert result.returncode == 0, result.stderr
    output = run_micropython(version, str(folder / "deploy" / "neuron_pure"), HEAP_SCRIPT,
                             str(folder / "deploy" / "model.json"))
    figures = {}
    for line in output.splitlines():
        label, _, number = line.rpartition(" ")
        figures[label] = int(number)
    return figures


@pytest.fixture(scope="module", params=MICROPYTHON_VERSIONS)
def full(request, tmp_path_factory):
    return request.param, heap(tmp_path_factory, request.param)


@pytest.fixture(scope="module", params=MICROPYTHON_VERSIONS)
def think_only(request, tmp_path_factory):
    return request.param, heap(tmp_path_factory, request.param, "--think-only")


def test_a_network_keeps_no_more_than_2_kib(full):
    """A NeuralNetwork keeps its weights, not its generator's 624 words."""
    version, figures = full
    assert 0 < figures["NeuralNetwork()"] <= NETWORK_BUDGET, (version, figures)


@pytest.mark.xfail(strict=True, reason=(
    "27.3 KiB today: neuron.py imports arrayprint and unrolled at its top "
    "(see the issue 14 report); remove this mark when the budget is met"))
def test_importing_the_package_keeps_no_more_than_24_kib(full):
    version, figures = full
    assert 0 < figures["import"] <= IMPORT_BUDGET, (version, figures)


@pytest.mark.xfail(strict=True, reason=(
    "36.5 KiB today: the think-only files still load the training and printing "
    "modules (see the issue 14 report); remove this mark when the budget is met"))
def test_think_only_keeps_no_more_than_16_kib_in_all(think_only):
    version, figures = think_only
    assert 0 < figures["in all"] <= THINK_ONLY_BUDGET, (version, figures)
