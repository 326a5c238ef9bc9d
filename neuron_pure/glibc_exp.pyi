# Types of neuron_pure.glibc_exp: GNU libc's exp, the exact reference (no
# public names: exponential checks, these trust their callers).

__all__: list[str] = []

def glibc_exp(x: float) -> float: ...
def fma(a: float, b: float, c: float) -> float: ...   # a * b + c rounded once
