"""Standard streams (issue 15): output that goes away, a full disk, encodings
that lack a character, names and rows that would break the one line, and
Ctrl-C at any moment.  Each case checks the exit status, that stderr holds
exactly one line (or nothing), no traceback, and that the folder is unchanged."""

import os
import signal
import subprocess
import sys

import pytest

from clitools import (
    POST_CSV, SIGNALS, ROOT, assert_one_line, assert_usage_error, environment, post_folder, run_cli,
    snapshot)


posix_only = pytest.mark.skipif(os.name != "posix", reason="needs POSIX pipes and signals")


@pytest.fixture
def folder(tmp_path):
    return post_folder(tmp_path)


def shell(command, cwd, **env):
    """``command`` run by sh, with the checkout on the path."""
    result = subprocess.run(["sh", "-c", command], cwd=cwd, capture_output=True, text=True,
                            env=environment(**env), stdin=subprocess.DEVNULL, timeout=300)
    return result


PY = "'%s' -m neuron_pure" % sys.executable

OUTPUTS = ["", "--help", "explain", "multilayer --iterations 10", "--version",
           "plot --out - --iterations 20", "predict model.json 1,0,0 0,1,0 --json",
           "train post.csv --save - --quiet --iterations 3", "train --help"]


# --- Standard output that goes away --------------------------------------------------

@posix_only
@pytest.mark.parametrize("buffered", [True, False], ids=["buffered", "unbuffered"])
@pytest.mark.parametrize("arguments", OUTPUTS)
@pytest.mark.parametrize("reader", ["true", "head -1 >/dev/null", "head -c 1 >/dev/null"])
def test_a_reader_that_goes_away_ends_the_output_quietly(folder, arguments, reader, buffered):
    """`| true`, `| head -1`: nothing on stderr but what the command always says
    there (train --save - puts its summary line there), status 0."""
    before = snapshot(folder)
    buffering = {"PYTHONUNBUFFERED": "" if buffered else "1"}
    ours = subprocess.run(["bash", "-c", "%s %s | %s; echo ${PIPESTATUS[0]}" % (PY, arguments, reader)],
                          cwd=folder, capture_output=True, text=True, env=environment(**buffering),
                          stdin=subprocess.DEVNULL, timeout=300)
    assert ours.stdout.strip() == "0", ours.stderr
    assert "Traceback" not in ours.stderr and "Exception ignored" not in ours.stderr, ours.stderr
    allowed = [line for line in ours.stderr.splitlines() if "saved to standard output" not in line]
    assert allowed == [], ours.stderr
    assert snapshot(folder) == before


@posix_only
@pytest.mark.parametrize("buffered", [True, False], ids=["buffered", "unbuffered"])
@pytest.mark.parametrize("arguments", OUTPUTS)
def test_a_full_disk_on_standard_output_gives_one_line_and_status_1(folder, arguments, buffered):
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    before = snapshot(folder)
    with open("/dev/full", "w") as full:
        result = run_cli(*arguments.split(), cwd=folder, stdout=full,
                         env=environment(PYTHONUNBUFFERED="" if buffered else "1"))
    assert_one_line(result, 1, "cannot write to standard output", "No space left on device")
    assert snapshot(folder) == before


@posix_only
@pytest.mark.parametrize("arguments", ["", "--help", "--version", "explain",
                                       "predict model.json 1,0,0"])
def test_a_closed_standard_output_gives_one_line_and_status_1(folder, arguments):
    result = shell("%s %s >&-" % (PY, arguments), folder)
    assert_one_line(result, 1, "cannot write to standard output: it is closed")


@posix_only
def test_a_closed_standard_error_still_ends_with_the_status(folder):
    result = shell("%s train missing.csv --save m.json 2>&-; echo $?" % PY, folder)
    assert result.stdout == "2\n"
    result = shell("%s explain 2>&- >/dev/null; echo $?" % PY, folder)
    assert result.stdout == "0\n"


@posix_only
def test_a_closed_standard_input_is_named(folder):
    result = shell("%s train - --save m.json <&-" % PY, folder)
    assert_one_line(result, 2, "standard input is closed")
    assert not (folder / "m.json").exists()


# --- Encodings -----------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["ascii", "latin-1", "cp437", "utf-8"])
def test_explain_prints_in_any_encoding(encoding):
    result = run_cli("explain", env=environment(PYTHONIOENCODING=encoding), text=False)
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    text = result.stdout.decode(encoding)
    assert "Training iteration 1" in text
    if encoding == "ascii":
        # the multiplication sign has a plain-ASCII spelling
        assert "  weighted sum            0 x -0.16595599 + 0 x 0.44064899" in text
    elif encoding != "cp437":
        assert "0 \u00d7 -0.16595599" in text


def test_every_command_prints_in_ascii(folder):
    for arguments in (["--iterations", "5"], ["multilayer", "--iterations", "5"], ["--help"],
                      ["plot", "--out", "-", "--iterations", "5"],
                      ["predict", "model.json", "1,0,0"]):
        result = run_cli(*arguments, cwd=folder, env=environment(PYTHONIOENCODING="ascii"))
        assert result.returncode == 0 and result.stderr == "", (arguments, result.stderr)


def test_a_name_the_output_cannot_encode_is_escaped(folder):
    result = run_cli("train", "mod\u00e8le.csv", "--save", "m.json", cwd=folder,
                     env=environment(PYTHONIOENCODING="ascii"))
    assert_usage_error(result, "mod\\xe8le.csv", "cannot read")


@posix_only
def test_a_file_name_that_is_not_utf8_is_saved_and_shown_escaped(tmp_path):
    (tmp_path / "post.csv").write_text(POST_CSV)
    name = b"m\xff\xfe.json"
    result = run_cli(b"train", b"post.csv", b"--save", name, b"--iterations", b"2",
                     cwd=tmp_path, text=False)
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    assert result.stdout.endswith(b"saved m\\xff\\xfe.json\n")
    assert os.path.exists(os.path.join(os.fsencode(tmp_path), name))
    result = run_cli(b"predict", name, b"1,0,0", cwd=tmp_path, text=False)
    assert result.returncode == 0 and result.stderr == b""


@posix_only
@pytest.mark.parametrize("arguments, fragment", [
    ([b"train", b"d\xff.csv", b"--save", b"m.json"], "d\\xff.csv: cannot read"),
    ([b"train", b"post.csv", b"--save", b"no\xff/m.json"], "no\\xff"),
    ([b"predict", b"m\xe9.json", b"1,0,0"], "m\\xe9.json"),
    ([b"predict", b"model.json", b"--csv", b"\xc3(.csv"], "\\xc3(.csv"),
    ([b"plot", b"--out", b"dir\xff/x.svg"], "dir\\xff"),
])
def test_names_that_are_not_utf8_in_errors_give_one_line(folder, arguments, fragment):
    before = snapshot(folder)
    result = run_cli(*arguments, cwd=folder, text=False)
    assert_one_line(result, 2, fragment)
    assert snapshot(folder) == before


# --- One line, really ----------------------------------------------------------------

@pytest.mark.parametrize("name", ["two\nlines.csv", "cr\rname.csv", "tab\tname.csv",
                                  "esc\x1b[31mred.csv", "sep\u2028arator.csv", "nel\x85.csv",
                                  "bell\x07.csv", "\n", "del\x7f.csv", "fs\x1c.csv"])
def test_a_name_holding_control_characters_stays_on_one_line(folder, name):
    before = snapshot(folder)
    line = assert_usage_error(run_cli("train", name, "--save", "m.json", cwd=folder))
    assert line.isprintable()
    assert_usage_error(run_cli("train", "post.csv", "--save", os.path.join(name, "m.json"),
                               cwd=folder), "does not exist")
    assert_usage_error(run_cli("predict", name, "1,0,0", cwd=folder))
    assert_usage_error(run_cli("predict", "model.json", "--csv", name, cwd=folder))
    assert snapshot(folder) == before


@pytest.mark.parametrize("row", ["1,0\n0,0", "1,\n0", "1,x\n,0", "1,\x0b,0", "\u2028,1,1",
                                 "1,0,0,\r0", "a\x1b]0;title\x07,1,1"])
def test_a_row_holding_control_characters_stays_on_one_line(folder, row):
    line = assert_usage_error(run_cli("predict", "model.json", row, cwd=folder))
    assert line.isprintable()


def test_a_data_file_holding_control_characters_stays_on_one_line(folder):
    (folder / "bad.csv").write_bytes(b"a,b,c\n1,\x1b[2J,0\n")
    line = assert_usage_error(run_cli("train", "bad.csv", "--save", "m.json", cwd=folder),
                              "bad.csv line 2, column 2")
    assert line.isprintable()
    (folder / "bad.json").write_text('{"format": "neuron-pure-model", "version": 1, '
                                     '"\\n\\u2028weird": 1}')
    line = assert_usage_error(run_cli("predict", "bad.json", "1,0,0", cwd=folder), "unknown key")
    assert line.isprintable()


# --- Ctrl-C at any moment ------------------------------------------------------------

# A sitecustomize that sends this process SIGINT when a given module is first
# imported: Ctrl-C at an exact moment of start-up, every time.
INTERRUPT_HOOK = """
import os, signal, sys
class InterruptAt:
    def find_spec(self, name, path=None, target=None):
        if name == os.environ.get("NEURON_PURE_TEST_INTERRUPT_AT"):
            os.kill(os.getpid(), signal.SIGINT)
        return None
sys.meta_path.insert(0, InterruptAt())
"""


@pytest.fixture
def interrupt_hook(tmp_path_factory):
    # A folder of its own: Python may write the hook's bytecode beside it,
    # and the folder the command works in must stay byte for byte as it was.
    hooks = tmp_path_factory.mktemp("hooks")
    (hooks / "sitecustomize.py").write_text(INTERRUPT_HOOK)
    return str(hooks)


@posix_only
@pytest.mark.parametrize("module, arguments", [
    ("neuron_pure.errors", []),                 # while the package's __init__ runs
    ("neuron_pure.arrayprint", ["--seed", "3"]),   # (exponential loads later: at the first sigmoid)
    ("neuron_pure.neuron", ["explain"]),
    ("neuron_pure.cli", []),                    # while __main__ imports the command line
    ("neuron_pure.cli.terminal", []),           # (its __init__ imports its terminal module)
    ("neuron_pure.cli.commands", ["explain"]),  # inside main: the commands and the parser,
    ("neuron_pure.cli.options", ["explain"]),   # imported only when there are arguments
    ("argparse", ["explain"]),                  # inside main, parsing
    ("neuron_pure.dataset", ["train", "post.csv", "--save", "m.json"]),
    ("neuron_pure.files", ["train", "post.csv", "--save", "m.json"]),
    ("neuron_pure.model", ["predict", "model.json", "1,0,0"]),
    ("neuron_pure.multilayer", ["multilayer"]),
    ("neuron_pure.plot", ["plot", "--out", "x.svg"]),
])
def test_ctrl_c_while_starting_exits_130_with_one_line(folder, interrupt_hook, module, arguments):
    before = snapshot(folder)
    result = run_cli(*arguments, cwd=folder, env=environment(
        PYTHONPATH=interrupt_hook + os.pathsep + ROOT, NEURON_PURE_TEST_INTERRUPT_AT=module))
    assert_one_line(result, 130, prefix="neuron-pure: interrupted")
    assert result.stdout == ""
    assert snapshot(folder) == before


@posix_only
def test_ctrl_c_while_the_installed_script_starts(folder, interrupt_hook, tmp_path):
    """The console script pip writes imports neuron_pure.__main__ and runs run()."""
    script = tmp_path / "neuron-pure"
    script.write_text("import sys\nfrom neuron_pure.__main__ import run\n"
                      "if __name__ == '__main__':\n    sys.exit(run())\n")
    for module in ("neuron_pure.arithmetic", "neuron_pure.cli", "neuron_pure.cli.terminal"):
        result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                                cwd=folder, stdin=subprocess.DEVNULL, timeout=300,
                                env=environment(PYTHONPATH=interrupt_hook + os.pathsep + ROOT,
                                                NEURON_PURE_TEST_INTERRUPT_AT=module))
        assert_one_line(result, 130, prefix="neuron-pure: interrupted")
    result = subprocess.run([sys.executable, str(script), "--iterations", "3"], cwd=folder,
                            capture_output=True, text=True, env=environment(), timeout=300)
    assert result.returncode == 0 and result.stdout.endswith("[0.658589]\n")


@posix_only
def test_a_python_program_importing_the_package_keeps_its_keyboard_interrupt(interrupt_hook):
    """Only the command line turns Ctrl-C into status 130: an import from Python
    raises KeyboardInterrupt as ever (a REPL must not exit)."""
    code = ("try:\n    import neuron_pure\nexcept KeyboardInterrupt:\n    print('caught')\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=300, env=environment(
                                PYTHONPATH=interrupt_hook + os.pathsep + ROOT,
                                NEURON_PURE_TEST_INTERRUPT_AT="neuron_pure.mt19937"))
    assert (result.returncode, result.stdout) == (0, "caught\n"), result.stderr


def interrupt(process, number=signal.SIGINT):
    """Ctrl-C (or signal ``number``), as a terminal sends it, until the
    process ends: on a loaded machine a signal that lands while the child is
    still starting its read was seen to be lost (twice in many runs), so it is
    sent again every few seconds; what the process then prints is what the
    test checks."""
    for _ in range(60):
        process.send_signal(number)
        try:
            return process.communicate(timeout=5)
        except subprocess.TimeoutExpired:
            continue
    return process.communicate(timeout=1)


@posix_only
@pytest.mark.parametrize("moment", ["reading", "training"])
@pytest.mark.parametrize("number, status, line", SIGNALS, ids=[n.name for n, _, _ in SIGNALS])
def test_ctrl_c_while_reading_or_training_exits_130_and_saves_nothing(tmp_path, moment, number,
                                                                      status, line):
    fifo = tmp_path / "data.csv"
    os.mkfifo(fifo)
    before = snapshot(tmp_path)
    process = subprocess.Popen(
        [sys.executable, "-m", "neuron_pure", "train", "data.csv", "--save", "m.json",
         "--iterations", "100000000"],
        cwd=tmp_path, env=environment(), stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        # Opening the FIFO returns once the command has opened it to read: from
        # then on it is inside its main function, whatever the timing.
        with open(fifo, "w") as writer:
            writer.write(POST_CSV if moment == "training" else POST_CSV[:12])
            writer.flush()
            if moment == "reading":
                stdout, stderr = interrupt(process, number)
        if moment == "training":
            # The data is complete; parsing or training follows, for a long time.
            stdout, stderr = interrupt(process, number)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    result = subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)
    assert_one_line(result, status, prefix=line)
    assert stdout == ""
    assert snapshot(tmp_path) == before
