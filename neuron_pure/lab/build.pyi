import re
from typing import Optional, Sequence, Union

__all__: list[str]

HERE: str
PACKAGE_DIR: str
MAXIMUM_BYTES: int
LAB_MODULES: tuple[str, ...]
BLOCK: re.Pattern[str]

Number = Union[int, float]

def settings(inputs: Optional[Sequence[Sequence[Number]]] = ...,
             targets: Optional[Sequence[Union[Number, Sequence[Number]]]] = ...,
             seed: int = ..., iterations: int = ..., learning_rate: float = ...,
             bias: bool = ..., hidden: Sequence[int] = ..., outputs: int = ...,
             data_name: Optional[str] = ...) -> dict[str, object]: ...
def lab_html(inputs: Optional[Sequence[Sequence[Number]]] = ...,
             targets: Optional[Sequence[Union[Number, Sequence[Number]]]] = ...,
             seed: int = ..., iterations: int = ..., learning_rate: float = ...,
             bias: bool = ..., hidden: Sequence[int] = ..., outputs: int = ...,
             data_name: Optional[str] = ...) -> str: ...
def write_lab(path: str, **run: object) -> int: ...
