"""Every worked example in the package's docstrings is a test."""

import doctest
import importlib

import pytest

MODULES = [
    "neuron_pure",
    "neuron_pure.arithmetic",
    "neuron_pure.arrayprint",
    "neuron_pure.errors",
    "neuron_pure.mt19937",
    "neuron_pure.neuron",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(
        module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0
    assert result.attempted > 0, "%s has no worked examples" % name
