"""Every worked example in the package's docstrings is a test."""

import doctest
import importlib
import os
import pkgutil

import pytest

import neuron_pure

# Every module of the package and of its subpackages (the command line's
# neuron_pure.cli), but the `python -m` entry point.
MODULES = ["neuron_pure"] + [
    module.name for module in pkgutil.walk_packages(neuron_pure.__path__, "neuron_pure.")
    if module.name != "neuron_pure.__main__"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(
        module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0
    assert result.attempted > 0, "%s has no worked examples" % name


ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES = ["README.md"] + sorted(os.path.join("docs", name) for name in os.listdir(os.path.join(ROOT, "docs"))
                               if name.endswith(".md"))


@pytest.mark.parametrize("page", PAGES)
def test_readme_and_docs_examples(page):
    """The Python examples of the README and of docs/ run and print what
    they say they print."""
    result = doctest.testfile(
        os.path.join(ROOT, page), module_relative=False,
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0
    assert result.attempted > 0 or page not in ("README.md", "docs/layers.md", "docs/pictures.md")
