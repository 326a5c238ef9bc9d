# Types of neuron_pure.dataset: training data from CSV text.

from typing import Literal, overload

from neuron_pure.arithmetic import Matrix, Vector
from neuron_pure.files import FileName

__all__ = ["read_examples", "read_rows", "parse_number"]

# (rows, header): header is the column names, or None when the first row is numbers.
Rows = tuple[Matrix, list[str] | None]
# (inputs, targets): one row of inputs per example; one target each (a Vector)
# with one output, one row of targets each (a Matrix) with more.
Examples = tuple[Matrix, Vector | Matrix]

def parse_number(text: str, where: str) -> float: ...
# The readers' and the command line's helpers, trusting their arguments.
def decode_csv(data: bytes | bytearray, source: str = "<data>") -> str: ...
def parse_rows(text: str, source: str = "<data>") -> Rows: ...
@overload
def parse_examples(text: str, source: str = "<data>",
                   outputs: Literal[1] = 1) -> tuple[Matrix, Vector]: ...
@overload
def parse_examples(text: str, source: str = "<data>", outputs: int = 1) -> Examples: ...
def read_rows(path: FileName, limit: int | None = None) -> Rows: ...
@overload
def read_examples(path: FileName, limit: int | None = None,
                  outputs: Literal[1] = 1) -> tuple[Matrix, Vector]: ...
@overload
def read_examples(path: FileName, limit: int | None = None, outputs: int = 1) -> Examples: ...
