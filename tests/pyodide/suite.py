"""The whole test suite under CPython 3.14 in Pyodide (run by
tests/pyodide/run.mjs --tests): pytest with the given arguments.

WebAssembly has no processes, so a test that starts one (the command line
run as a user would, the other interpreters) is skipped with that reason;
everything else runs as it does on the host.
"""

import subprocess
import sys

import pytest


def no_processes(*arguments, **keywords):
    pytest.skip("Pyodide (WebAssembly) cannot start processes")


subprocess.Popen.__init__ = no_processes
sys.exit(pytest.main(["-q", "-p", "no:cacheprovider", "-rN"] + sys.argv[1:]))
