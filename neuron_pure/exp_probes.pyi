# Types of neuron_pure.exp_probes: whether math.exp is GNU libc's (no public
# names: exponential asks, giving its fast_glibc_exp).

from typing import Callable

__all__: list[str] = []

def probe_arguments() -> list[float]: ...
def math_exp_is_glibc(reference: Callable[[float], float]) -> bool: ...
