"""Running the command line as a user would: a real process, stdout, stderr,
status; and the checks every bad-input test makes."""

import os
import signal
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROG = "neuron-pure"

# The post's four examples as a CSV file, and the model train saves from them.
POST_CSV = "x1,x2,x3,y\n0,0,1,0\n1,1,1,1\n1,0,1,1\n0,1,1,0\n"
MODEL = ('{"format": "neuron-pure-model", "version": 1, "inputs": 3, "weights": '
         '[9.672993027736892, -0.20784349926631962, -4.62963668773159], "bias": null, '
         '"training": {"iterations": 10000, "seed": 1, "learning_rate": 1.0}}')

# Ctrl-C, and SIGTERM and SIGHUP (issue 21), which end a command the same way:
# (signal, exit status, the one line on stderr).
SIGNALS = [(signal.SIGINT, 130, "neuron-pure: interrupted")] + (
    [(signal.SIGTERM, 143, "neuron-pure: terminated by SIGTERM"),
     (signal.SIGHUP, 129, "neuron-pure: terminated by SIGHUP")] if hasattr(signal, "SIGHUP") else [])


def post_folder(path, *more):
    """``path`` (a pathlib.Path) holding post.csv and model.json, and for each
    name in ``more`` a file of that name holding "the old model"."""
    (path / "post.csv").write_text(POST_CSV)
    (path / "model.json").write_text(MODEL)
    for name in more:
        (path / name).write_text("the old model\n")
    return path


def environment(**changes):
    """os.environ with the checkout first on the path, plus ``changes``."""
    result = dict(os.environ, PYTHONPATH=ROOT)
    result.update(changes)
    return result


def run_cli(*arguments, python=sys.executable, cwd=None, stdin=None, env=None,
            text=True, stdout=subprocess.PIPE, **popen):
    """``python -m neuron_pure ARGUMENTS`` in a fresh process, from the checkout.

    ``stdin`` is the text (or bytes) fed to standard input; without it the
    process gets an empty standard input, never the test runner's."""
    if stdin is None:
        stdin = "" if text else b""
    return subprocess.run(
        [python, "-m", "neuron_pure"] + [a if isinstance(a, (str, bytes)) else str(a)
                                         for a in arguments],
        stdout=stdout, stderr=subprocess.PIPE, text=text, cwd=cwd or ROOT,
        env=env or environment(), input=stdin, timeout=300, **popen)


def assert_one_line(result, status, *fragments, prefix="neuron-pure: error: "):
    """Exit ``status``, one line on stderr starting with ``prefix`` and
    holding every fragment, no traceback."""
    stderr = result.stderr if isinstance(result.stderr, str) else result.stderr.decode(
        "utf-8", "backslashreplace")
    assert result.returncode == status, (result.returncode, stderr)
    assert "Traceback" not in stderr and "Exception ignored" not in stderr, stderr
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert stderr.endswith("\n"), stderr
    assert lines[0].startswith(prefix), lines[0]
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])
    return lines[0]


def assert_usage_error(result, *fragments):
    """Exit status 2, nothing on stdout, one line on stderr naming the problem."""
    line = assert_one_line(result, 2, *fragments)
    assert not result.stdout, result.stdout
    return line


def snapshot(folder):
    """Every entry below ``folder``: files with their bytes and permissions,
    links with their targets, other kinds by kind; so a test can assert that a
    command changed nothing at all."""
    entries = {}
    for root, directories, names in os.walk(folder):
        for name in directories + names:
            path = os.path.join(root, name)
            key = os.path.relpath(path, folder)
            status = os.lstat(path)
            if os.path.islink(path):
                entries[key] = ("link", os.readlink(path))
            elif os.path.isfile(path):
                with open(path, "rb") as handle:
                    entries[key] = ("file", status.st_mode, handle.read())
            else:
                entries[key] = ("other", status.st_mode)
    return entries
