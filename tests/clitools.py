"""Running the command line as a user would: a real process, stdout, stderr, status."""

import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_cli(*arguments, python=sys.executable, cwd=None, stdin=None):
    """``python -m neuron_pure ARGUMENTS`` in a fresh process, from the checkout."""
    environment = dict(os.environ, PYTHONPATH=ROOT)
    return subprocess.run(
        [python, "-m", "neuron_pure"] + [str(a) for a in arguments],
        capture_output=True, text=True, cwd=cwd or ROOT, env=environment,
        input=stdin, timeout=300)


def assert_usage_error(result, *fragments):
    """Exit status 2, nothing on stdout, one line on stderr naming the problem."""
    assert result.returncode == 2, result
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("neuron-pure: error: "), lines[0]
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
