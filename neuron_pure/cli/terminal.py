"""What the command line shows besides a command's output: one line per
problem, escaped, in any encoding, and a progress line on a terminal.

A problem ends the command with one line on stderr and an exit status:
``UsageError`` (bad arguments or input, 2) or ``OutputError`` (an output
that could not be written, 1).  The line stays one line whatever it quotes:

>>> say(sys.stdout, "error: bad\\nname\\udcff.csv: no such file")
neuron-pure: error: bad\\nname\\xff.csv: no such file

A closed standard output (``>&-``) fails every write, as it does for Unix
tools (``ClosedStream``); a reader that went away (``| head -1``) ends the
output quietly (``silence_stdout``).
"""

import sys
import time

PROG = "neuron-pure"


class UsageError(Exception):
    """A problem with the command line or its input: exit status 2."""


class OutputError(Exception):
    """An output that could not be written (a full disk): exit status 1."""


class StandardOutputError(OutputError):
    """Standard output itself could not be written (``> /dev/full``, ``>&-``):
    exit status 1.  Only ``GuardedOutput`` raises it, so that no other
    ``OSError`` is ever reported as standard output's."""


# ---------------------------------------------------------------------------
# Showing text on one line, in any encoding.

def one_line(text):
    """``text`` with every character that is not printable escaped, so that a
    file name or a row holding a newline stays on one line; bytes of a file
    name that is not UTF-8 (Python's surrogate escapes) show as ``\\xNN``.

    >>> print(one_line("bad\\nname\\udcff.csv"))
    bad\\nname\\xff.csv
    """
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else _escape(c) for c in text)


_NAMED_ESCAPES = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}

# Where the output's encoding lacks a character (PYTHONIOENCODING=ascii), a
# plain-ASCII spelling takes its place; anything else becomes an escape.
ASCII_SPELLINGS = {"\u00d7": "x"}      # explain's multiplication sign


def _escape(character):
    """One character as Python writes it escaped: ``\\n``, ``\\x1b``, ``\\u2028``;
    a surrogate standing for a byte that was not UTF-8 as that byte."""
    code = ord(character)
    if character in _NAMED_ESCAPES:
        return _NAMED_ESCAPES[character]
    if 0xDC80 <= code <= 0xDCFF:
        return "\\x%02x" % (code - 0xDC00)
    if code <= 0xFF:
        return "\\x%02x" % code
    return "\\u%04x" % code if code <= 0xFFFF else "\\U%08x" % code


def _encode_fallback(problem):
    text = problem.object[problem.start:problem.end]
    return "".join(ASCII_SPELLINGS.get(c) or _escape(c) for c in text), problem.end


def forgiving_streams():
    """Standard output and error that never fail on a character their
    encoding lacks (see ``ASCII_SPELLINGS``)."""
    import codecs
    codecs.register_error("neuron-pure-fallback", _encode_fallback)
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(errors="neuron-pure-fallback")
            except (ValueError, OSError):
                pass


# ---------------------------------------------------------------------------
# Streams that are closed, or whose reader went away.

class ClosedStream:
    """What the command line writes to when standard output is closed
    (``>&-``): every write fails, as it does for Unix tools."""

    def write(self, text):
        import errno
        raise OSError(errno.EBADF, "it is closed")

    def flush(self):
        pass


class GuardedOutput:
    """Standard output as the commands write to it: an ``OSError`` from a
    write or a flush becomes ``StandardOutputError``; a reader that went away
    stays ``BrokenPipeError`` (ended quietly)."""

    def __init__(self, stream):
        self.stream = stream

    def write(self, text):
        return _guarded(self.stream.write, text)

    def flush(self):
        _guarded(self.stream.flush)


def _guarded(call, *arguments):
    try:
        return call(*arguments)
    except BrokenPipeError:
        raise
    except OSError as problem:
        raise StandardOutputError("cannot write to standard output: %s"
                                  % (problem.strerror or problem))


def say(stream, message):
    """One line on ``stream`` (stderr), escaped; a stderr that cannot be
    written to is not a reason for a traceback."""
    try:
        stream.write("%s: %s\n" % (PROG, one_line(message)))
        stream.flush()
    except (OSError, ValueError):
        pass


def silence_stdout():
    """Point file descriptor 1 at /dev/null, so that Python's own flush of
    what is left in stdout's buffer, at exit, cannot fail a second time."""
    import os
    try:
        descriptor = os.open(os.devnull, os.O_WRONLY)
        os.dup2(descriptor, sys.stdout.fileno())
        os.close(descriptor)
    except (OSError, ValueError, AttributeError):
        pass


# ---------------------------------------------------------------------------
# The progress line.

class Progress:
    """One updating line on stderr, only on a terminal and only once the work
    has taken more than about a second."""

    def __init__(self, total, stream, enabled, clock=time.monotonic):
        self.total, self.stream, self.clock = total, stream, clock
        self.enabled = enabled and stream.isatty()
        self.started = clock()
        self.shown = False

    def update(self, done, error):
        if not self.enabled:
            return
        elapsed = self.clock() - self.started
        if elapsed < 1.0 and not self.shown:
            return
        left = elapsed / done * (self.total - done) if done else 0.0
        self.stream.write("\r%s: iteration %d of %d, mean absolute error %.6f, %.0f s left  "
                          % (PROG, done, self.total, error, left))
        self.stream.flush()
        self.shown = True

    def finish(self):
        if self.shown:
            self.stream.write("\r" + " " * 79 + "\r")
            self.stream.flush()
            self.shown = False
