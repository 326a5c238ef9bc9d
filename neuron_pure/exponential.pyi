# Types of neuron_pure.exponential: e^x with GNU libc's bits.

from typing import Callable

__all__ = ["exp", "exp_function", "fast_glibc_exp", "exp_argument", "nearest_double",
           "table_entry"]

def fast_glibc_exp(x: float) -> float: ...
def exp_function() -> Callable[[float], float]: ...   # math.exp or fast_glibc_exp, unchecked
def exp(x: float) -> float: ...
# x as a float, or NeuronPureError naming the function `name`.
def exp_argument(x: float, name: str = "exp") -> float: ...
# Exact arithmetic on doubles, shared with neuron_pure.glibc_exp.
def nearest_double(integer: int, exponent: int, inexact: bool = False) -> float: ...
def table_entry(j: int) -> tuple[float, float]: ...   # (H[j], T[j]): 2^(j/128) and its rest
