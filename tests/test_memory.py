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


def test_importing_the_package_keeps_no_more_than_24_kib(full):
    version, figures = full
    assert 0 < figures["import"] <= IMPORT_BUDGET, (version, figures)


def test_think_only_keeps_no_more_than_16_kib_in_all(think_only):
    """board --think-only: import neuron_pure, load the post's model with
    neuron_pure.thinking and think once."""
    version, figures = think_only
    assert 0 < figures["in all"] <= THINK_ONLY_BUDGET, (version, figures)


def test_think_only_stays_under_the_import_budget_however_long_it_thinks(think_only):
    """What grows as a board keeps thinking: the exp's table (at most 256
    floats, 4 KiB) and, the first time an argument needs it, the exact
    reference glibc_exp (about 2.6 KiB).  All of it together stays below
    what importing the full package keeps."""
    version, figures = think_only
    assert figures["in all"] < figures["in all after many thinks"] <= IMPORT_BUDGET, (
        version, figures)


def test_importing_the_package_leaves_printing_training_and_exp_for_later():
    """What keeps `import neuron_pure` within its budget: the printing, float
    text, training engine, exp and layers modules load on first use."""
    import subprocess
    import sys
    code = ("import sys, neuron_pure\n"
            "print(sorted(m for m in sys.modules if m.startswith('neuron_pure.')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, env=dict(os.environ, PYTHONPATH=ROOT))
    loaded = eval(result.stdout)
    for lazy in ("arrayprint", "float_text", "engine", "exponential", "multilayer", "model"):
        assert "neuron_pure." + lazy not in loaded, loaded
    assert "neuron_pure.neuron" in loaded       # NeuralNetwork() adds only its weights


def test_every_public_name_still_imports_from_the_package():
    import neuron_pure
    for name in neuron_pure.__all__:
        assert getattr(neuron_pure, name) is not None, name
    assert set(neuron_pure.__all__) <= set(dir(neuron_pure))
    from neuron_pure import engine, float_repr, format_array, format_fixed  # noqa: F401
    assert format_array([[1.0]]) == "[[1.]]" and float_repr(0.1) == "0.1"
