"""train and predict through the command line: the post's numbers come out, and
every bad input ends with exit status 2, one line on stderr and the folder
exactly as it was."""

import json
import os

import pytest

from clitools import POST_CSV, assert_usage_error, run_cli, snapshot

GOOD_MODEL = {
    "format": "neuron-pure-model", "version": 1, "inputs": 3,
    "weights": [9.672993027736892, -0.20784349926631962, -4.62963668773159],
    "bias": None, "training": {"iterations": 10000, "seed": 1, "learning_rate": 1.0},
}


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "post.csv").write_text(POST_CSV)
    (tmp_path / "model.json").write_text(json.dumps(GOOD_MODEL))
    (tmp_path / "existing.json").write_text("keep me")
    return tmp_path


def test_train_then_predict_gives_the_posts_prediction(folder):
    result = run_cli("train", "post.csv", "--save", "new.json", cwd=folder)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""                # not a terminal: no progress line
    assert result.stdout == ("trained on 4 examples with 3 inputs for 10000 iterations: "
                             "mean absolute error 0.00795485; saved new.json\n")
    saved = json.loads((folder / "new.json").read_text())
    assert saved["weights"] == GOOD_MODEL["weights"]
    result = run_cli("predict", "new.json", "1,0,0", "0,0,0", cwd=folder)
    assert result.stdout == "0.9999370428352157\n0.5\n"


def test_predict_reads_rows_from_a_csv_file(folder):
    (folder / "rows.csv").write_text("a,b,c\n1,0,0\n0,1,1\n")
    result = run_cli("predict", "model.json", "--csv", "rows.csv", cwd=folder)
    assert result.stdout == "0.9999370428352157\n0.007864660283667993\n"


def test_saving_replaces_an_existing_model_whole(folder):
    result = run_cli("train", "post.csv", "--save", "existing.json", "--iterations", "1",
                     "--quiet", cwd=folder)
    assert result.returncode == 0
    assert json.loads((folder / "existing.json").read_text())["training"]["iterations"] == 1
    assert sorted(os.listdir(folder)) == ["existing.json", "model.json", "post.csv"]


def write(folder, name, content):
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return name


def model_with(**changes):
    model = dict(GOOD_MODEL)
    model.update(changes)
    return json.dumps(model)


# (files to create, arguments, words the error line must hold)
TRAIN_CASES = [
    ({}, ["train", "missing.csv", "--save", "out.json"], ["missing.csv", "cannot read"]),
    ({}, ["train", ".", "--save", "out.json"], ["cannot read"]),
    ({"d.csv": ""}, ["train", "d.csv", "--save", "out.json"], ["d.csv", "empty"]),
    ({"d.csv": "a,b,y\n"}, ["train", "d.csv", "--save", "out.json"], ["header but no rows"]),
    ({"d.csv": "0,1,0\n1,1\n"}, ["train", "d.csv", "--save", "out.json"], ["d.csv line 2", "2 columns"]),
    ({"d.csv": "0,1,0\n1,abc,1\n"}, ["train", "d.csv", "--save", "out.json"],
     ["d.csv line 2, column 2: 'abc' is not a number"]),
    ({"d.csv": "0,1,0\n1,nan,1\n"}, ["train", "d.csv", "--save", "out.json"], ["line 2, column 2", "'nan'"]),
    ({"d.csv": "0,1,0\n1,inf,1\n"}, ["train", "d.csv", "--save", "out.json"], ["line 2, column 2", "'inf'"]),
    ({"d.csv": "0,1,0\n1,1e999,1\n"}, ["train", "d.csv", "--save", "out.json"], ["too large for a float"]),
    ({"d.csv": "0,1,0\n1,0,2\n"}, ["train", "d.csv", "--save", "out.json"],
     ["line 2, column 3", "outside [0, 1]"]),
    ({"d.csv": "0\n1\n"}, ["train", "d.csv", "--save", "out.json"], ["no", "input column"]),
    ({"d.csv": b"\x00\x01\x02garbage\xff"}, ["train", "d.csv", "--save", "out.json"], ["binary"]),
    ({"d.csv": b"0,1,0\n1,\xff\xfe,1\n"}, ["train", "d.csv", "--save", "out.json"], ["not UTF-8"]),
    ({}, ["train", "post.csv", "--save", "out.json", "--iterations", "-3"], ["must not be negative"]),
    ({}, ["train", "post.csv", "--save", "out.json", "--iterations", "1.5"], ["whole number"]),
    ({}, ["train", "post.csv", "--save", "out.json", "--learning-rate", "inf"], ["learning rate"]),
    ({}, ["train", "post.csv", "--save", "out.json", "--learning-rate", "nan"], ["learning rate"]),
    ({}, ["train", "post.csv", "--save", "no/such/folder/out.json"], ["does not exist"]),
    ({}, ["train", "post.csv", "--save", "."], ["is a directory"]),
    ({}, ["train", "post.csv", "--save"], ["--save"]),          # the option without its file
]

PREDICT_CASES = [
    ({}, ["predict", "model.json", "1,0"], ["2 values, the model has 3 inputs"]),
    ({}, ["predict", "model.json", "1,x,0"], ["'x' is not a number"]),
    ({}, ["predict", "model.json", "1,0,nan"], ["'nan'"]),
    ({}, ["predict", "model.json"], ["nothing to predict"]),
    ({"rows.csv": "1,0\n"}, ["predict", "model.json", "--csv", "rows.csv"], ["2 columns", "3 inputs"]),
    ({}, ["predict", "missing.json", "1,0,0"], ["missing.json", "cannot read"]),
    ({"m.json": '{"format": "neuron-pure-model", "vers'}, ["predict", "m.json", "1,0,0"], ["not valid JSON"]),
    ({"m.json": "hello"}, ["predict", "m.json", "1,0,0"], ["not valid JSON"]),
    ({"m.json": "[1, 2, 3]"}, ["predict", "m.json", "1,0,0"], ["expected a JSON object"]),
    ({"m.json": b"\xff\xfe{}"}, ["predict", "m.json", "1,0,0"], ["not UTF-8"]),
    ({"m.json": model_with(format="other")}, ["predict", "m.json", "1,0,0"], ["key 'format'"]),
    ({"m.json": model_with(version=3)}, ["predict", "m.json", "1,0,0"], ["key 'version'"]),
    ({"m.json": model_with(weights="heavy")}, ["predict", "m.json", "1,0,0"], ["key 'weights'"]),
    ({"m.json": model_with(weights=[1.0, 2.0])}, ["predict", "m.json", "1,0,0"], ["key 'weights'", "3 numbers"]),
    ({"m.json": model_with(weights=[1.0, "2", 3.0])}, ["predict", "m.json", "1,0,0"], ["weights[1]"]),
    ({"m.json": model_with(weights=[1.0, True, 3.0])}, ["predict", "m.json", "1,0,0"], ["weights[1]"]),
    ({"m.json": model_with(bias="none")}, ["predict", "m.json", "1,0,0"], ["key 'bias'"]),
    ({"m.json": model_with(inputs=0)}, ["predict", "m.json", "1,0,0"], ["key 'inputs'"]),
    ({"m.json": model_with(training=[])}, ["predict", "m.json", "1,0,0"], ["key 'training'"]),
    ({"m.json": model_with(extra=1)}, ["predict", "m.json", "1,0,0"], ["key 'extra'", "unknown"]),
    ({"m.json": model_with(weights=[1e999, 0, 0]).replace("Infinity", "1e999")},
     ["predict", "m.json", "1,0,0"], ["weights[0]", "finite"]),
]


@pytest.mark.parametrize("files, arguments, words", TRAIN_CASES + PREDICT_CASES)
def test_bad_input_exits_2_with_one_line_and_changes_nothing(folder, files, arguments, words):
    for name, content in files.items():
        write(folder, name, content)
    before = snapshot(folder)
    result = run_cli(*arguments, cwd=folder)
    assert_usage_error(result, *words)
    assert snapshot(folder) == before
