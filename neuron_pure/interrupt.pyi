# Types of neuron_pure.interrupt: Ctrl-C on the command line.

from typing import TextIO

__all__ = ["STATUS", "report_interrupt", "command_line_is_starting", "exit_if_command_line"]

STATUS: int                 # 130
LINE: str

def report_interrupt(stream: TextIO | None = None) -> int: ...
def command_line_is_starting() -> bool: ...
def exit_if_command_line() -> None: ...
