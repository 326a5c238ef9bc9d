# Types of neuron_pure.files: bounded reads, checked targets, atomic saves.

import os
from typing import Protocol, Sequence

from neuron_pure.errors import NeuronPureError

__all__: list[str] = []

DATA_LIMIT: int             # 4 MiB: the most bytes read unless the caller raises it
READ_CHUNK: int

# A file name: a str, or a path object (pathlib.Path) whose name is a str;
# bytes and file descriptors are refused.
FileName = str | os.PathLike[str]

# A binary stream to read from: sys.stdin.buffer, an open file.
class ByteStream(Protocol):
    def read(self, size: int = ..., /) -> bytes | None: ...

def path_name(path: FileName, error_class: type[Exception] = ...) -> str: ...     # board's: BoardError
def check_source(path: FileName, error_class: type[NeuronPureError] = ...) -> str: ...
def read_bytes(path: FileName, error_class: type[NeuronPureError] = ...,
               limit: int = ...) -> bytes: ...
def read_stream(stream: ByteStream, name: str, error_class: type[NeuronPureError] = ...,
                limit: int = ...) -> bytes: ...
def check_target(path: FileName, inputs: Sequence[FileName] = ()) -> str: ...
# Shared with board, which writes a folder (BoardError is its error_class); not in __all__.
def target_and_folder(name: str, error_class: type[Exception] = ...) -> tuple[str, str]: ...
def check_folder(name: str, folder: str, error_class: type[Exception] = ...) -> None: ...
def on_read_only_file_system(folder: str) -> bool: ...
def write_atomically(path: FileName, text: str, inputs: Sequence[FileName] = ()) -> None: ...
