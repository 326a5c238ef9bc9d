# Types of neuron_pure.cli: the command line's dispatcher.

from typing import Sequence, TextIO

OUT_OF_MEMORY: str

# The exit status: 0 done, 1 an output could not be written or memory ran
# out, 2 bad input, 130 interrupted (Ctrl-C), 143 and 129 (SIGTERM, SIGHUP).
def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None,
         stderr: TextIO | None = None) -> int: ...
