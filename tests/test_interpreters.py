"""The same numbers on every interpreter: MicroPython 1.27 and 1.29
(WebAssembly, run by Node), CPython 3.14 (Pyodide, WebAssembly, run by Node),
PyPy 3 and CPython 3.9 to 3.13.

Each runs tests/golden_probe.py, which prints the post's starting and trained
weights, the prediction, two random streams longer than 624 draws and the
transcript of demo(), all as CPython's repr text; each output must equal this
interpreter's, character for character.  Each CPython and PyPy also runs
``-m neuron_pure`` and must print the post's transcript.

An interpreter that is missing is skipped, with the reason, on a developer's
machine.  With NEURON_PURE_REQUIRE_INTERPRETERS=1 (as .ci/run sets it) a
missing interpreter fails the test instead, so CI never passes by skipping.
"""

import glob
import os
import shutil

import pytest

from clitools import ROOT, run_cli
from interpreters import (
    MICROPYTHON_VERSIONS, PROBE, assert_same_lines, missing, once_from_the_main_suite,
    probe_output, run_micropython, run_pyodide)
from test_golden import POST_TRANSCRIPT

pytestmark = once_from_the_main_suite
CPYTHONS = ["3.9", "3.10", "3.11", "3.12", "3.13"]


def find_cpython(version):
    """python3.X from pyenv's versions folder, or else from PATH.  (pyenv's
    shims on PATH answer only for the selected version, so they come last.)"""
    pyenv_root = os.environ.get("PYENV_ROOT", os.path.expanduser("~/.pyenv"))
    candidates = sorted(glob.glob(os.path.join(
        pyenv_root, "versions", version + ".*", "bin", "python" + version)))
    if candidates:
        return candidates[-1]
    return shutil.which("python" + version)


@pytest.fixture(scope="module")
def reference():
    """What this interpreter (CPython, running the suite) prints."""
    return probe_output()


def test_the_reference_itself_holds_the_posts_numbers(reference):
    assert "trained weights 9.672993027736892 -0.20784349926631962 -4.62963668773159" in reference
    assert reference.endswith(POST_TRANSCRIPT)


@pytest.mark.parametrize("version", MICROPYTHON_VERSIONS)
def test_micropython_prints_the_same_numbers(version, reference):
    got = run_micropython(version, os.path.join(ROOT, "neuron_pure"), PROBE)
    assert_same_lines(got, reference, "MicroPython " + version)


def test_fast_glibc_exp_is_glibc_exp_under_micropythons_arithmetic():
    """Law: fast_glibc_exp and glibc_exp are the same function under
    MicroPython too (its float literals, ldexp and rounding), including on
    the arguments where MicroPython's own math.exp gives other last bits."""
    output = run_micropython("1.27", os.path.join(ROOT, "neuron_pure"),
                             os.path.join(ROOT, "tests", "micropython", "exp_sweep.py"))
    figures = dict(line.split(" ") for line in output.splitlines())
    assert figures["checked"] == "10042"
    assert int(figures["differ"]) > 20          # where it matters: MicroPython's exp is not glibc's
    assert figures["mismatches"] == "0"


def test_cpython_314_in_pyodide_prints_the_same_numbers(reference):
    """CPython 3.14, the current release, compiled to WebAssembly (npm's
    pyodide 314.x, loaded from node_modules, offline).  Its C library is not
    GNU libc, so this also runs fast_glibc_exp under CPython's own float
    arithmetic."""
    got = run_pyodide(os.path.join(ROOT, "neuron_pure"), PROBE)
    assert_same_lines(got, reference, "CPython 3.14 (Pyodide)")


@pytest.mark.parametrize("interpreter", ["pypy3"] + ["python" + v for v in CPYTHONS])
def test_other_interpreters_print_the_same_numbers_and_the_transcript(interpreter, reference):
    if interpreter == "pypy3":
        executable = shutil.which("pypy3")
    else:
        executable = find_cpython(interpreter[len("python"):])
    if executable is None:
        missing("%s is not installed" % interpreter)
    assert_same_lines(probe_output([executable]), reference, interpreter)
    result = run_cli(python=executable)
    assert result.returncode == 0, result.stderr
    assert result.stdout == POST_TRANSCRIPT
