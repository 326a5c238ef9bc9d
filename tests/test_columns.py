"""Columns of texts (neuron_pure.columns): every form decodes to exactly the
texts encoded, numbers are cut out of text without losing a character, and the
JSON text is JSON that cannot end a <script> early."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from neuron_pure import NeuronPureError
from neuron_pure.columns import decode_columns, encode_columns, split_numbers, to_json

number_texts = st.sampled_from(
    ["0.5", "-0.5", "1", "12.25", "-3.125", "", "0.00000001", "-0.00000000"])


@given(st.integers(min_value=1, max_value=40).flatmap(
    lambda n: st.lists(st.lists(number_texts, min_size=n, max_size=n), min_size=1, max_size=8)))
@settings(max_examples=200)
def test_columns_decode_to_exactly_what_was_encoded(columns):
    """Law: decode(encode(columns)) == columns, whichever forms are chosen."""
    assert decode_columns(encode_columns(columns), len(columns[0])) == columns


@given(st.text(alphabet="0123456789-. ab×(),=\n", max_size=60))
@settings(max_examples=300)
def test_splitting_numbers_out_of_text_loses_nothing(text):
    pieces, numbers = split_numbers(text)
    assert len(pieces) == len(numbers) + 1
    rebuilt = pieces[0] + "".join(n + p for n, p in zip(numbers, pieces[1:]))
    assert rebuilt == text


@given(st.recursive(st.one_of(st.integers(), st.text()),
                    lambda inner: st.one_of(st.lists(inner), st.dictionaries(st.text(), inner)),
                    max_leaves=20))
@settings(max_examples=200)
def test_to_json_is_json_and_hides_script_ends(value):
    """Law: json.loads(to_json(v)) == v, and the text never holds '<' (so no
    '</script>' can end the page's data early)."""
    text = to_json(value)
    assert json.loads(text) == value and "<" not in text


def test_capital_letters_are_refused_by_the_columns():
    with pytest.raises(NeuronPureError, match="capital letters"):
        encode_columns([["1.5", "NaN"]])


@given(st.lists(st.sampled_from(["0.12345678", "-0.12345679", "3.5", "-10.25", "0.00000000"]),
                min_size=12, max_size=60),
       st.sampled_from([-1, 0, 1]), st.booleans(), st.data())
@settings(max_examples=200)
def test_a_shifted_or_negated_column_with_exceptions_decodes_exactly(base, offset, negate, data):
    """Law: a column that is another one shifted by a row and/or with its signs
    toggled, with a few rows changed, decodes to exactly itself (whether it
    is stored as an alias with exceptions or front-coded)."""
    base = [text + str(row) for row, text in enumerate(base)]      # no two rows alike
    derived = []
    for row in range(len(base)):
        source = row + offset
        text = base[source] if 0 <= source < len(base) else "7"
        derived.append(text[1:] if negate and text.startswith("-") else
                       "-" + text if negate else text)
    for row in data.draw(st.lists(st.integers(0, len(base) - 1), max_size=2)):
        derived[row] = "42"
    specs = encode_columns([base, derived])
    assert decode_columns(specs, len(base)) == [base, derived]


def test_the_smallest_form_is_chosen():
    """A negated column is an alias of the first (no text repeated); a
    shifted one lists only the row that has no source."""
    first = ["%d.%08d" % (row, row * 7919) for row in range(30)]
    negated = ["-" + text for text in first]
    shifted = first[1:] + ["99.5"]
    specs = encode_columns([first, negated, shifted])
    assert specs[0][0] == "f"
    assert specs[1] == ["a", 0, 0, 1, {}] and specs[2] == ["a", 0, 1, 0, {"29": "99.5"}]
