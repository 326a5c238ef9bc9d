# Types of neuron_pure.columns: columns of texts, stored compactly and exactly.

from typing import Sequence, Union

__all__: list[str] = []       # internal: how page_html stores a run

# One column's stored form: ["c", text] (a constant), ["f", text] (front-coded)
# or ["a", column, offset, toggle, {row: text}] (another column's texts).
ColumnSpec = list[Union[str, int, dict[str, str]]]
# What to_json writes: strings, integers, and lists and dicts of them.
JSONValue = Union[str, int, Sequence["JSONValue"], dict[str, "JSONValue"]]

DIGITS: str

def toggle_sign(text: str) -> str: ...
def encode_columns(columns: Sequence[Sequence[str]]) -> list[ColumnSpec]: ...
def decode_columns(encoded: Sequence[Sequence[object]], count: int) -> list[list[str]]: ...
# (pieces, numbers): pieces[0] + numbers[0] + pieces[1] + ... is the text again.
def split_numbers(text: str) -> tuple[list[str], list[str]]: ...
def to_json(value: JSONValue) -> str: ...
