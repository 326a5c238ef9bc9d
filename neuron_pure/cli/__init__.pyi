# Types of neuron_pure.cli: the command line's dispatcher.

from typing import Sequence, TextIO

# The exit status: 0 done, 1 an output could not be written, 2 bad input, 130 interrupted.
def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None,
         stderr: TextIO | None = None) -> int: ...
