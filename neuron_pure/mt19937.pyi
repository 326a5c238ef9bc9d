# Types of neuron_pure.mt19937: numpy's legacy RandomState.

from typing import Any, overload

from neuron_pure.arithmetic import Matrix, Vector

__all__ = ["RandomState"]

def check_seed(seed: int) -> int: ...      # the seed as an int in [0, 2**32)

class RandomState:
    def __init__(self, seed: int) -> None: ...     # 0 <= seed < 2**32
    def seed(self, seed: int) -> None: ...
    def random_uint32(self) -> int: ...
    # size: None for one float, n for a list of n, a tuple for nested lists of that shape.
    @overload
    def random_sample(self, size: None = None) -> float: ...
    @overload
    def random_sample(self, size: tuple[()]) -> float: ...
    @overload
    def random_sample(self, size: int | tuple[int]) -> Vector: ...
    @overload
    def random_sample(self, size: tuple[int, int]) -> Matrix: ...
    @overload
    def random_sample(self, size: tuple[int, ...]) -> Any: ...    # lists nested len(size) deep
    random = random_sample
