"""Ctrl-C on the command line: one line on stderr and exit status 130.

Whenever Ctrl-C comes, while the package is still loading or in the middle of
training, ``neuron-pure`` ends the same way: the line below on stderr, no
traceback, and status 130 (128 + 2, the number of SIGINT, as shells report a
program that SIGINT stopped).

>>> import io
>>> stream = io.StringIO()
>>> report_interrupt(stream)
130
>>> stream.getvalue()
'neuron-pure: interrupted\\n'

The command line (``neuron_pure.cli``, ``neuron_pure.__main__``) and, for the
first milliseconds, the package's ``__init__`` use it; a Python program that
imports neuron_pure gets its ``KeyboardInterrupt`` as usual.
"""

import sys

__all__ = ["STATUS", "report_interrupt", "command_line_is_starting", "exit_if_command_line"]

STATUS = 130
LINE = "neuron-pure: interrupted\n"


def report_interrupt(stream=None):
    """Write the one line to ``stream`` (stderr) and return the exit status.
    A stderr that cannot be written to is not a reason for a traceback."""
    stream = sys.stderr if stream is None else stream
    try:
        stream.write(LINE)
        stream.flush()
    except Exception:
        pass
    return STATUS


def command_line_is_starting():
    """Whether this process is the command line, still importing the package:
    ``python3 -m neuron_pure`` (Python sets ``sys.argv[0]`` to ``-m`` while it
    looks for the module) or the ``neuron-pure`` script.

    >>> command_line_is_starting()      # a test run is not the command line
    False
    """
    argv = getattr(sys, "argv", None) or [""]
    if argv[0] == "-m":
        original = getattr(sys, "orig_argv", None)       # Python 3.10 on
        return original is None or "neuron_pure" in original or "-mneuron_pure" in original
    name = argv[0].replace("\\", "/").rsplit("/", 1)[-1]
    return name in ("neuron-pure", "neuron-pure.exe", "neuron-pure-script.py")


def exit_if_command_line():
    """On Ctrl-C while the package loads: end as the command line ends
    (``SystemExit(130)`` after the line), or return for the caller to re-raise."""
    if command_line_is_starting():
        raise SystemExit(report_interrupt())
