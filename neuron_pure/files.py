"""Reading and writing files safely: bounded reads, checked targets, atomic saves.

Reading a data or model file:

* the name must be a ``str`` (or a ``pathlib.Path``): bytes and integers are
  refused, so ``load_model(99)`` never reads file descriptor 99;
* only a regular file or a pipe is read: a directory, a device such as
  ``/dev/zero`` or a socket is refused by name before anything is read;
* at most ``limit`` bytes are read (``DATA_LIMIT``, 4 MiB, unless told
  otherwise), so memory stays bounded whatever the file holds: one byte more
  and the read stops with an error saying how to raise the limit.

Writing a file (``write_atomically``) goes through a temporary file with a
short name in the target's folder, flushed to disk and renamed over the
target, so a full disk or a crash leaves the old file whole (or no file),
never half a file.  Before any work, ``check_target`` refuses what cannot or
must not be replaced: a missing folder, a directory, a device (``/dev/null``),
a FIFO or a socket, a read-only file, and the very file being read as input.
A symbolic link is written through, as editors do: its target gets the new
content (atomically), the link stays a link.  The new file keeps the
permissions of the file it replaces, or gets what the umask leaves of
``rw-rw-rw-``.

>>> import os, tempfile
>>> folder = tempfile.mkdtemp()
>>> path = os.path.join(folder, "note.txt")
>>> write_atomically(path, "hello\\n")
>>> read_bytes(path)
b'hello\\n'
>>> read_bytes(path, limit=3)
Traceback (most recent call last):
...
neuron_pure.errors.NeuronPureError: .../note.txt: larger than the size limit of 3 bytes (raise it: --max-bytes N on the command line, limit=N in Python)
>>> check_target(folder)
Traceback (most recent call last):
...
neuron_pure.errors.NeuronPureError: ...: is a directory, not a regular file: refusing to replace it
>>> read_bytes(99)
Traceback (most recent call last):
...
neuron_pure.errors.NeuronPureError: a file name must be a str, not int
>>> import shutil; shutil.rmtree(folder)

This module is not part of the core that runs on MicroPython boards: it uses
``os`` where the interpreter has it, and only ``load_model`` and the command
line import it, when they run.
"""

try:
    import os
except ImportError:         # an interpreter without os: files are read unchecked
    os = None

from neuron_pure.errors import NeuronPureError

__all__ = []        # internal: the doors that read and save (load_model, read_examples,
                    # save_model, the command line) call these

# The most bytes a data or model file may hold unless the caller raises it.
# 4 MiB of CSV is up to a million numbers, far more than the list-based
# training loop gets through in reasonable time; as Python lists of floats it
# takes up to about 80 times its size (measured: a 4 MiB file of rows like
# "0,0,1,0" peaks at 330 MB for one training iteration; see README, "Limits").
DATA_LIMIT = 4 * 1024 * 1024
READ_CHUNK = 64 * 1024       # bytes asked of a stream at a time

# The kinds of file, from the st_mode bits of stat (POSIX's values, which
# Python's stat module also uses; written out so no other module is needed).
_KIND_MASK = 0o170000
_KINDS = {0o100000: "a regular file", 0o040000: "a directory",
          0o010000: "a FIFO", 0o020000: "a character device",
          0o060000: "a block device", 0o140000: "a socket",
          0o120000: "a symbolic link"}
_REGULAR, _FIFO = 0o100000, 0o010000


def path_name(path, error_class=NeuronPureError):
    """``path`` as a ``str``, after checking it can name a file (the doors
    that take a user's file name call this; ``error_class`` is theirs).

    A ``str`` or an ``os.PathLike`` whose path is a ``str`` is accepted; bytes
    are refused (``os.fsdecode`` turns them into a ``str`` that names the same
    file), and so is anything else, an integer in particular (``open`` would
    take it for a file descriptor).

    >>> path_name("model.json")
    'model.json'
    >>> path_name(b"model.json")
    Traceback (most recent call last):
    ...
    neuron_pure.errors.NeuronPureError: a file name must be a str, not bytes (os.fsdecode(name) converts it)
    """
    if not isinstance(path, str) and hasattr(path, "__fspath__"):
        path = path.__fspath__()
    if isinstance(path, (bytes, bytearray)):
        raise error_class("a file name must be a str, not bytes "
                          "(os.fsdecode(name) converts it)")
    if not isinstance(path, str):
        raise error_class("a file name must be a str, not %s" % type(path).__name__)
    if not path:
        raise error_class("a file name must not be empty")
    if "\x00" in path:
        raise error_class("%r: a file name cannot hold a NUL character" % path)
    return path


def _check_names(inputs):
    if isinstance(inputs, (str, bytes)) or not isinstance(inputs, (list, tuple)):
        raise NeuronPureError("inputs must be a list of file names, not %s"
                              % type(inputs).__name__)
    return [path_name(name) for name in inputs]


def _check_limit(limit):
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
        raise NeuronPureError("limit must be a whole number of bytes, 0 or more, not %r"
                              % (limit,))
    return limit


def _reason(problem):
    return getattr(problem, "strerror", None) or str(problem)


def _kind(mode):
    return mode & _KIND_MASK


def check_source(path, error_class=NeuronPureError):
    """``path`` as a ``str``, after checking, without reading, that it names a
    regular file or a pipe that exists: ``error_class`` otherwise (naming
    what it is: a directory, a device).

    >>> check_source("/")
    Traceback (most recent call last):
    ...
    neuron_pure.errors.NeuronPureError: /: cannot read: is a directory, not a regular file or a pipe

    (``/dev/zero`` is refused the same way, as a character device: reading it
    would never end.)
    """
    name = path_name(path, error_class)
    if os is not None and hasattr(os, "stat"):
        try:
            mode = os.stat(name)[0]
        except OSError as problem:
            raise error_class("%s: cannot read: %s" % (name, _reason(problem)))
        if _kind(mode) not in (_REGULAR, _FIFO):
            raise error_class("%s: cannot read: is %s, not a regular file or a pipe"
                              % (name, _KINDS.get(_kind(mode), "not a regular file")))
    return name


def read_bytes(path, error_class=NeuronPureError, limit=DATA_LIMIT):
    """The bytes of the file at ``path``, at most ``limit`` of them.

    A file that is missing, unreadable, not a regular file or a pipe, or
    larger than ``limit`` raises ``error_class`` (a ``NeuronPureError``)
    naming it and why; nothing more than ``limit + 1`` bytes is ever read.
    """
    name = check_source(path, error_class)
    limit = _check_limit(limit)
    try:
        with open(name, "rb") as handle:
            return read_stream(handle, name, error_class, limit)
    except OSError as problem:
        raise error_class("%s: cannot read: %s" % (name, _reason(problem)))


def read_stream(stream, name, error_class=NeuronPureError, limit=DATA_LIMIT):
    """At most ``limit`` bytes from the binary ``stream`` (standard input, an
    open file), or ``error_class`` naming ``name`` if it holds more.  Trusts
    its caller (``read_bytes``, the command line): a binary stream, a checked
    ``limit``."""
    # In pieces: a board's MicroPython would allocate all of read(limit + 1)
    # at once, 4 MiB, for a model of a few hundred bytes.
    chunks, size = [], 0
    while size <= limit:
        chunk = stream.read(min(READ_CHUNK, limit + 1 - size))
        if not chunk:                       # the end (None: a non-blocking stream, nothing yet)
            break
        chunks.append(bytes(chunk))
        size += len(chunk)
    data = b"".join(chunks)
    if len(data) > limit:
        raise error_class("%s: larger than the size limit of %d bytes (raise it: "
                          "--max-bytes N on the command line, limit=N in Python)"
                          % (name, limit))
    return data


# ---------------------------------------------------------------------------
# Writing

def check_target(path, inputs=()):
    """The file that saving to ``path`` will write, after checking, before any
    work is done, that it can be written and may be replaced.

    Refused with ``NeuronPureError``: anything that exists but is not a
    regular file (a directory, a device such as ``/dev/null``, a FIFO, a
    socket), a folder where no file can be created (``check_folder``), a
    read-only file (by its mode bits, so also for root, whom ``os.access``
    lets write anything), and a file that is one of ``inputs`` (the data being
    read).  A symbolic link is followed: the file it points to is the one
    written.
    """
    name = path_name(path)
    inputs = _check_names(inputs)
    target, folder = target_and_folder(name)
    try:
        mode = os.stat(target).st_mode
    except (FileNotFoundError, NotADirectoryError):    # nothing there: the folder decides
        mode = None
    except OSError as problem:
        raise NeuronPureError("%s: cannot write: %s" % (name, _reason(problem)))
    if mode is not None and _kind(mode) != _REGULAR:
        raise NeuronPureError("%s: is %s, not a regular file: refusing to replace it"
                              % (name, _KINDS.get(_kind(mode), "not a regular file")))
    check_folder(name, folder)
    if mode is not None:
        if not mode & 0o222 or not os.access(target, os.W_OK):
            raise NeuronPureError("%s: cannot write: the file is read-only" % name)
        for source in inputs:
            if os.path.exists(source) and os.path.samefile(source, target):
                raise NeuronPureError("%s: is the input %s: refusing to overwrite it"
                                      % (name, source))
    return target


def target_and_folder(name, error_class=NeuronPureError):
    """``(target, folder)`` for writing ``name``: the file written (a symbolic
    link's target: the link stays) and the absolute folder it is in;
    ``error_class`` if the working folder was deleted (``os.getcwd`` fails).
    Shared with ``board``, which writes a folder."""
    try:
        target = os.path.realpath(name) if os.path.islink(name) else name
        return target, os.path.dirname(os.path.abspath(target))
    except OSError as problem:
        raise error_class("%s: cannot write: the working folder cannot be found (%s)"
                          % (name, _reason(problem)))


def check_folder(name, folder, error_class=NeuronPureError):
    """That files can be created in ``folder``, for writing ``name``: it
    exists, is not on a file system mounted read-only, and may be written in.
    The one rule for a folder, shared with ``board``.

    >>> check_folder("m.json", "/no/such/folder")
    Traceback (most recent call last):
    ...
    neuron_pure.errors.NeuronPureError: m.json: cannot write: folder /no/such/folder does not exist
    """
    if not os.path.isdir(folder):
        raise error_class("%s: cannot write: folder %s does not exist" % (name, folder))
    if on_read_only_file_system(folder):
        raise error_class("%s: cannot write: folder %s is on a read-only file system"
                          % (name, folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise error_class("%s: cannot write: no permission to write in folder %s"
                          % (name, folder))


def on_read_only_file_system(folder):
    """Whether ``folder`` is on a file system mounted read-only (where writing
    fails with EROFS, for root too); False where that cannot be told."""
    try:
        # ST_RDONLY is 1 in POSIX's statvfs; PyPy's os does not name it.
        return bool(os.statvfs(folder).f_flag & getattr(os, "ST_RDONLY", 1))
    except (AttributeError, OSError):   # no statvfs (Windows), or no such folder
        return False


def _new_file_mode(target):
    """The permissions of the file being replaced, or what the umask leaves
    of rw-rw-rw- (a temporary file's own are rw-------)."""
    try:
        return os.stat(target).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_atomically(path, text, inputs=()):
    """Write ``text`` (UTF-8) to ``path``: a temporary file in the same folder,
    flushed to disk, renamed over the target.

    ``check_target(path, inputs)`` runs first.  If anything fails on the way
    (a full disk raises ``OSError``), the temporary file is removed and the old
    file is left as it was.
    """
    import tempfile
    if not isinstance(text, str):
        raise NeuronPureError("text to write must be a str, not %s" % type(text).__name__)
    target = check_target(path, inputs)
    folder = os.path.dirname(os.path.abspath(target))
    mode = _new_file_mode(target)
    # A short name, whatever the target's: a target name of up to 255 bytes
    # (the usual limit) must still leave room for the temporary one.
    handle, temporary = tempfile.mkstemp(prefix=".neuron-pure-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as stream:
            os.chmod(temporary, mode)
            stream.write(text.encode("utf-8"))
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
    _sync_folder(folder)


def _sync_folder(folder):
    # The rename itself reaches the disk when the folder is flushed; where a
    # folder cannot be opened (some systems), the file is still complete.
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
