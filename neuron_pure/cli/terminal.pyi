# Types of neuron_pure.cli.terminal: one line per problem, escaped; the progress line.

from typing import Callable, NoReturn, TextIO

PROG: str
ASCII_SPELLINGS: dict[str, str]

class UsageError(Exception): ...      # exit status 2
class OutputError(Exception): ...     # exit status 1
class StandardOutputError(OutputError): ...   # standard output itself failed: 1

def one_line(text: str) -> str: ...
def forgiving_streams() -> None: ...

# Standard output when it is closed (>&-): every write fails with OSError.
class ClosedStream:
    def write(self, text: str) -> NoReturn: ...
    def flush(self) -> None: ...

# Standard output as the commands write to it: OSError -> StandardOutputError.
class GuardedOutput:
    stream: TextIO | ClosedStream
    def __init__(self, stream: TextIO | ClosedStream) -> None: ...
    def write(self, text: str) -> int | None: ...
    def flush(self) -> None: ...

def say(stream: TextIO, message: str) -> None: ...
def silence_stdout() -> None: ...

class Progress:
    total: int
    stream: TextIO
    clock: Callable[[], float]
    enabled: bool
    started: float
    shown: bool
    def __init__(self, total: int, stream: TextIO, enabled: bool,
                 clock: Callable[[], float] = ...) -> None: ...
    def update(self, done: int, error: float) -> None: ...
    def finish(self) -> None: ...
