import re
from typing import Optional, Sequence, Union

from neuron_pure.arithmetic import MatrixLike, VectorLike

__all__: list[str] = []

HERE: str
PACKAGE_DIR: str
MAXIMUM_BYTES: int
LAB_MODULES: tuple[str, ...]
BLOCK: re.Pattern[str]

def settings(inputs: Optional[MatrixLike] = ...,
             targets: Optional[Union[VectorLike, MatrixLike]] = ...,
             seed: int = ..., iterations: int = ..., learning_rate: float = ...,
             bias: bool = ..., hidden: Sequence[int] = ..., outputs: int = ...,
             data_name: Optional[str] = ...) -> dict[str, object]: ...
def lab_html(inputs: Optional[MatrixLike] = ...,
             targets: Optional[Union[VectorLike, MatrixLike]] = ...,
             seed: int = ..., iterations: int = ..., learning_rate: float = ...,
             bias: bool = ..., hidden: Sequence[int] = ..., outputs: int = ...,
             data_name: Optional[str] = ...) -> str: ...
