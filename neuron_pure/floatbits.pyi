# Types of neuron_pure.floatbits: a float as integers, x == mantissa * 2**exponent.

__all__ = ["integer_pair", "bit_length"]

def integer_pair(x: float) -> tuple[int, int]: ...   # (mantissa, exponent)
def bit_length(n: int) -> int: ...   # int.bit_length(n) after the checks, on CPython and PyPy
