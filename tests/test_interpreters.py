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
import subprocess
import sys

import pytest

from clitools import ROOT, run_cli
from test_golden import POST_TRANSCRIPT

PROBE = os.path.join(ROOT, "tests", "golden_probe.py")
MICROPYTHON_RUNNER = os.path.join(ROOT, "tests", "micropython", "run.mjs")
# npm package folders under tests/micropython/node_modules, by version
# (1.29 is a pre-release, installed under an npm alias: see its package.json).
MICROPYTHON_PACKAGES = {
    "1.27": os.path.join("@micropython", "micropython-webassembly-pyscript"),
    "1.29": "micropython-1.29",
}
PYODIDE_RUNNER = os.path.join(ROOT, "tests", "pyodide", "run.mjs")
PYODIDE_PACKAGE = os.path.join(ROOT, "tests", "pyodide", "node_modules", "pyodide")
REQUIRED = os.environ.get("NEURON_PURE_REQUIRE_INTERPRETERS") == "1"
# tox sets this in its per-interpreter runs: the comparison runs once, from
# the main suite, not again from inside each interpreter.
pytestmark = pytest.mark.skipif(
    os.environ.get("NEURON_PURE_SKIP_INTERPRETER_MATRIX") == "1",
    reason="compared once from the main suite; this is tox's per-interpreter run")
CPYTHONS = ["3.9", "3.10", "3.11", "3.12", "3.13"]


def missing(reason):
    if REQUIRED:
        pytest.fail(reason + " (NEURON_PURE_REQUIRE_INTERPRETERS=1: install it, see .ci/run)")
    pytest.skip(reason)


def find_cpython(version):
    """python3.X from pyenv's versions folder, or else from PATH.  (pyenv's
    shims on PATH answer only for the selected version, so they come last.)"""
    pyenv_root = os.environ.get("PYENV_ROOT", os.path.expanduser("~/.pyenv"))
    candidates = sorted(glob.glob(os.path.join(
        pyenv_root, "versions", version + ".*", "bin", "python" + version)))
    if candidates:
        return candidates[-1]
    return shutil.which("python" + version)


def probe_output(command):
    environment = dict(os.environ, PYTHONPATH=ROOT)
    result = subprocess.run(command + [PROBE], capture_output=True, text=True,
                            env=environment, timeout=600)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def reference():
    """What this interpreter (CPython, running the suite) prints."""
    return probe_output([sys.executable])


def assert_same_lines(got, reference, interpreter):
    got_lines, want_lines = got.splitlines(), reference.splitlines()
    for number, (line, want) in enumerate(zip(got_lines, want_lines), 1):
        assert line == want, "%s differs on line %d" % (interpreter, number)
    assert len(got_lines) == len(want_lines), "%s printed %d lines, not %d" % (
        interpreter, len(got_lines), len(want_lines))


def test_the_reference_itself_holds_the_posts_numbers(reference):
    assert "trained weights 9.672993027736892 -0.20784349926631962 -4.62963668773159" in reference
    assert reference.endswith(POST_TRANSCRIPT)


def node_or_missing():
    node = shutil.which("node")
    if node is None:
        missing("node is not installed")
    return node


def micropython_command(version="1.27"):
    """The command that runs a script under MicroPython ``version``:
    ``command + [PACKAGE_DIR, SCRIPT, FILE...]`` (see tests/micropython/run.mjs)."""
    node = node_or_missing()
    package = os.path.join(ROOT, "tests", "micropython", "node_modules",
                           MICROPYTHON_PACKAGES[version])
    if not os.path.isdir(package):
        missing("MicroPython %s's npm package is not installed "
                "(cd tests/micropython && npm install --no-package-lock)" % version)
    return [node, MICROPYTHON_RUNNER, "--version", version]


def run_micropython(version, package_dir, script, *files):
    """What ``script`` prints under MicroPython with ``package_dir`` as
    neuron_pure; fails the test with MicroPython's output if it raised."""
    result = subprocess.run(micropython_command(version) + [package_dir, script] + list(files),
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    return result.stdout


@pytest.mark.parametrize("version", sorted(MICROPYTHON_PACKAGES))
def test_micropython_prints_the_same_numbers(version, reference):
    got = run_micropython(version, os.path.join(ROOT, "neuron_pure"), PROBE)
    assert_same_lines(got, reference, "MicroPython " + version)


def test_cpython_314_in_pyodide_prints_the_same_numbers(reference):
    """CPython 3.14, the current release, compiled to WebAssembly (npm's
    pyodide 314.x, loaded from node_modules, offline).  Its C library is not
    GNU libc, so this also runs fast_glibc_exp under CPython's own float
    arithmetic."""
    node = node_or_missing()
    if not os.path.isdir(PYODIDE_PACKAGE):
        missing("the pyodide npm package is not installed "
                "(cd tests/pyodide && npm install --no-package-lock)")
    result = subprocess.run([node, PYODIDE_RUNNER, os.path.join(ROOT, "neuron_pure"), PROBE],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert_same_lines(result.stdout, reference, "CPython 3.14 (Pyodide)")


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
