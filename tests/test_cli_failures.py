"""Errors that name what really failed (issue 21): board's folder and files,
options among predict's rows, running out of memory, SIGTERM and SIGHUP,
read-only files and file systems as root, numbers too large, and user text
that is never a template.  Each case checks the exit status, exactly one line
on stderr (no traceback), the folder unchanged byte for byte (or only the
documented change) and no temporary file left; in Python, the exact error."""

import errno
import io
import os
import shutil
import signal
import subprocess
import sys

import pytest

from clitools import (
    MODEL, ROOT, SIGNALS, assert_one_line, assert_usage_error, environment, post_folder, run_cli,
    snapshot)
from neuron_pure import NeuronPureError, board, cli, files, interrupt
from neuron_pure.board import BoardError, BoardWriteError, write_board
from neuron_pure.model import save_model
from neuron_pure.neuron import NeuralNetwork

posix_only = pytest.mark.skipif(os.name != "posix", reason="needs POSIX signals and mounts")


@pytest.fixture
def folder(tmp_path):
    return post_folder(tmp_path, "old.json")


def leftovers(folder):
    """Temporary files and folders of a save or a board, anywhere below ``folder``."""
    found = []
    for root, directories, names in os.walk(str(folder)):
        found += [os.path.join(root, name) for name in directories + names
                  if name.startswith((".neuron-pure-", ".neuron_pure-board-"))]
    return found


def in_process(*arguments):
    """``(status, stdout, stderr)`` of ``main`` called from Python."""
    stdout, stderr = io.StringIO(), io.StringIO()
    status = cli.main([str(a) for a in arguments], stdout=stdout, stderr=stderr)
    return status, stdout.getvalue(), stderr.getvalue()


def assert_one_line_in_process(outcome, status, *fragments):
    got, _, stderr = outcome
    assert got == status, (got, stderr)
    lines = stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("neuron-pure: error: "), stderr
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])
    return lines[0]


# --- 1. Failed writes name what failed: board, and a working folder deleted ---------

@pytest.mark.parametrize("make, target, fragment", [
    (None, "", "DIR must name a folder, not be empty"),
    ("dangling", "dangling", "is a symbolic link to nowhere, which does not exist"),
    ("dangling", os.path.join("dangling", "deploy"), "does not exist"),
    ("file-link", "file-link", "is not a folder"),
])
def test_board_refuses_a_folder_it_cannot_use_naming_it(folder, make, target, fragment):
    if make == "dangling":
        os.symlink("nowhere", str(folder / "dangling"))
    elif make == "file-link":
        os.symlink("post.csv", str(folder / "file-link"))
    before = snapshot(folder)
    line = assert_usage_error(run_cli("board", target, cwd=folder), fragment)
    assert "standard output" not in line
    assert snapshot(folder) == before


@pytest.mark.parametrize("name", ["neuron_pure", ".neuron_pure-board-x"])
def test_board_refuses_a_model_named_like_its_own_folders(folder, name):
    (folder / "models").mkdir()
    (folder / "models" / name).write_text(MODEL)
    before = snapshot(folder)
    assert_usage_error(run_cli("board", "deploy", "--model", os.path.join("models", name),
                               cwd=folder), "would take the place of the package folder")
    assert snapshot(folder) == before
    with pytest.raises(BoardError, match="rename it"):
        write_board(str(folder / "deploy"), model=str(folder / "models" / name))
    assert snapshot(folder) == before


def test_board_refuses_a_folder_without_write_permission(folder, monkeypatch):
    """(As root every folder is writable: os.access stands in for a user's.)"""
    before = snapshot(folder)
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    assert_one_line_in_process(in_process("board", folder), 2, "no permission to write in folder")
    assert_one_line_in_process(in_process("board", folder / "new"), 2,
                               "no permission to write in folder %s" % folder)
    assert snapshot(folder) == before


def small_disk(size):
    """A file-size limit of ``size`` bytes, which makes a write fail part-way
    (EFBIG) as a full disk would (ENOSPC)."""
    resource = pytest.importorskip("resource")

    def limit():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
    return limit


@posix_only
@pytest.mark.parametrize("arguments", [["board", "deploy"], ["board", "."],
                                       ["board", "deploy", "--think-only"],
                                       ["board", "deploy", "--model", "model.json"]])
def test_board_under_a_file_size_limit_names_the_file_and_leaves_nothing(folder, arguments):
    before = snapshot(folder)
    result = run_cli(*arguments, cwd=folder, preexec_fn=small_disk(2000))
    line = assert_one_line(result, 1, "cannot write: File too large",
                           os.path.join(arguments[1], "neuron_pure", ""))
    assert "standard output" not in line
    assert result.stdout == ""
    assert snapshot(folder) == before and leftovers(folder) == []


def test_board_that_another_board_beat_to_the_folder_keeps_its_files(folder, monkeypatch):
    """Two boards started together into one folder: both pass the checks; the
    second finds DIR/neuron_pure there when it renames its own into place
    ("Directory not empty"), says so naming it, and removes only its own."""
    real_stage = board._stage

    def stage_then_lose_the_race(work, target, *rest):
        written = real_stage(work, target, *rest)
        os.makedirs(os.path.join(target, "neuron_pure"))
        with open(os.path.join(target, "neuron_pure", "other.py"), "w") as other:
            other.write("the other board's\n")
        return written

    monkeypatch.setattr(board, "_stage", stage_then_lose_the_race)
    line = assert_one_line_in_process(in_process("board", folder / "deploy"), 1,
                                      os.path.join("deploy", "neuron_pure"),
                                      "another board command")
    assert "standard output" not in line
    assert os.listdir(str(folder / "deploy")) == ["neuron_pure"]
    assert os.listdir(str(folder / "deploy" / "neuron_pure")) == ["other.py"]
    with pytest.raises(BoardWriteError, match="appeared while the files were being written"):
        write_board(str(folder / "deploy2"))
    assert os.listdir(str(folder / "deploy2" / "neuron_pure")) == ["other.py"]
    assert leftovers(folder) == []


@posix_only
def test_boards_started_together_leave_one_whole_package(folder):
    """The real race, a few times: each board either writes the package or
    says in one line that another got there first; one package is left, whole,
    and nothing temporary."""
    expected = sorted(board.core_modules())
    for attempt in range(3):
        target = "deploy%d" % attempt
        command = [sys.executable, "-m", "neuron_pure", "board", target]
        processes = [subprocess.Popen(command, cwd=str(folder), env=environment(),
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                      stdin=subprocess.DEVNULL, text=True) for _ in range(3)]
        results = [subprocess.CompletedProcess(command, p.wait(timeout=300), *p.communicate())
                   for p in processes]
        assert sorted(r.returncode for r in results)[0] == 0, [r.stderr for r in results]
        for result in results:
            if result.returncode != 0:
                line = assert_one_line(result, result.returncode)
                assert "standard output" not in line and target in line, line
        assert sorted(os.listdir(str(folder / target / "neuron_pure"))) == expected
        assert leftovers(folder) == []


@posix_only
@pytest.mark.parametrize("arguments", [
    ["train", "{data}", "--save", "rel.json", "--iterations", "2"],
    ["plot", "--out", "rel.svg", "--iterations", "2"],
    ["page", "--out", "rel.html", "--iterations", "2"],
    ["board", "deploy"], ["board", "."],
])
def test_a_deleted_working_folder_is_named_before_any_work(folder, arguments):
    if sys.implementation.name == "pypy":
        pytest.skip("PyPy's -m cannot start in a deleted folder: it fails before any of the "
                    "package runs")
    before = snapshot(folder)
    gone = folder / "gone"
    gone.mkdir()

    def enter_then_delete():
        os.chdir(str(gone))
        os.rmdir(str(gone))

    arguments = [a.format(data=folder / "post.csv") for a in arguments]
    result = subprocess.run([sys.executable, "-m", "neuron_pure"] + arguments,
                            preexec_fn=enter_then_delete, env=environment(), timeout=300,
                            stdin=subprocess.DEVNULL, capture_output=True, text=True)
    line = assert_usage_error(result, "cannot write: the working folder cannot be found")
    assert "standard output" not in line
    assert snapshot(folder) == before


def test_no_other_os_error_is_blamed_on_standard_output(folder, monkeypatch):
    """Whatever raises an OSError that no command expected, the line names its
    file and reason, never standard output, and the status is 1."""
    from neuron_pure.cli import commands

    def failing(arguments, stdout, stderr):
        raise PermissionError(errno.EACCES, "Permission denied", "/some/where.json")

    monkeypatch.setitem(commands.COMMANDS, "explain", failing)
    line = assert_one_line_in_process(in_process("explain"), 1,
                                      "/some/where.json: Permission denied")
    assert "standard output" not in line


def test_standard_output_failing_is_still_named_so():
    class Full:
        def write(self, text):
            raise OSError(errno.ENOSPC, "No space left on device")

        def flush(self):
            pass

    stderr = io.StringIO()
    assert cli.main(["explain"], stdout=Full(), stderr=stderr) == 1
    assert stderr.getvalue() == ("neuron-pure: error: cannot write to standard output: "
                                 "No space left on device\n")


# --- 2. Options among predict's rows ------------------------------------------------

@pytest.mark.parametrize("arguments, canonical", [
    ("predict model.json --json 1,0,0", "predict --json model.json 1,0,0"),
    ("predict model.json --max-bytes 1000 1,0,0", "predict --max-bytes 1000 model.json 1,0,0"),
    ("predict model.json 1,0,0 --json 0,0,0", "predict --json model.json 1,0,0 0,0,0"),
    ("predict model.json -1,0,0 --json -.5,0,1", "predict --json model.json -1,0,0 -.5,0,1"),
    ("predict model.json 1,0,0 --max-bytes=1000 0,1,0 --json",
     "predict --json --max-bytes 1000 model.json 1,0,0 0,1,0"),
    ("--json predict model.json 1,0,0 --max-bytes 500 0,1,1",
     "predict --json --max-bytes 500 model.json 1,0,0 0,1,1"),
    ("predict --json model.json -- -1,0,0 1,1,1", "predict --json model.json -1,0,0 1,1,1"),
])
def test_options_stand_anywhere_among_the_rows(folder, arguments, canonical):
    result = run_cli(*arguments.split(), cwd=folder)
    expected = run_cli(*canonical.split(), cwd=folder)
    assert expected.returncode == 0 and expected.stderr == "", expected.stderr
    assert (result.returncode, result.stderr, result.stdout) == (0, "", expected.stdout)


@pytest.mark.parametrize("arguments, fragment", [
    # after --, every word is a row, even one that looks like an option
    ("predict model.json -- 1,0,0 --json", "row 2 (--json): 1 values, the model has 3 inputs"),
    # an option among the rows is still refused where it does not apply
    ("predict model.json 1,0,0 --seed 3", "--seed does not apply to predict"),
    ("predict model.json 1,0,0 --jsn", "unknown option --jsn"),
    ("predict model.json 1,0,0 --csv", "argument --csv: expected one argument"),
    ("predict model.json 1,0,0 --csv post.csv", "rows on the command line or --csv FILE, not both"),
    ("predict model.json 1,0,0 --max-bytes 10 0,1,0", "larger than the size limit of 10 bytes"),
])
def test_options_among_the_rows_keep_every_rule(folder, arguments, fragment):
    before = snapshot(folder)
    assert_usage_error(run_cli(*arguments.split(), cwd=folder), fragment)
    assert snapshot(folder) == before


# --- 3. Memory ------------------------------------------------------------------------

MEMORY_LIMIT = 160 * 1024 * 1024


def address_space_limit():
    resource = pytest.importorskip("resource")
    if sys.implementation.name != "cpython":
        pytest.skip("the limit is measured for CPython")

    def limit():
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    return limit


@pytest.fixture(scope="module")
def big_files(tmp_path_factory):
    """4 MiB of examples and 4 MiB of rows, just under the size limit."""
    where = tmp_path_factory.mktemp("big")
    (where / "big.csv").write_text(("0,0,1,0\n" * (files.DATA_LIMIT // 8)))
    (where / "rows.csv").write_text(("0,0,1\n" * (files.DATA_LIMIT // 6)))
    (where / "model.json").write_text(MODEL)
    (where / "old.json").write_text("the old model\n")
    return where


@posix_only
@pytest.mark.parametrize("arguments", [
    ["train", "big.csv", "--save", "old.json", "--iterations", "1"],
    ["train", "big.csv", "--save", "new.json", "--iterations", "1", "--hidden", "4"],
    ["predict", "model.json", "--csv", "rows.csv"],
    ["predict", "model.json", "--csv", "rows.csv", "--json"],
    ["explain", "--data", "big.csv"],
    ["plot", "--data", "big.csv", "--out", "old.json", "--iterations", "1"],
    ["page", "--data", "big.csv", "--out", "new.html", "--iterations", "1"],
])
def test_running_out_of_memory_is_one_line_and_changes_nothing(big_files, arguments):
    before = snapshot(big_files)
    result = run_cli(*arguments, cwd=big_files, preexec_fn=address_space_limit())
    assert_one_line(result, 1, "out of memory", "no file was changed")
    assert result.stdout == ""
    assert snapshot(big_files) == before and leftovers(big_files) == []


@pytest.mark.parametrize("arguments, where", [
    (["train", "{folder}/post.csv", "--save", "{folder}/old.json", "--iterations", "2"],
     "fsync"),
    (["plot", "--out", "{folder}/old.json", "--iterations", "2"], "fsync"),
    (["page", "--out", "{folder}/old.json", "--iterations", "2"], "fsync"),
    (["board", "{folder}/deploy", "--model", "{folder}/model.json"], "copyfile"),
    (["explain", "--data", "{folder}/post.csv"], "parse"),
    (["predict", "{folder}/model.json", "1,0,0"], "parse"),
    (["multilayer", "--iterations", "2"], "train"),
    (["--iterations", "2"], "train"),
])
def test_memory_running_out_at_any_step_of_any_command(folder, monkeypatch, arguments, where):
    """In Python, at the step where each command needs the most: one line,
    status 1, the old file whole, nothing temporary."""
    def no_memory(*arguments, **keywords):
        raise MemoryError()

    if where == "fsync":
        monkeypatch.setattr(files.os, "fsync", no_memory)
    elif where == "copyfile":
        monkeypatch.setattr(shutil, "copyfile", no_memory)
    elif where == "parse":
        import json
        from neuron_pure import dataset
        monkeypatch.setattr(dataset, "parse_examples", no_memory)
        monkeypatch.setattr(json, "loads", no_memory)
    else:
        from neuron_pure import multilayer, neuron
        monkeypatch.setattr(neuron.NeuralNetwork, "train", no_memory)
        monkeypatch.setattr(multilayer.MultiLayerNetwork, "train", no_memory)
    before = snapshot(folder)
    outcome = in_process(*[a.format(folder=folder) for a in arguments])
    assert_one_line_in_process(outcome, 1, "out of memory", "no file was changed")
    if where != "train":        # (the transcripts print the starting weights first)
        assert outcome[1] == ""
    assert snapshot(folder) == before and leftovers(folder) == []


# --- 4. SIGTERM and SIGHUP ------------------------------------------------------------

# A sitecustomize that makes one function (os.fsync: a save; shutil.copyfile:
# a board) announce itself in a file, then wait on a FIFO that nobody opens:
# the command stops in the middle of saving, every time, for the signal.
BLOCK_HOOK = """
import os, shutil
def _wait(real):
    def waiting(*arguments, **keywords):
        with open(os.environ["NEURON_PURE_TEST_ANNOUNCE"], "w"):
            pass
        with open(os.environ["NEURON_PURE_TEST_FIFO"]) as fifo:
            fifo.read()
        return real(*arguments, **keywords)
    return waiting
_where = os.environ.get("NEURON_PURE_TEST_BLOCK")
if _where == "fsync":
    os.fsync = _wait(os.fsync)
elif _where == "copyfile":
    shutil.copyfile = _wait(shutil.copyfile)
"""

# (SIGTERM and SIGHUP while reading or training: test_cli_streams, with Ctrl-C.)


def stopped_mid_save(folder, hooks, block, arguments, number):
    """Run the command until it waits inside ``block``, send ``number``, and
    return what it printed."""
    announce, fifo = hooks / "announce", hooks / "fifo"
    for path in (announce, fifo):
        if path.exists():
            path.unlink()
    os.mkfifo(str(fifo))
    process = subprocess.Popen(
        [sys.executable, "-m", "neuron_pure"] + arguments, cwd=str(folder),
        env=environment(PYTHONPATH=str(hooks) + os.pathsep + ROOT,
                        NEURON_PURE_TEST_BLOCK=block, NEURON_PURE_TEST_ANNOUNCE=str(announce),
                        NEURON_PURE_TEST_FIFO=str(fifo)),
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        for _ in range(3000):
            if announce.exists() or process.poll() is not None:
                break
            subprocess.run(["sleep", "0.1"])
        assert announce.exists(), process.communicate(timeout=5)
        process.send_signal(number)
        stdout, stderr = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    return subprocess.CompletedProcess(arguments, process.returncode, stdout, stderr)


@pytest.fixture
def block_hook(tmp_path_factory):
    hooks = tmp_path_factory.mktemp("hooks")
    (hooks / "sitecustomize.py").write_text(BLOCK_HOOK)
    return hooks


@posix_only
@pytest.mark.parametrize("number, status, line", SIGNALS, ids=[n.name for n, _, _ in SIGNALS])
@pytest.mark.parametrize("block, arguments", [
    ("fsync", ["train", "post.csv", "--save", "old.json", "--iterations", "2"]),
    ("fsync", ["train", "post.csv", "--save", "new.json", "--iterations", "2"]),
    ("fsync", ["page", "--out", "old.json", "--iterations", "2"]),
    ("fsync", ["plot", "--out", "new.svg", "--iterations", "2"]),
    ("copyfile", ["board", "deploy", "--model", "model.json"]),
    ("copyfile", ["board", "."]),
], ids=["train-replacing", "train-new", "page", "plot", "board-new-folder", "board-here"])
def test_a_signal_in_the_middle_of_saving_leaves_nothing(folder, block_hook, block, arguments,
                                                         number, status, line):
    before = snapshot(folder)
    result = stopped_mid_save(folder, block_hook, block, arguments, number)
    assert_one_line(result, status, prefix=line)
    assert result.stderr == line + "\n" and result.stdout == ""
    assert snapshot(folder) == before and leftovers(folder) == []


@posix_only
def test_signal_handlers_are_the_command_lines_only_and_respect_nohup():
    """main() from Python with its own streams leaves the handlers alone; the
    command line puts back what it replaced, and a SIGHUP ignored (nohup)
    stays ignored."""
    before = signal.getsignal(signal.SIGTERM)
    assert in_process("--iterations", "1")[0] == 0
    assert signal.getsignal(signal.SIGTERM) is before
    previous = signal.signal(signal.SIGHUP, signal.SIG_IGN)
    try:
        replaced = interrupt.handle_termination()
        assert signal.getsignal(signal.SIGHUP) == signal.SIG_IGN
        assert signal.SIGHUP not in replaced
        interrupt.restore_handlers(replaced)
    finally:
        signal.signal(signal.SIGHUP, previous)


# --- 5. Read-only files and file systems, for root too --------------------------------

@posix_only
@pytest.mark.parametrize("arguments", [
    ["train", "post.csv", "--save", "old.json", "--iterations", "2"],
    ["plot", "--out", "old.json", "--iterations", "2"],
    ["page", "--out", "old.json", "--iterations", "2"],
])
@pytest.mark.parametrize("mode", [0o444, 0o400, 0o555])
def test_a_read_only_file_is_refused_for_everyone_by_its_mode_bits(folder, arguments, mode):
    os.chmod(str(folder / "old.json"), mode)
    before = snapshot(folder)
    assert_usage_error(run_cli(*arguments, cwd=folder), "old.json: cannot write: the file is read-only")
    assert snapshot(folder) == before
    with pytest.raises(NeuronPureError, match="the file is read-only"):
        save_model(NeuralNetwork(), str(folder / "old.json"))
    assert snapshot(folder) == before


def read_only_mount_or_skip():
    """A command that runs the rest of its arguments with the test's folder
    bind-mounted read-only over itself, in a mount namespace of its own
    (``unshare -m``: root, or a system that allows it); else a skip."""
    unshare = shutil.which("unshare")
    if unshare is None or os.name != "posix":
        pytest.skip("no unshare here")
    probe = subprocess.run([unshare, "-m", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("unshare -m is not allowed here")

    def command(where, arguments):
        script = ('mount --bind "$0" "$0" && mount -o remount,ro,bind "$0" "$0" && '
                  'cd "$0" && exec "$@"')
        return [unshare, "-m", "sh", "-c", script, str(where), sys.executable, "-m",
                "neuron_pure"] + arguments
    return command


@posix_only
@pytest.mark.parametrize("arguments, fragment", [
    (["train", "post.csv", "--save", "new.json"], "new.json: cannot write: folder"),
    (["train", "post.csv", "--save", "old.json"], "old.json: cannot write: folder"),
    (["plot", "--out", "new.svg"], "new.svg: cannot write: folder"),
    (["page", "--out", "old.json"], "old.json: cannot write: folder"),
    (["board", "."], ".: cannot write: folder ."),
    (["board", "deploy"], "deploy: cannot write: folder"),
    (["board", "deploy", "--model", "model.json"], "deploy: cannot write: folder"),
])
def test_a_read_only_file_system_is_named_so(folder, arguments, fragment):
    command = read_only_mount_or_skip()
    before = snapshot(folder)
    result = subprocess.run(command(folder, arguments), capture_output=True, text=True,
                            env=environment(), stdin=subprocess.DEVNULL, timeout=300)
    line = assert_usage_error(result, fragment, "is on a read-only file system")
    assert "permission" not in line
    assert snapshot(folder) == before


def test_a_read_only_file_system_is_named_so_in_python(folder, monkeypatch):
    """The same, where no mount can be made: statvfs says the folder is
    mounted read-only, and os.access refuses (EROFS), for root too."""
    real_statvfs = os.statvfs

    class ReadOnly:
        def __init__(self, status):
            self.f_flag = status.f_flag | getattr(os, "ST_RDONLY", 1)     # (PyPy has no name for it)

    monkeypatch.setattr(os, "statvfs", lambda path: ReadOnly(real_statvfs(path)))
    monkeypatch.setattr(os, "access", lambda path, mode: not mode & os.W_OK)
    before = snapshot(folder)
    with pytest.raises(NeuronPureError, match="folder .* is on a read-only file system"):
        save_model(NeuralNetwork(), str(folder / "old.json"))
    with pytest.raises(BoardError, match="is on a read-only file system"):
        write_board(str(folder / "deploy"))
    assert_one_line_in_process(in_process("train", folder / "post.csv", "--save",
                                          folder / "m.json"), 2, "read-only file system")
    assert snapshot(folder) == before


# --- 6. Numbers too large ---------------------------------------------------------------

HUGE = "9" * 400


@pytest.mark.parametrize("command, option, name", [
    ("", "--seed", "seed"), ("", "--iterations", "iterations"),
    ("explain", "--iteration", "iteration"), ("explain", "--learning-rate", "learning rate"),
    ("explain", "--max-bytes", "--max-bytes"), ("explain", "--hidden", "--hidden"),
    ("explain", "--outputs", "--outputs"), ("train post.csv --save m.json", "--seed", "seed"),
])
@pytest.mark.parametrize("value", [HUGE, "-" + HUGE, "1e999", "+5e400", "0." + HUGE + "e400"])
def test_a_number_too_large_is_called_too_large(folder, command, option, name, value):
    before = snapshot(folder)
    line = assert_usage_error(run_cli(*(command.split() + [option, value]), cwd=folder),
                              "%s is too large" % name)
    assert "must be a number" not in line and len(line) < 200
    assert snapshot(folder) == before


@pytest.mark.parametrize("value", ["1_0", "nan", "inf", "-inf", "\u0661\u0660", "1e", "0x10"])
def test_text_that_is_not_a_number_keeps_the_digits_rule(value):
    assert_usage_error(run_cli("--iterations=" + value),
                       "iterations must be a whole number (digits, sign, point, exponent), got ")


@pytest.mark.parametrize("row", ["1e999,0,0", "0,-" + HUGE + ",0", "0,0," + HUGE])
def test_a_row_value_too_large_is_called_too_large(folder, row):
    assert_usage_error(run_cli("predict", "model.json", row, cwd=folder),
                       "is too large for a float")


# --- 7. User text is data, never template -----------------------------------------------

TEMPLATE_LIKE = "{{LAST}}{{TITLE}}%s%d%(prog)s{0}"


@pytest.mark.parametrize("arguments, shown", [
    (["explain", "--data", TEMPLATE_LIKE + ".csv", "--hidden", "2"], TEMPLATE_LIKE + ".csv"),
    (["plot", "--data", TEMPLATE_LIKE + ".csv", "--out", "-", "--iterations", "3"],
     TEMPLATE_LIKE + ".csv"),
    (["train", TEMPLATE_LIKE + ".csv", "--save", TEMPLATE_LIKE + ".json", "--iterations", "2"],
     "saved " + TEMPLATE_LIKE + ".json"),
])
def test_user_text_is_shown_as_it_is(folder, arguments, shown):
    shutil.copy(str(folder / "post.csv"), str(folder / (TEMPLATE_LIKE + ".csv")))
    result = run_cli(*arguments, cwd=folder)
    assert result.returncode == 0 and result.stderr == "", result.stderr
    assert shown in result.stdout


@pytest.mark.parametrize("arguments", [
    ["train", TEMPLATE_LIKE + "-missing.csv", "--save", "m.json"],
    ["predict", "model.json", TEMPLATE_LIKE],
    ["predict", TEMPLATE_LIKE + ".json", "1,0,0"],
    ["board", "deploy", "--model", TEMPLATE_LIKE + ".json"],
    ["plot", "--out", os.path.join(TEMPLATE_LIKE, "x.svg")],
])
def test_user_text_in_an_error_is_shown_as_it_is(folder, arguments):
    line = assert_usage_error(run_cli(*arguments, cwd=folder))
    assert TEMPLATE_LIKE in line


def test_the_page_shows_a_data_files_name_as_it_is(folder):
    shutil.copy(str(folder / "post.csv"), str(folder / (TEMPLATE_LIKE + ".csv")))
    result = run_cli("page", "--data", TEMPLATE_LIKE + ".csv", "--out", "-", "--iterations", "3",
                     cwd=folder)
    assert result.returncode == 0
    assert "{{LAST}}{{TITLE}}%s%d%(prog)s{0}.csv" in result.stdout
