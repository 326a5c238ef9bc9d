# Types of neuron_pure.exponential: e^x with GNU libc's bits.

from typing import Callable

__all__ = ["exp"]

def exp(x: float) -> float: ...
# Shared, unchecked (their callers give floats):
def fast_glibc_exp(x: float) -> float: ...
def exp_function() -> Callable[[float], float]: ...   # math.exp or fast_glibc_exp
