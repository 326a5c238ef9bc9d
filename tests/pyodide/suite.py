"""The whole test suite under CPython 3.14 in Pyodide (run by
tests/pyodide/run.mjs --tests): pytest with the given arguments.

WebAssembly has no processes, FIFOs, hard links or Unix sockets, so a test
that needs one (the command line run as a user would, the other
interpreters, the special files a user may name) is skipped with that reason
when it asks for it; everything else runs as it does on the host.
"""

import os
import socket
import subprocess
import sys

import pytest


def missing(what):
    def stand_in(*arguments, **keywords):
        pytest.skip("Pyodide (WebAssembly) has no %s" % what)
    return stand_in


subprocess.Popen.__init__ = missing("processes")
for name, what in (("mkfifo", "FIFOs"), ("link", "hard links")):
    if not hasattr(os, name):
        setattr(os, name, missing(what))
if not hasattr(socket, "AF_UNIX"):
    socket.AF_UNIX = -1                 # only for the call below, which skips
    socket.socket = missing("Unix sockets")
sys.exit(pytest.main(["-q", "-p", "no:cacheprovider", "-rN"] + sys.argv[1:]))
