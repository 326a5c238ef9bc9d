"""``python3 -m neuron_pure``: the post's transcript, and clean errors."""

import os

import pytest

from clitools import assert_usage_error, run_cli
from test_golden import POST_TRANSCRIPT


def test_the_main_job_prints_the_posts_transcript():
    result = run_cli()
    assert result.returncode == 0
    assert result.stdout == POST_TRANSCRIPT
    assert result.stderr == ""


def test_seed_and_iterations_change_the_run():
    # seed 2, 50 iterations, as numpy's program prints it
    result = run_cli("--seed", 2, "--iterations", 50)
    assert result.returncode == 0
    assert result.stdout == (
        "Random starting synaptic weights: \n"
        "[[-0.1280102 ]\n"
        " [-0.94814754]\n"
        " [ 0.09932496]]\n"
        "New synaptic weights after training: \n"
        "[[ 3.68768541]\n"
        " [-0.39040902]\n"
        " [-1.50380427]]\n"
        "Considering new situation [1, 0, 0] -> ?: \n"
        "[0.97558133]\n")


def test_help_explains_the_options():
    result = run_cli("--help")
    assert result.returncode == 0
    assert "--seed" in result.stdout and "--iterations" in result.stdout


@pytest.mark.parametrize("arguments, fragment", [
    (["--seed", "-1"], "seed must be between 0 and 2**32 - 1"),
    (["--seed", "4294967296"], "seed must be between 0 and 2**32 - 1"),
    (["--seed", "one"], "seed must be a whole number (digits, sign, point, exponent), got 'one'"),
    (["--seed", "1.5"], "seed must be a whole number, got '1.5'"),
    (["--seed", "1e300"], "seed must be between 0 and 2**32 - 1, got 10000000000000000525...9400540160 "
                          "(301 characters)"),
    (["--iterations", "-5"], "iterations must not be negative"),
    (["--iterations", "2.5"], "iterations must be a whole number"),
    (["--no-such-option"], "unknown option --no-such-option"),
])
def test_bad_arguments_exit_2_with_one_line(arguments, fragment):
    assert_usage_error(run_cli(*arguments), fragment)


def test_train_without_save_trains_reports_and_writes_nothing(tmp_path):
    """A first run just trains and reports (issue 22); saving is optional."""
    (tmp_path / "post.csv").write_text("0,0,1,0\n1,1,1,1\n1,0,1,1\n0,1,1,0\n", encoding="utf-8")
    result = run_cli("train", "post.csv", "--quiet", cwd=tmp_path)
    assert result.returncode == 0 and result.stderr == ""
    assert result.stdout == ("trained on 4 examples with 3 inputs for 10000 iterations: mean "
                             "absolute error 0.00795485; not saved (--save MODEL.json keeps it)\n")
    assert sorted(os.listdir(tmp_path)) == ["post.csv"]
