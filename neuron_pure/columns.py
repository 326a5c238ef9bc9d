"""Columns of texts, stored compactly and exactly: how a page carries a whole run.

A page that lets a learner select any of 10,001 iterations holds every number
of every iteration, as the text it shows.  Stored naively that is about 30 MB
for the post's run; stored here, 1.2 MB.  Each column (one quantity, one
text per iteration) takes the smallest of three exact forms:

* a constant, ``["c", text]``;
* another column's texts, ``["a", column, offset, toggle, exceptions]``:
  ``offset`` rows on (the weights before iteration N are the weights after
  iteration N - 1), with the leading minus sign added or removed when
  ``toggle`` is 1 (``format_fixed(-x)`` is ``format_fixed(x)`` with its sign
  changed, so ``e^(0.99977125)`` needs no new text when the weighted sum is
  ``-0.99977125``), except at the rows listed;
* front-coded, ``["f", text]``: each text as how many leading characters it
  shares with the one before (a capital letter, A = 0) and the rest; late in
  training the weights change in their last digits only.

>>> specs = encode_columns([["0.12345678", "0.12345699"], ["-0.12345678", "-0.12345699"]])
>>> specs
[['f', 'A0.12345678I99'], ['a', 0, 0, 1, {}]]
>>> decode_columns(specs, 2)
[['0.12345678', '0.12345699'], ['-0.12345678', '-0.12345699']]

``decode_columns`` is what the page's script does; it copies and cuts text,
and never computes a number.  ``split_numbers`` cuts an explanation into its
words and its numbers, and ``to_json`` writes the whole as JSON text that is
the same on every interpreter.

Internal (``page_html`` is the door): the writers trust the page's texts;
``decode_columns`` reads data, a page's, and refuses what is not a column.
"""

from neuron_pure.errors import NeuronPureError
from neuron_pure.validation import check_count

__all__ = []        # internal: how page_html stores a run


def toggle_sign(text):
    """The text with its leading minus sign removed, or one added: the text of
    the negated number (``format_fixed`` writes the sign and the digits of
    ``abs(x)``), so the script can show ``-x`` without computing it.
    Trusts: ``text`` is a str.

    >>> toggle_sign("-0.5"), toggle_sign("0.5")
    ('0.5', '-0.5')
    """
    return text[1:] if text.startswith("-") else "-" + text


def _front_coded(values):
    out, previous = [], ""
    for value in values:
        if value == previous:
            shared = min(len(value), 25)
        else:
            shared = 0
            limit = min(len(value), len(previous), 25)
            while shared < limit and value[shared] == previous[shared]:
                shared += 1
        out.append(chr(65 + shared) + value[shared:])
        previous = value
    return "".join(out)


def _from_front_coded(text):
    values, previous, start = [], "", 0
    while start < len(text):
        end = start + 1
        while end < len(text) and not "A" <= text[end] <= "Z":
            end += 1
        value = previous[:ord(text[start]) - 65] + text[start + 1:end]
        values.append(value)
        previous, start = value, end
    return values


def _aliased(base, offset, toggle, row):
    source = row + offset
    if 0 <= source < len(base):
        return toggle_sign(base[source]) if toggle else base[source]
    return None


def _alias_exceptions(column, base, offset, toggle, limit):
    """``{row: text}`` where ``column`` differs from the alias, or None when
    more than ``limit`` rows differ."""
    exceptions = {}
    for row, value in enumerate(column):
        if _aliased(base, offset, toggle, row) != value:
            exceptions[row] = value
            if len(exceptions) > limit:
                return None
    return exceptions


def encode_columns(columns):
    """Each column (a list of texts, one per kept iteration) in its smallest
    exact form: ``["c", text]`` (constant), ``["a", column, offset, toggle,
    {row: text}]`` (another column's texts, ``offset`` rows on, signs toggled
    or not, except at the rows listed), or ``["f", text]`` (front-coded).
    Trusts: columns of lowercase texts, all of one length (the page's).

    >>> from neuron_pure.float_text import format_fixed
    >>> sevenths = [format_fixed(k / 7) for k in range(1, 30)]
    >>> sevenths[:3]
    ['0.14285714', '0.28571429', '0.42857143']
    >>> later = sevenths[1:] + ["9.5"]                  # one row on, with one exception
    >>> specs = encode_columns([["1"] * 29, sevenths, [toggle_sign(t) for t in sevenths], later])
    >>> specs[0], specs[1][0], specs[2], specs[3]
    (['c', '1'], 'f', ['a', 1, 0, 1, {}], ['a', 1, 1, 0, {'28': '9.5'}])
    >>> decode_columns(specs, 29)[2:] == [[toggle_sign(t) for t in sevenths], later]
    True
    """
    encoded, bases = [], []
    for number, column in enumerate(columns):
        for value in column:
            # Not a check of the caller: the format's own limit (A to Z mark
            # where a front-coded text starts), which no page's text reaches.
            if value != value.lower():
                raise NeuronPureError("column %d holds %r: capital letters cannot be "
                                      "front-coded" % (number, value))
        if all(value == column[0] for value in column):
            encoded.append(["c", column[0] if column else ""])
            continue
        best, cost, count = None, None, len(column)
        probes = [count // 3, count // 2, (2 * count) // 3] if count >= 9 else []
        for index in bases:
            if best is not None and not best[4]:
                break                            # an exact alias: nothing is smaller
            base = columns[index]
            for offset in (0, -1, 1):
                for toggle in (0, 1):
                    # a quick look at three rows first (one may be an exception)
                    misses = 0
                    for row in probes:
                        if _aliased(base, offset, toggle, row) != column[row]:
                            misses += 1
                    if misses > 1:
                        continue
                    exceptions = _alias_exceptions(column, base, offset, toggle, count // 4)
                    if exceptions is None:
                        continue
                    size = 16 + len(to_json(dict((str(k), v) for k, v in exceptions.items())))
                    if cost is None or size < cost:
                        best = ["a", index, offset, toggle,
                                dict((str(row), value) for row, value in exceptions.items())]
                        cost = size
                        if not exceptions:
                            break
                if best is not None and not best[4]:
                    break
        if best is None or best[4]:
            stored = _front_coded(column)
            if best is None or len(stored) <= cost:
                best = ["f", stored]
        if best[0] == "f":
            bases.append(number)
        encoded.append(best)
    return encoded


def decode_columns(encoded, count):
    """The ``count`` rows of each column back from ``encode_columns``: what the
    page's script does, in Python (a constant is repeated; an alias copies its
    column's texts, shifted and sign-toggled as told, but for its exceptions).

    >>> decode_columns([["c", "7"], ["f", "A-0.25D5"]], 2)
    [['7', '7'], ['-0.25', '-0.5']]

    Anything else is refused by name, so that no page's data is half read: a
    spec of none of the three forms, an alias of a column that does not come
    before it, a column that does not give ``count`` texts.
    """
    check_count(count, "count")
    if not isinstance(encoded, (list, tuple)):
        raise NeuronPureError("decode_columns needs a list of column specs, not %r" % (encoded,))
    result = []
    for number, spec in enumerate(encoded):
        kind = _kind(spec, number)
        if kind == "c":
            try:
                result.append([spec[1]] * count)
            except OverflowError:
                raise NeuronPureError("decode_columns: %d rows are more than a list holds" % count)
        elif kind == "f":
            result.append(_from_front_coded(spec[1]))
        else:
            base, offset, toggle, exceptions = result[spec[1]], spec[2], spec[3], spec[4]
            result.append([exceptions[str(row)] if str(row) in exceptions
                           else _aliased(base, offset, toggle, row) for row in range(count)])
        if len(result[-1]) != count or None in result[-1]:
            raise NeuronPureError("column %d: %r does not give %d texts" % (number, spec, count))
    return result


def _kind(spec, number):
    """The form of column ``number``'s spec, "c", "f" or "a", after checking
    its parts (an alias copies a column before it)."""
    kind = spec[0] if isinstance(spec, (list, tuple)) and spec else None
    if kind in ("c", "f") and len(spec) == 2 and isinstance(spec[1], str) \
            and (kind == "c" or not spec[1] or "A" <= spec[1][0] <= "Z"):
        return kind
    if kind == "a" and len(spec) == 5 and all(
            isinstance(part, int) and not isinstance(part, bool) for part in spec[1:4]) \
            and 0 <= spec[1] < number and spec[3] in (0, 1) and isinstance(spec[4], dict) \
            and all(isinstance(key, str) and isinstance(text, str)
                    for key, text in spec[4].items()):
        return kind
    raise NeuronPureError("column %d: %r is not ['c', text], ['f', front-coded text] or "
                          "['a', an earlier column, offset, 0 or 1, {row: text}]" % (number, spec))


# ---------------------------------------------------------------------------
# Explanations as skeletons with holes for their numbers.

DIGITS = "0123456789"


def split_numbers(text):
    """``(pieces, numbers)``: the text cut around each number (digits, with an
    optional leading minus sign and decimals), so that ``pieces[0] +
    numbers[0] + pieces[1] + ...`` is the text again.

    Trusts: ``text`` is a str (an explanation).

    >>> split_numbers("weight 1 = -0.16595599; e^(0.5) x1-2.5.7")
    (['weight ', ' = ', '; e^(', ') x', '', '.', ''], ['1', '-0.16595599', '0.5', '1', '-2.5', '7'])
    """
    pieces, numbers, piece, plain = [], [], [], {}
    # Word by word (str.split is fast); only words holding a digit are scanned,
    # and a word already seen without one is not searched again.
    for position, word in enumerate(text.split(" ")):
        if position:
            piece.append(" ")
        if word in plain:
            piece.append(word)
            continue
        first, last = len(word), 0
        for digit in DIGITS:
            at = word.find(digit)
            if 0 <= at < first:
                first = at
            at = word.rfind(digit) + 1
            if at > last:
                last = at
        if not last:
            plain[word] = True
            piece.append(word)
            continue
        if word[first:last].replace(".", "", 1).isdigit():
            # the usual word: one number, perhaps in brackets or after a sign
            begin = first - 1 if first and word[first - 1] == "-" else first
            piece.append(word[:begin])
            pieces.append("".join(piece))
            numbers.append(word[begin:last])
            piece = [word[last:]]
            continue
        start, at, size = 0, 0, len(word)
        while at < size:
            begin = at
            if word[at] == "-" and at + 1 < size and word[at + 1] in DIGITS:
                at += 1
            if word[at] in DIGITS:
                while at < size and word[at] in DIGITS:
                    at += 1
                if at + 1 < size and word[at] == "." and word[at + 1] in DIGITS:
                    at += 1
                    while at < size and word[at] in DIGITS:
                        at += 1
                piece.append(word[start:begin])
                pieces.append("".join(piece))
                numbers.append(word[begin:at])
                piece, start = [], at
            else:
                at = begin + 1
        piece.append(word[start:])
    pieces.append("".join(piece))
    return pieces, numbers



# ---------------------------------------------------------------------------
# JSON text, the same everywhere.

def to_json(value):
    r"""JSON text of strings, integers, lists and dicts, the same on every
    interpreter (CPython's and MicroPython's ``json.dumps`` space and escape
    differently; keys sorted), safe inside ``<script>``: non-ASCII characters and ``<``,
    ``>``, ``&`` are written as ``\u`` escapes.

    >>> print(to_json({"a": [1, "x < y × 2\n"]}))
    {"a":[1,"x \u003c y \u00d7 2\n"]}
    """
    if isinstance(value, str):
        out = ['"']
        for character in value:
            code = ord(character)
            if character == '"' or character == "\\":
                out.append("\\" + character)
            elif character == "\n":
                out.append("\\n")
            elif code < 32 or code > 126 or character in "<>&":
                if code > 0xFFFF:                # a surrogate pair, as JSON spells it
                    code -= 0x10000
                    out.append("\\u%04x\\u%04x" % (0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF)))
                else:
                    out.append("\\u%04x" % code)
            else:
                out.append(character)
        out.append('"')
        return "".join(out)
    if isinstance(value, bool) or value is None:
        raise NeuronPureError("to_json writes strings, integers, lists and dicts, not %r" % (value,))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(to_json(item) for item in value) + "]"
    if isinstance(value, dict):
        # keys sorted: MicroPython's dicts do not keep their insertion order
        return "{" + ",".join(to_json(str(key)) + ":" + to_json(value[key])
                              for key in sorted(value, key=str)) + "}"
    raise NeuronPureError("to_json writes strings, integers, lists and dicts, not %r" % (value,))
