"""Training data from CSV text: one example a row, the target last.

The format is the plainest there is, so a spreadsheet export or a hand-typed
file both work::

    x1,x2,x3,target      <- optional header: a first row that is not all numbers
    0,0,1,0
    1,1,1,1              <- blank lines are skipped; a UTF-8 byte-order mark is fine

Every problem is reported with the file, the line and the column, as
``DataFileError`` (a ``ValueError``):

>>> parse_examples("0,0,1,0\\n1,1,abc,1\\n", "data.csv")
Traceback (most recent call last):
...
neuron_pure.errors.DataFileError: data.csv line 2, column 3: 'abc' is not a number
>>> parse_examples("a,b,y\\n0,1,1\\n1,0,0\\n", "data.csv")
([[0.0, 1.0], [1.0, 0.0]], [1.0, 0.0])

Only ``math`` is needed (no ``csv`` module), so this runs on MicroPython too.

``read_examples``, ``read_rows`` and ``parse_number`` check their arguments;
``decode_csv``, ``parse_rows`` and ``parse_examples`` are theirs and the
command line's, and trust theirs (bytes, a str, a count of outputs).
"""

import math

from neuron_pure.errors import DataFileError, NeuronPureError
from neuron_pure.validation import is_integer

__all__ = ["read_examples", "read_rows", "parse_number"]

_NUMBER_CHARACTERS = "0123456789+-.eE"


def parse_number(text, where):
    """The float in ``text`` (a cell), or ``DataFileError`` naming ``where``.

    Accepts what a spreadsheet writes (``3``, ``-0.5``, ``1e-3``); refuses
    ``nan``, ``inf``, numbers too large for a float, and anything else.

    >>> parse_number(" 2.5 ", "cell")
    2.5
    >>> parse_number("1e999", "cell")
    Traceback (most recent call last):
    ...
    neuron_pure.errors.DataFileError: cell: '1e999' is too large for a float
    """
    if not isinstance(text, str):
        raise DataFileError("%s: a number must be given as a str, not %s%s" % (
            where, type(text).__name__,
            " (decode_csv(data) decodes bytes)" if isinstance(text, (bytes, bytearray)) else ""))
    return _number(text, where)


def _number(text, where):
    """``parse_number``'s work on a cell, a str (trusted)."""
    cell = text.strip()
    value = _float_or_none(cell)
    if value is None:
        raise DataFileError("%s: %r is not a number" % (where, cell))
    if not math.isfinite(value):
        raise DataFileError("%s: %r is too large for a float" % (where, cell))
    return value


def _float_or_none(cell):
    """The float a stripped cell spells with digits, sign, point and exponent
    only (so not 'nan', 'inf' or '1_000'), or None."""
    if not cell or any(c not in _NUMBER_CHARACTERS for c in cell):
        return None
    try:
        return float(cell)
    except ValueError:
        return None


def _spells_a_number(cell):
    return _float_or_none(cell.strip()) is not None


def decode_csv(data, source="<data>"):
    """The text of CSV ``data`` (bytes or a bytearray, as read from a file:
    trusted): UTF-8, and not binary (no NUL byte).

    >>> decode_csv(b"x,y\\n1,0\\n", "data.csv")
    'x,y\\n1,0\\n'
    """
    data = bytes(data)
    if b"\x00" in data:
        raise DataFileError("%s: binary data, not CSV text" % source)
    try:
        text = data.decode("utf-8")
    except UnicodeError:
        raise DataFileError("%s: not UTF-8 text" % source)
    return text


def parse_rows(text, source="<data>"):
    """The rows of numbers in CSV ``text``, all of one width: ``(rows, header)``.

    ``header`` is the list of column names, or ``None`` when the first row is
    numbers.  ``source`` names the text in error messages; ``text`` is a
    str (trusted).

    >>> parse_rows("1,2\\n\\n3,4\\n")
    ([[1.0, 2.0], [3.0, 4.0]], None)
    """
    rows, header, _ = _parse(text, source)
    return rows, header


def _parse(text, source):
    """``(rows, header, line numbers of the rows)``."""
    if text.startswith("\ufeff"):           # the byte-order mark some editors write
        text = text[1:]
    rows, header, width, line_numbers = [], None, None, []
    for number, line in enumerate(text.split("\n"), 1):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        cells = line.split(",")
        if len(cells) == 1:
            _refuse_other_separators(line, source, number)
        if width is None:
            width = len(cells)
            if not all(_spells_a_number(cell) for cell in cells):
                header = [cell.strip() for cell in cells]
                continue
        if len(cells) != width:
            raise DataFileError("%s line %d: %s, but the first row has %d"
                                % (source, number, _columns(len(cells)), width))
        rows.append([_number(cell, "%s line %d, column %d" % (source, number, column))
                     for column, cell in enumerate(cells, 1)])
        line_numbers.append(number)
    if width is None:
        raise DataFileError("%s: empty, no rows of numbers" % source)
    if not rows:
        raise DataFileError("%s: a header but no rows of numbers" % source)
    return rows, header, line_numbers


def _refuse_other_separators(line, source, number):
    """A line without a comma whose values are numbers separated by
    semicolons, tabs or spaces (a spreadsheet's export in some countries, or
    a file typed by hand) is refused with a hint, not read as one cell.

    >>> _refuse_other_separators("0;0;1;0", "data.csv", 1)
    Traceback (most recent call last):
    ...
    neuron_pure.errors.DataFileError: data.csv line 1: the values are separated by semicolons; this reader takes commas (0,0,1,0)
    """
    for separator, name in ((";", "semicolons"), ("\t", "tabs"), (None, "spaces")):
        pieces = line.split(separator)
        if len(pieces) > 1 and all(_spells_a_number(piece) for piece in pieces if piece.strip()):
            raise DataFileError("%s line %d: the values are separated by %s; this reader takes "
                                "commas (%s)" % (source, number, name,
                                                 ",".join(p.strip() for p in pieces if p.strip())))


def _columns(count):
    return "%d column%s" % (count, "" if count == 1 else "s")


def parse_examples(text, source="<data>", outputs=1):
    """Training examples from CSV ``text``: ``(inputs, targets)``, the last
    ``outputs`` columns being the targets, numbers in [0, 1].  With one
    output each target is a number; with more, a row of them.  ``text`` is
    a str and ``outputs`` a whole number of at least 1 (trusted).

    >>> parse_examples("0,1,1,0\\n1,0,1,1\\n", "xor.csv", outputs=2)
    ([[0.0, 1.0], [1.0, 0.0]], [[1.0, 0.0], [1.0, 1.0]])
    """
    rows, _, line_numbers = _parse(text, source)
    if len(rows[0]) <= outputs:
        raise DataFileError("%s: no input columns: %d column%s, but %d target%s need at "
                            "least one input beside them" % (
                                source, len(rows[0]), "" if len(rows[0]) == 1 else "s",
                                outputs, "" if outputs == 1 else "s"))
    width = len(rows[0]) - outputs
    for row, number in zip(rows, line_numbers):
        for column in range(width, len(row)):
            if not 0 <= row[column] <= 1:
                raise DataFileError("%s line %d, column %d: target %r is outside [0, 1]"
                                    % (source, number, column + 1, row[column]))
    if outputs == 1:
        return [row[:-1] for row in rows], [row[-1] for row in rows]
    return [row[:width] for row in rows], [row[width:] for row in rows]


def _read(path, limit):
    # neuron_pure.files needs os: imported when a file is read, not before.
    from neuron_pure import files
    data = files.read_bytes(path, DataFileError,
                            files.DATA_LIMIT if limit is None else limit)
    name = files.path_name(path)
    return decode_csv(data, name), name


def read_rows(path, limit=None):
    """The rows of numbers in the CSV file at ``path``: ``(rows, header)``.
    At most ``limit`` bytes are read (``neuron_pure.files.DATA_LIMIT``, 4 MiB,
    unless given): a larger file raises ``DataFileError``."""
    return parse_rows(*_read(path, limit))


def read_examples(path, limit=None, outputs=1):
    """Training examples from the CSV file at ``path``: ``(inputs, targets)``,
    the last ``outputs`` columns the targets.  At most ``limit`` bytes are
    read, as for ``read_rows``."""
    if not is_integer(outputs) or outputs < 1:
        raise NeuronPureError("outputs must be a whole number of at least 1, not %r" % (outputs,))
    text, name = _read(path, limit)
    return parse_examples(text, name, outputs)
