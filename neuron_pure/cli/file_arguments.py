"""File names on the command line: ``-`` is standard input or output; any
other name is a file, checked before the work and read or written through
``neuron_pure.files`` (at most a size limit read; written atomically, so a
failed write keeps the old file).

>>> write_output("-", "what plot draws\\n", sys.stdout)
what plot draws
>>> input_name("-"), input_name("post.csv")
('<stdin>', 'post.csv')
"""

import sys

from neuron_pure.cli.terminal import OutputError, UsageError

STANDARD_STREAM = "-"       # the file name meaning standard input or output


def read_input(name, error_class, limit):
    """The bytes of the input ``name`` (``-``: standard input), at most ``limit``."""
    from neuron_pure import files
    if limit is None:
        limit = files.DATA_LIMIT
    if name == STANDARD_STREAM:
        if sys.stdin is None:
            raise UsageError("standard input is closed")
        return files.read_stream(sys.stdin.buffer, "<stdin>", error_class, limit)
    return files.read_bytes(name, error_class, limit)


def input_name(name):
    """The name messages give the input ``name``."""
    return "<stdin>" if name == STANDARD_STREAM else name


def write_output(name, text, stdout, inputs=()):
    """Write ``text`` to the file ``name`` atomically, or to stdout for ``-``."""
    if name == STANDARD_STREAM:
        stdout.write(text)
        stdout.flush()          # a full disk is reported before anything follows
        return
    from neuron_pure.files import write_atomically
    try:
        write_atomically(name, text, inputs)
    except OSError as problem:
        raise OutputError("%s: cannot write: %s (the old file, if any, is unchanged)"
                          % (name, problem.strerror or problem))


def check_output(name, inputs=()):
    """Everything about the output ``name`` that can be checked before the work;
    ``inputs`` are the files read (``-`` and None, an option not given, are not
    files)."""
    if name != STANDARD_STREAM:
        from neuron_pure.files import check_target
        check_target(name, [i for i in inputs if i not in (STANDARD_STREAM, None)])


def check_input(name):
    """What can be checked about an input file before the work (it exists and
    is a file or a pipe), by reading nothing: see files.read_bytes."""
    if name != STANDARD_STREAM:
        from neuron_pure.files import check_source
        check_source(name)

