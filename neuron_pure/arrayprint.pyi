# Types of neuron_pure.arrayprint: lists of floats printed as numpy prints arrays.

from neuron_pure.arithmetic import MatrixLike, VectorLike

__all__ = ["format_array"]

def format_array(array: float | VectorLike | MatrixLike) -> str: ...
