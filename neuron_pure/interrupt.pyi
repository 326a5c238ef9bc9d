# Types of neuron_pure.interrupt: Ctrl-C, SIGTERM and SIGHUP on the command line.

from types import FrameType
from typing import Callable, TextIO

__all__ = ["STATUS", "report_interrupt", "command_line_is_starting", "exit_if_command_line"]

STATUS: int                 # 130
LINE: str

SIGNAL_NAMES: dict[int, str]

# SIGTERM or SIGHUP while a command runs.
class Terminated(BaseException):
    number: int
    def __init__(self, number: int) -> None: ...

def report_interrupt(stream: TextIO | None = None, stop: BaseException | None = None) -> int: ...
# The handlers replaced: {signal number: the handler before}.
_Handlers = dict[int, Callable[[int, FrameType | None], object] | int | None]
def handle_termination() -> _Handlers: ...
def restore_handlers(replaced: _Handlers) -> None: ...
def command_line_is_starting() -> bool: ...
def exit_if_command_line() -> None: ...
