# Types of neuron_pure.step_table: one iteration's numbers as HTML tables (internal).

from typing import Sequence

__all__: list[str] = []

EXAMPLE_HEADERS: list[str]
WEIGHT_HEADERS: list[str]

def html_table(caption: str, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str: ...
# step: a neuron.TrainingStep or a multilayer.BackpropagationStep (named here
# as object: this stub imports neither, so that no import circle runs through it).
def step_tables(step: object) -> str: ...
