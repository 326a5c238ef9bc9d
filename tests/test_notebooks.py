"""The notebooks in examples/ (issue 22): stored without outputs, importing
only the package and IPython.display, and each one run from its first cell to
its last, headless, by nbclient, with no cell raising.

Running them needs the ``notebook`` extra (nbclient, nbformat, ipykernel:
``python3 -m pip install -e '.[notebook]'``); without it that test is skipped
on a developer's machine and fails in CI (NEURON_PURE_REQUIRE_INTERPRETERS=1,
as for the other interpreters).  It runs once, from the main suite: tox's
per-interpreter runs and the sdist's own run skip it.
"""

import ast
import glob
import json
import os

import pytest

from clitools import ROOT
from interpreters import missing, once_from_the_main_suite

EXAMPLES = os.path.join(ROOT, "examples")
NOTEBOOKS = sorted(glob.glob(os.path.join(EXAMPLES, "*.ipynb")))
CELL_TIMEOUT = 120              # seconds: the longest cell trains 60,000 iterations
ALLOWED_IMPORTS = ("neuron_pure", "IPython.display")


def notebook_ids():
    return [os.path.basename(path) for path in NOTEBOOKS]


def read(path):
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def code_cells(notebook):
    return [cell for cell in notebook["cells"] if cell["cell_type"] == "code"]


def source(cell):
    text = cell["source"]
    return text if isinstance(text, str) else "".join(text)


def test_there_is_a_notebook():
    assert [name for name in notebook_ids() if name == "the_post_step_by_step.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=notebook_ids())
def test_a_notebook_is_stored_without_outputs(path):
    """A stored output would go stale as the package changes: every code
    cell is stored with no outputs and no execution count."""
    for cell in code_cells(read(path)):
        assert cell["outputs"] == [] and cell["execution_count"] is None, source(cell)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=notebook_ids())
def test_a_notebook_imports_only_the_package_and_ipython_display(path):
    for cell in code_cells(read(path)):
        for node in ast.walk(ast.parse(source(cell))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module]
            else:
                continue
            for name in names:
                assert name.startswith(ALLOWED_IMPORTS), name


def errors_in(notebook):
    """Every output of an executed notebook that reports an error, as text."""
    found = []
    for cell in code_cells(notebook):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                found.append("%s: %s" % (output.get("ename"), output.get("evalue")))
            elif output.get("name") == "stderr":
                found.append(output.get("text", ""))
    return found


@once_from_the_main_suite
@pytest.mark.parametrize("path", NOTEBOOKS, ids=notebook_ids())
def test_a_notebook_runs_from_start_to_end(path, monkeypatch):
    """Its kernel is the ``python3`` kernel of the Python running the tests
    (ipykernel's own), started in the repository's root with the root on
    PYTHONPATH, so that ``import neuron_pure`` is this checkout's."""
    try:
        import ipykernel  # noqa: F401 (the python3 kernel nbclient starts)
        import nbclient
        import nbformat
    except ImportError:
        missing("nbclient, nbformat or ipykernel is not installed "
                "(python3 -m pip install -e '.[notebook]')")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(
        [ROOT] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]))
    notebook = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(notebook, timeout=CELL_TIMEOUT, kernel_name="python3",
                                     resources={"metadata": {"path": ROOT}})
    client.execute()
    assert errors_in(notebook) == []
    cells = code_cells(notebook)
    assert all(cell["execution_count"] is not None for cell in cells)
    shown = [kind for cell in cells for output in cell["outputs"] for kind in output.get("data", {})]
    assert "image/svg+xml" in shown and "text/html" in shown      # drawings and a step's tables
