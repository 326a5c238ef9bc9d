# Types of neuron_pure.glibc_exp: GNU libc's exp, the exact reference.

__all__ = ["glibc_exp"]

def glibc_exp(x: float) -> float: ...
