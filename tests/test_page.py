"""The ``page`` command: the lab (neuron_pure.lab, tests/test_lab.py) written
as one file, opening on the run the options describe.

The page itself, in Chromium, is tested in tests/test_lab.py; here, what the
command line promises: a file or standard output, a "wrote" line, the options
of train, bad input refused before anything is written, and a build that does
no per-iteration work (a page of a million iterations is as quick to write as
one of ten: it trains in the browser).
"""

import json
import os
import re

from clitools import assert_usage_error, run_cli
from neuron_pure.lab.build import MAXIMUM_BYTES, lab_html

SETTINGS = re.compile(r'<script type="application/json" id="lab-settings">(.*?)</script>', re.S)


def settings_of(html):
    match = SETTINGS.search(html)
    assert match, "the page carries its run as JSON"
    return json.loads(match.group(1))


def test_page_writes_a_file_or_stdout(tmp_path):
    result = run_cli("page", "--out", "-", "--iterations", "5")
    assert result.returncode == 0 and result.stdout == lab_html(iterations=5)
    result = run_cli("page", "--out", "p.html", "--iterations", "0", "--seed", "3", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout == "wrote p.html: open it in a browser, no network needed\n"
    html = (tmp_path / "p.html").read_text(encoding="utf-8")
    assert html == lab_html(seed=3, iterations=0)
    assert len(html.encode("utf-8")) <= MAXIMUM_BYTES


def test_the_page_opens_on_the_run_the_options_describe(tmp_path):
    """XOR with a hidden layer and biases (the README's example, which broke
    the recorded page): the settings the lab starts from are the options'."""
    (tmp_path / "xor.csv").write_text("a,b,y\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n", encoding="utf-8")
    result = run_cli("page", "--data", "xor.csv", "--hidden", "4", "--bias", "--iterations", "1e6",
                     "--learning-rate", "0.5", "--out", "xor.html", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    settings = settings_of((tmp_path / "xor.html").read_text(encoding="utf-8"))
    assert (settings["hidden"], settings["bias"], settings["iterations"],
            settings["learningRate"], settings["dataName"]) == ([4], True, 1000000, 0.5, "xor.csv")


def test_page_refuses_bad_arguments_and_writes_nothing(tmp_path):
    assert_usage_error(run_cli("page", "--out", "no/where.html", cwd=tmp_path), "does not exist")
    assert_usage_error(run_cli("page", "--out", "p.html", "--iterations", "-1", cwd=tmp_path),
                       "must not be negative")
    assert_usage_error(run_cli("page", cwd=tmp_path), "--out")
    assert_usage_error(run_cli("page", "--out", "p.html", "--outputs", "2", cwd=tmp_path),
                       "needs --data")
    assert os.listdir(tmp_path) == []
