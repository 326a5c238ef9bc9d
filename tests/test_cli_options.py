"""Arguments on the command line (issue 15, "Arguments"): options go where users
put them, an option a command does not use is refused, nothing is abbreviated,
rows may start with a minus sign, numbers follow the CSV reader's one rule, and
standard input and output are spelled '-'."""

import json

import pytest

from clitools import POST_CSV, assert_usage_error, run_cli, snapshot
from test_golden import POST_TRANSCRIPT

POST_MODEL = json.dumps({
    "format": "neuron-pure-model", "version": 1, "inputs": 3,
    "weights": [9.672993027736892, -0.20784349926631962, -4.62963668773159],
    "bias": None, "training": {"iterations": 10000, "seed": 1, "learning_rate": 1.0}})


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "post.csv").write_text(POST_CSV)
    (tmp_path / "model.json").write_text(POST_MODEL)
    return tmp_path


# --- Options before or after the command ----------------------------------------

@pytest.mark.parametrize("before, after", [
    (["--seed", "7"], ["explain"]),
    (["--iteration", "3"], ["explain", "--seed", "2"]),
    (["--iterations", "5"], ["train", "post.csv", "--save", "m.json"]),
    (["--save", "m.json", "--bias"], ["train", "post.csv", "--iterations", "3"]),
    (["--learning-rate", "0.5", "--quiet"], ["train", "post.csv", "--save", "m.json"]),
    (["--csv", "rows.csv"], ["predict", "model.json"]),
    (["--iterations=20"], ["multilayer"]),
    (["--out", "-", "--iterations", "4"], ["plot"]),
])
def test_an_option_before_the_command_works_as_after_it(folder, before, after):
    """The same words in two orders give the same output and the same files."""
    (folder / "rows.csv").write_text("1,0,0\n")
    command, rest = after[0], after[1:]
    first = run_cli(*before, *after, cwd=folder)
    files_first = snapshot(folder)
    second = run_cli(command, *before, *rest, cwd=folder)
    assert first.returncode == second.returncode == 0, first.stderr + second.stderr
    assert first.stdout == second.stdout and first.stdout
    assert snapshot(folder) == files_first


def test_seed_before_explain_changes_the_numbers():
    assert "(seed 7)" in run_cli("--seed", "7", "explain").stdout


def test_iterations_before_train_is_used(folder):
    result = run_cli("--iterations", "5", "train", "post.csv", "--save", "m.json", cwd=folder)
    assert "for 5 iterations" in result.stdout
    assert json.loads((folder / "m.json").read_text())["training"]["iterations"] == 5


def test_the_later_of_two_spellings_wins(folder):
    result = run_cli("--seed", "7", "explain", "--seed", "3")
    assert "(seed 3)" in result.stdout


@pytest.mark.parametrize("arguments, option, command", [
    (["explain", "--quiet"], "--quiet", "explain"),
    (["--quiet", "explain"], "--quiet", "explain"),
    (["--bias"], "--bias", "the main job"),
    (["--save", "x.json"], "--save", "the main job"),
    (["explain", "--iterations", "5"], "--iterations", "explain"),
    (["--iteration", "2"], "--iteration", "the main job"),
    (["multilayer", "--seed", "2"], "--seed", "multilayer"),
    (["predict", "model.json", "1,0,0", "--seed", "3"], "--seed", "predict"),
    (["plot", "--out", "x.svg", "--iteration", "2"], "--iteration", "plot"),
    (["train", "post.csv", "--save", "m.json", "--csv", "post.csv"], "--csv", "train"),
    (["--json", "train", "post.csv", "--save", "m.json"], "--json", "train"),
    (["explain", "--csv", "post.csv"], "--csv", "explain"),
    (["--out", "x.svg"], "--out", "the main job"),
])
def test_an_option_the_command_does_not_use_is_refused(folder, arguments, option, command):
    before = snapshot(folder)
    line = assert_usage_error(run_cli(*arguments, cwd=folder), option, "does not apply to " + command)
    assert snapshot(folder) == before
    assert "only to" in line


@pytest.mark.parametrize("arguments, wanted", [
    (["--iter", "5"], "--iterations"),
    (["--it", "5"], "--iteration"),
    (["--see", "2"], "--seed"),
    (["train", "post.csv", "--sav", "m.json"], "--save"),
    (["train", "post.csv", "--save", "m.json", "--learning", "2"], "--learning-rate"),
    (["predict", "model.json", "--cs", "post.csv"], "--csv"),
    (["--vers"], "--version"),
])
def test_options_are_never_abbreviated(folder, arguments, wanted):
    before = snapshot(folder)
    assert_usage_error(run_cli(*arguments, cwd=folder), "unknown option", wanted)
    assert snapshot(folder) == before


@pytest.mark.parametrize("arguments", [["--frobnicate"], ["-x"], ["explain", "-q"],
                                       ["train", "post.csv", "--save=m.json", "--fast"]])
def test_unknown_options_are_named(folder, arguments):
    assert_usage_error(run_cli(*arguments, cwd=folder), "unknown option " + arguments[-1])


@pytest.mark.parametrize("arguments, words", [
    (["plot"], ["plot needs --out"]),
    (["train", "--save", "m.json"], ["DATA.csv"]),
    (["predict"], ["MODEL.json"]),
    (["fly"], ["invalid choice", "fly"]),
])
def test_missing_and_wrong_words_are_named(folder, arguments, words):
    assert_usage_error(run_cli(*arguments, cwd=folder), *words)


# --- Rows that start with a minus sign ----------------------------------------------

@pytest.mark.parametrize("row, inputs", [
    ("-1,0,0", [-1, 0, 0]), ("-.5,0,0", [-0.5, 0, 0]), ("-1e0,0,0", [-1, 0, 0]),
    ("-0,-0,-0", [0, 0, 0]), ("-2.5,-1,3", [-2.5, -1, 3]),
])
def test_a_row_may_start_with_a_minus_sign(folder, row, inputs):
    from neuron_pure.model import network_from_json
    output = repr(network_from_json(POST_MODEL).think(inputs)[0])
    result = run_cli("predict", "model.json", row, "1,0,0", cwd=folder)
    assert result.returncode == 0, result.stderr
    assert result.stdout == output + "\n0.9999370428352157\n"
    # and after --, as argparse has it
    assert run_cli("predict", "model.json", "--", row, cwd=folder).stdout == output + "\n"


def test_a_row_before_an_option_still_leaves_the_option_an_option(folder):
    result = run_cli("predict", "model.json", "-1,0,0", "--json", cwd=folder)
    assert json.loads(result.stdout)["predictions"][0]["inputs"] == [-1.0, 0.0, 0.0]


def test_help_says_how_to_give_a_negative_row():
    text = run_cli("predict", "--help").stdout
    assert "-1,0,0" in text and "minus sign" in text


def test_positional_arguments_have_help_text():
    train, predict = run_cli("train", "--help").stdout, run_cli("predict", "--help").stdout
    assert "DATA.csv the training examples" in " ".join(train.split())
    for words in ["MODEL.json a model file written by train", "ROW inputs, comma-separated"]:
        assert words in " ".join(predict.split())


def test_help_lists_only_the_options_a_command_takes():
    explain = run_cli("explain", "--help").stdout
    assert "--iteration N" in explain and "--seed S" in explain
    assert "--quiet" not in explain and "--save" not in explain
    top = run_cli("--help").stdout
    assert "--seed" in top and "--iterations" in top and "--version" in top
    assert "--learning-rate" not in top
    assert "before or after the command" in " ".join(top.split())


# --- One number rule: what the CSV reader accepts ----------------------------------

@pytest.mark.parametrize("text", ["1_0", "\u0661\u0660", "\uff11", "nan", "inf", "-inf",
                                  "0x10", "1e999", "", " ", "10.0.0", "1,0", "²"])
@pytest.mark.parametrize("option", ["--seed", "--iterations"])
def test_numbers_the_csv_reader_refuses_are_refused(option, text):
    assert_usage_error(run_cli(option, text), option)


@pytest.mark.parametrize("arguments", [
    ["train", "post.csv", "--save", "m.json", "--learning-rate", "1_0"],
    ["train", "post.csv", "--save", "m.json", "--learning-rate", "\u0662"],
    ["train", "post.csv", "--save", "m.json", "--learning-rate", "Infinity"],
    ["explain", "--iteration", "\u0663"],
    ["predict", "model.json", "1,0,0", "--max-bytes", "1_000"],
    ["predict", "model.json", "1,\u0660,0"],
    ["predict", "model.json", "1,0_0,0"],
    ["predict", "model.json", "1,NaN,0"],
])
def test_every_number_follows_the_same_rule(folder, arguments):
    before = snapshot(folder)
    assert_usage_error(run_cli(*arguments, cwd=folder))
    assert snapshot(folder) == before


@pytest.mark.parametrize("spelling", ["50", "5e1", "50.0", "+50", " 50 ", "0050"])
def test_a_whole_number_may_be_spelled_as_the_csv_reader_reads_it(spelling):
    result = run_cli("--seed", "2", "--iterations", spelling)
    assert result.returncode == 0, result.stderr
    assert result.stdout.endswith("[0.97558133]\n")        # seed 2, 50 iterations


def test_large_whole_numbers_are_read_exactly():
    # 2**32 - 1 is a valid seed, 2**32 is not, whichever way it is spelled
    assert run_cli("--seed", "4294967295", "--iterations", "0").returncode == 0
    assert_usage_error(run_cli("--seed", "4294967296"), "between 0 and 2**32 - 1")
    assert_usage_error(run_cli("--seed", "4.294967296e9"), "between 0 and 2**32 - 1")


# --- --version, standard input and output, --json ----------------------------------

def test_version_prints_the_package_version():
    from neuron_pure import __version__
    for arguments in (["--version"], ["train", "--version"], ["explain", "--version"]):
        result = run_cli(*arguments)
        assert (result.returncode, result.stdout, result.stderr) == (
            0, "neuron-pure %s\n" % __version__, "")


def test_train_reads_standard_input(folder):
    result = run_cli("train", "-", "--save", "m.json", cwd=folder, stdin=POST_CSV)
    assert result.returncode == 0, result.stderr
    assert "mean absolute error 0.00795485; saved m.json" in result.stdout
    saved = json.loads((folder / "m.json").read_text())
    assert saved["weights"] == json.loads(POST_MODEL)["weights"]


def test_errors_in_standard_input_are_named_so(folder):
    assert_usage_error(run_cli("train", "-", "--save", "m.json", cwd=folder,
                               stdin="0,1,0\n1,x,1\n"),
                       "<stdin> line 2, column 2: 'x' is not a number")
    assert_usage_error(run_cli("train", "-", "--save", "m.json", cwd=folder, stdin=""),
                       "<stdin>: empty")
    assert not (folder / "m.json").exists()


def test_predict_reads_rows_and_models_from_standard_input(folder):
    result = run_cli("predict", "model.json", "--csv", "-", cwd=folder, stdin="a,b,c\n1,0,0\n")
    assert result.stdout == "0.9999370428352157\n"
    result = run_cli("predict", "-", "1,0,0", cwd=folder, stdin=POST_MODEL)
    assert result.stdout == "0.9999370428352157\n"
    assert_usage_error(run_cli("predict", "-", "--csv", "-", cwd=folder, stdin=POST_MODEL),
                       "both come from standard input")


def test_save_dash_writes_the_model_to_standard_output(folder):
    before = snapshot(folder)
    result = run_cli("train", "post.csv", "--save", "-", cwd=folder)
    assert result.returncode == 0
    model = json.loads(result.stdout)
    assert model["weights"] == json.loads(POST_MODEL)["weights"]
    assert result.stderr.endswith("saved to standard output\n")
    assert snapshot(folder) == before                       # no file named '-'
    # and what it wrote loads back through standard input
    again = run_cli("predict", "-", "1,0,0", cwd=folder, stdin=result.stdout)
    assert again.stdout == "0.9999370428352157\n"


def test_predict_json_is_one_object_with_every_row(folder):
    result = run_cli("predict", "model.json", "1,0,0", "0,0,0", "--json", cwd=folder)
    assert result.returncode == 0
    assert json.loads(result.stdout) == {"predictions": [
        {"inputs": [1.0, 0.0, 0.0], "outputs": [0.9999370428352157]},
        {"inputs": [0.0, 0.0, 0.0], "outputs": [0.5]}]}
    assert result.stdout.count("\n") == 1


def test_the_main_job_with_options_in_either_place_is_the_posts():
    assert run_cli("--seed", "1", "--iterations", "10000").stdout == POST_TRANSCRIPT


def test_a_row_with_a_minus_and_a_bad_value_is_refused_as_a_row(folder):
    assert_usage_error(run_cli("predict", "model.json", "-x,0,0", cwd=folder),
                       "row 1 (-x,0,0), value 1: '-x' is not a number")
    assert_usage_error(run_cli("predict", "model.json", "-nan,0,0", cwd=folder), "'-nan'")


# --- Divergence at the edges: predict never prints nan -------------------------------

@pytest.mark.parametrize("weights, row", [
    ([1e308, -1e308, 0.0], "10,10,0"),          # inf - inf
    ([1e308, 1e308, -1e308], "2,0,2"),
    ([-1.7e308, 1.7e308, 1.0], "1e10,1e10,0"),
])
@pytest.mark.parametrize("json_output", [False, True])
def test_a_weighted_sum_that_overflows_is_refused_not_printed_as_nan(folder, weights, row,
                                                                      json_output):
    """A finite model and finite inputs can still give inf - inf = nan in the
    weighted sum: predict names the row instead of printing nan."""
    model = json.loads(POST_MODEL)
    model["weights"] = weights
    (folder / "big.json").write_text(json.dumps(model))
    before = snapshot(folder)
    arguments = ["predict", "big.json", "1,0,0", row] + (["--json"] if json_output else [])
    assert_usage_error(run_cli(*arguments, cwd=folder), "row 2: the weighted sum overflows")
    assert snapshot(folder) == before
    # a large but finite sum is fine: the sigmoid saturates
    result = run_cli("predict", "big.json", "1,0,0", cwd=folder)
    assert result.returncode == 0 and result.stdout in ("1.0\n", "0.0\n")


def test_no_positional_argument_shares_a_name_with_an_option():
    """An option and a positional argument with one name would be one
    attribute: the option table would take the argument for the option."""
    import argparse

    from neuron_pure.cli.options import OPTIONS, build_parser
    names = {option.dest for option in OPTIONS}
    parser = build_parser()
    commands = [action for action in parser._actions
                if isinstance(action, argparse._SubParsersAction)][0]
    for name, command in commands.choices.items():
        for action in command._actions:
            if not action.option_strings:
                assert action.dest not in names, (name, action.dest)
