"""Ctrl-C, SIGTERM and SIGHUP on the command line: one line on stderr and
exit status 128 + the signal's number (130 for Ctrl-C).

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

SIGTERM (``kill``) and SIGHUP (the terminal closed) end the command the
same way, once it runs (``handle_termination``): they raise ``Terminated``
where the command is, so that a file being saved is cleaned up as it is
after Ctrl-C (its temporary file removed, the old file whole), then one line
and 128 + the signal's number (143, 129):

>>> report_interrupt(stream, Terminated(15))
143
>>> stream.getvalue().splitlines()[-1]
'neuron-pure: terminated by SIGTERM'

The command line (``neuron_pure.cli``, ``neuron_pure.__main__``) and, for the
first milliseconds, the package's ``__init__`` use it; a Python program that
imports neuron_pure gets its ``KeyboardInterrupt`` as usual, and its own
signal handlers.
"""

import sys

__all__ = ["STATUS", "report_interrupt", "command_line_is_starting", "exit_if_command_line"]

STATUS = 130
LINE = "neuron-pure: interrupted\n"
SIGNAL_NAMES = {1: "SIGHUP", 15: "SIGTERM"}     # POSIX fixes these two numbers


class Terminated(BaseException):
    """SIGTERM or SIGHUP while a command runs; ``number`` is the signal's.
    A ``BaseException``, as ``KeyboardInterrupt`` is, so that no
    ``except Exception`` takes it for an error."""

    def __init__(self, number):
        BaseException.__init__(self, number)
        self.number = number


def report_interrupt(stream=None, stop=None):
    """Write the one line to ``stream`` (stderr) and return the exit status:
    130 after Ctrl-C, 128 + its number after a ``Terminated`` ``stop``.
    A stderr that cannot be written to is not a reason for a traceback."""
    stream = sys.stderr if stream is None else stream
    if isinstance(stop, Terminated):
        line = "neuron-pure: terminated by %s\n" % SIGNAL_NAMES[stop.number]
        status = 128 + stop.number
    else:
        line, status = LINE, STATUS
    try:
        stream.write(line)
        stream.flush()
    except Exception:
        pass
    return status


def _raise_terminated(number, frame):
    raise Terminated(number)


def handle_termination():
    """Make SIGTERM and SIGHUP raise ``Terminated``, where they would end the
    process (a signal ignored, as ``nohup`` ignores SIGHUP, stays ignored);
    the handlers replaced, for ``restore_handlers``."""
    import signal
    replaced = {}
    for number in SIGNAL_NAMES:
        try:
            if signal.getsignal(number) == signal.SIG_DFL:
                replaced[number] = signal.signal(number, _raise_terminated)
        except (ValueError, OSError, AttributeError):   # not the main thread; no such signal
            pass
    return replaced


def restore_handlers(replaced):
    """Put back the handlers ``handle_termination`` replaced."""
    import signal
    for number, handler in replaced.items():
        signal.signal(number, handler)


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
