# Types of neuron_pure.floatbits: a float as integers, x == mantissa * 2**exponent,
# and back (no public names: shared, trusting their callers).

__all__: list[str] = []

def integer_pair(x: float) -> tuple[int, int]: ...   # (mantissa, exponent)
def nearest_double(integer: int, exponent: int, inexact: bool = False) -> float: ...
def bit_length(n: int) -> int: ...   # int.bit_length(n), on CPython and PyPy
