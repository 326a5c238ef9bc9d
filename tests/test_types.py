"""The types: a stub file (``neuron_pure/<module>.pyi``) beside every module.

Stubs keep the modules exactly what MicroPython reads (no ``typing``, no
annotations to store) and let the types teach the shapes: ``Vector``,
``Matrix``, ``Column`` in ``neuron_pure/arithmetic.pyi``.  Four checks:

* ``mypy --strict -p neuron_pure``: the stubs are complete and consistent;
* ``python3 -m mypy.stubtest neuron_pure``: the stubs say what the code has,
  name for name and argument for argument (tests/stubtest_allowlist.txt lists
  the only names stubs may add: type aliases for type checkers);
* a typed program (tests/typed_usage.py, the README's uses) passes
  ``mypy --strict`` and runs, printing the post's prediction;
* a program of typical mistakes (tests/typed_misuse.py) is refused on exactly
  its marked lines, so stubs typed too loosely (``Any``) fail here.

mypy comes from the test extra (CPython 3.10 and later).  Without it these
are skipped with the reason on a developer's machine and fail in CI
(NEURON_PURE_REQUIRE_INTERPRETERS=1), like the other interpreters' tests;
they run once, from the main suite, not again in each tox environment.
"""

import importlib.util
import os
import re
import subprocess
import sys

import pytest

from clitools import ROOT
from interpreters import missing, once_from_the_main_suite

PACKAGE = os.path.join(ROOT, "neuron_pure")
ALLOWLIST = os.path.join(ROOT, "tests", "stubtest_allowlist.txt")
USAGE = os.path.join("tests", "typed_usage.py")
MISUSE = os.path.join("tests", "typed_misuse.py")
# What tests/typed_usage.py prints last: the post's prediction for [1, 0, 0]
# ("Considering new situation [1, 0, 0] -> ?: [0.99993704]", to the last bit).
POST_PREDICTION = "0.9999370428352157"


def files_ending(extension):
    """The package's files ending in ``extension``, subpackages' (``cli/``)
    included, as paths inside it without the extension: ``neuron``, ``cli/options``."""
    found = []
    for folder, _, names in os.walk(PACKAGE):
        inside = os.path.relpath(folder, PACKAGE).replace(os.sep, "/")
        found += [(name if inside == "." else inside + "/" + name)[:-len(extension)]
                  for name in names if name.endswith(extension)]
    return sorted(found)


def modules():
    return files_ending(".py")


def test_every_module_has_a_stub_and_the_package_says_it_is_typed():
    """PEP 561: py.typed marks the package typed; every module has its stub
    (a module without one would be typed as nothing at all)."""
    assert os.path.isfile(os.path.join(PACKAGE, "py.typed"))
    without = [name for name in modules()
               if not os.path.isfile(os.path.join(PACKAGE, name + ".pyi"))]
    assert without == []
    assert files_ending(".pyi") == modules(), "a stub without its module"


@pytest.fixture(scope="module")
def run_mypy(tmp_path_factory):
    """``run_mypy(module, *arguments)``: run ``python -m module`` (mypy or
    mypy.stubtest) from the checkout, with a cache of this test run's own."""
    if importlib.util.find_spec("mypy") is None:
        missing("mypy is not installed (python3 -m pip install -e '.[types]', CPython 3.10+)")
    folder = tmp_path_factory.mktemp("mypy")
    cache = str(folder / "cache")
    # mypy reads the cache folder from the environment; stubtest only from a
    # config file (otherwise it writes .mypy_cache into the checkout).
    config = folder / "stubtest.ini"
    config.write_text("[mypy]\ncache_dir = %s\n" % cache)
    environment = dict(os.environ, MYPY_CACHE_DIR=cache)

    def run(module, *arguments):
        if module == "mypy.stubtest":
            arguments += ("--mypy-config-file", str(config))
        return subprocess.run([sys.executable, "-m", module] + list(arguments), cwd=ROOT,
                              env=environment, capture_output=True, text=True, timeout=600)
    return run


@once_from_the_main_suite
def test_mypy_strict_passes_on_the_package(run_mypy):
    result = run_mypy("mypy", "--strict", "-p", "neuron_pure")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("Success: no issues found in %d source files"
                                    % len(modules()))


@once_from_the_main_suite
def test_the_stubs_say_what_the_code_has(run_mypy):
    """stubtest imports each module and compares it with its stub: every
    public name, every argument's name, kind and default."""
    result = run_mypy("mypy.stubtest", "neuron_pure", "--allowlist", ALLOWLIST)
    assert result.returncode == 0, result.stdout + result.stderr


@once_from_the_main_suite
def test_a_typed_program_using_the_package_checks_and_runs(run_mypy):
    result = run_mypy("mypy", "--strict", USAGE)
    assert result.returncode == 0, result.stdout + result.stderr
    ran = subprocess.run([sys.executable, USAGE], cwd=ROOT, env=dict(os.environ, PYTHONPATH=ROOT),
                         capture_output=True, text=True, timeout=600)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.splitlines()[-1].split()[0] == POST_PREDICTION


@once_from_the_main_suite
def test_typical_mistakes_are_refused_on_their_lines(run_mypy):
    with open(os.path.join(ROOT, MISUSE), encoding="utf-8") as handle:
        marked = {number for number, line in enumerate(handle, 1) if "# wrong:" in line}
    assert len(marked) >= 8
    result = run_mypy("mypy", "--strict", MISUSE)
    reported = {int(number) for number in re.findall(
        r"^%s:(\d+): error:" % re.escape(MISUSE), result.stdout, re.MULTILINE)}
    assert result.returncode == 1, result.stdout + result.stderr
    assert reported == marked, result.stdout
