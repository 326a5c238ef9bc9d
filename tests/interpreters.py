"""Running Python code under the other interpreters the tests compare with:
MicroPython 1.27 and 1.29 (WebAssembly, under Node), CPython 3.14 (Pyodide,
under Node), and the host's CPythons and PyPy.

An interpreter that is missing is skipped, with the reason, on a developer's
machine.  With NEURON_PURE_REQUIRE_INTERPRETERS=1 (as .ci/run sets it) a
missing interpreter fails the test instead, so CI never passes by skipping.
"""

import os
import shutil
import subprocess
import sys

import pytest

from clitools import ROOT

PROBE = os.path.join(ROOT, "tests", "golden_probe.py")
MICROPYTHON_RUNNER = os.path.join(ROOT, "tests", "micropython", "run.mjs")
# npm package folders under tests/micropython/node_modules, by version
# (1.29 is a pre-release, installed under an npm alias: see its package.json).
MICROPYTHON_PACKAGES = {
    "1.27": os.path.join("@micropython", "micropython-webassembly-pyscript"),
    "1.29": "micropython-1.29",
}
MICROPYTHON_VERSIONS = sorted(MICROPYTHON_PACKAGES)
PYODIDE_RUNNER = os.path.join(ROOT, "tests", "pyodide", "run.mjs")
PYODIDE_PACKAGE = os.path.join(ROOT, "tests", "pyodide", "node_modules", "pyodide")
REQUIRED = os.environ.get("NEURON_PURE_REQUIRE_INTERPRETERS") == "1"
# tox sets NEURON_PURE_SKIP_INTERPRETER_MATRIX=1 in its per-interpreter runs:
# a test that runs another interpreter runs once, from the main suite, not
# again from inside each interpreter.
once_from_the_main_suite = pytest.mark.skipif(
    os.environ.get("NEURON_PURE_SKIP_INTERPRETER_MATRIX") == "1",
    reason="compared once from the main suite; this is tox's per-interpreter run")


def missing(reason):
    """Skip (on a developer's machine) or fail (in CI) for want of ``reason``."""
    if REQUIRED:
        pytest.fail(reason + " (NEURON_PURE_REQUIRE_INTERPRETERS=1: install it, see .ci/run)")
    pytest.skip(reason)


def node_or_missing():
    node = shutil.which("node")
    if node is None:
        missing("node is not installed")
    return node


def micropython_package_or_missing(version):
    """The folder of MicroPython ``version``'s npm package."""
    package = os.path.join(ROOT, "tests", "micropython", "node_modules",
                           MICROPYTHON_PACKAGES[version])
    if not os.path.isdir(package):
        missing("MicroPython %s's npm package is not installed "
                "(cd tests/micropython && npm install --no-package-lock)" % version)
    return package


def run_micropython(version, package_dir, script, *files):
    """What ``script`` prints under MicroPython ``version``, with the files of
    ``package_dir`` as the package neuron_pure and ``files`` beside it (see
    tests/micropython/run.mjs); fails the test with MicroPython's output if
    the script raised."""
    node = node_or_missing()
    micropython_package_or_missing(version)
    result = subprocess.run(
        [node, MICROPYTHON_RUNNER, "--version", version, package_dir, script] + list(files),
        capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    return result.stdout


def run_pyodide(package_dir, script):
    """What ``script`` prints under CPython 3.14 in Pyodide."""
    node = node_or_missing()
    if not os.path.isdir(PYODIDE_PACKAGE):
        missing("the pyodide npm package is not installed "
                "(cd tests/pyodide && npm install --no-package-lock)")
    result = subprocess.run([node, PYODIDE_RUNNER, package_dir, script],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    return result.stdout


def probe_output(command=(sys.executable,)):
    """What tests/golden_probe.py prints under ``command`` (a host Python)."""
    environment = dict(os.environ, PYTHONPATH=ROOT)
    result = subprocess.run(list(command) + [PROBE], capture_output=True, text=True,
                            env=environment, timeout=600)
    assert result.returncode == 0, result.stderr
    return result.stdout


def assert_same_lines(got, reference, interpreter):
    """``got`` is ``reference``, line for line; the message names the first
    line that differs."""
    got_lines, want_lines = got.splitlines(), reference.splitlines()
    for number, (line, want) in enumerate(zip(got_lines, want_lines), 1):
        assert line == want, "%s differs on line %d" % (interpreter, number)
    assert len(got_lines) == len(want_lines), "%s printed %d lines, not %d" % (
        interpreter, len(got_lines), len(want_lines))
