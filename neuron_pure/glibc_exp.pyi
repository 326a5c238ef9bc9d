# Types of neuron_pure.glibc_exp: GNU libc's exp, the exact reference.

__all__ = ["glibc_exp", "fma"]

def glibc_exp(x: float) -> float: ...
def fma(a: float, b: float, c: float) -> float: ...   # a * b + c rounded once
