# Types of neuron_pure.board: the files a MicroPython board needs.

from typing import Iterable

__all__ = ["core_modules", "think_only_modules", "module_imports",
           "write_board", "report", "BoardError"]

PACKAGE_DIR: str
PACKAGE: str
CORE_LIBRARIES: tuple[str, ...]
THINK_ONLY_ROOTS: tuple[str, ...]
THINK_ONLY_FILES: dict[str, str]   # a think-only folder's __init__.py and model.py (%(version)r)
MPY_CROSS_MISSING: str

class BoardError(Exception): ...

# (libraries, modules): outside libraries by name ("math"), the package's own
# modules by file name ("errors.py").
def module_imports(path: str, top_level_only: bool = False) -> tuple[set[str], set[str]]: ...
def core_modules(package_dir: str = ...) -> set[str]: ...
def think_only_modules(package_dir: str = ...) -> set[str]: ...
# Each file written, as (path, bytes).
def write_board(folder: str, mpy: bool = False, think_only: bool = False,
                model: str | None = None, package_dir: str = ...) -> list[tuple[str, int]]: ...
def report(written: Iterable[tuple[str, int]], folder: str) -> list[str]: ...
