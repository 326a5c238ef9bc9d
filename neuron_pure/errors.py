"""The one error type of neuron_pure.

Every problem the library detects in what it is given (a shape that does not
fit, a seed out of range, a malformed data or model file) raises
``NeuronPureError``, a subclass of ``ValueError``, with a message that says
what was wrong.  Catch ``ValueError`` to catch them all.

>>> from neuron_pure import dot
>>> try:
...     dot([1, 2, 3], [1, 2])
... except ValueError as problem:
...     print(problem)
shapes (3,) and (2,) not aligned: 3 (dim 0) != 2 (dim 0)
"""


class NeuronPureError(ValueError):
    """Bad input to neuron_pure: the message names the problem."""


class DataFileError(NeuronPureError):
    """A data (CSV) file that cannot be used: the message names the file and,
    where there is one, the line and column."""


class ModelFileError(NeuronPureError):
    """A model (JSON) file that cannot be used: the message names the file and,
    where there is one, the key."""

