"""Reading and writing files safely (issue 15, "Reading without limit" and
"Saving"): what is not a regular file or a pipe is refused before anything is
read, reads stop at a documented limit, everything that can be checked is
checked before the work, and saving never replaces a device, a FIFO or the
input, writes through symbolic links, survives a full disk and takes names of
up to 255 bytes.  Through the command line each case checks the exit status,
one line on stderr, no traceback and a folder unchanged byte for byte; in
Python, the exact NeuronPureError."""

import errno
import json
import os
import socket
import stat
import subprocess
import sys

import pytest

from clitools import (
    MODEL, POST_CSV, assert_one_line, assert_usage_error, environment, post_folder, run_cli,
    snapshot)
from neuron_pure import NeuralNetwork, NeuronPureError, files
from neuron_pure.dataset import read_examples, read_rows
from neuron_pure.errors import DataFileError, ModelFileError
from neuron_pure.model import load_model, save_model

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
posix_only = pytest.mark.skipif(os.name != "posix", reason="needs POSIX special files")


@pytest.fixture
def folder(tmp_path):
    return post_folder(tmp_path, "old.json")


def unix_socket(path):
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    return server


# --- Reading: only regular files and pipes, at most the limit ----------------------

SPECIAL_INPUTS = ["/dev/zero", "/dev/urandom", "/dev/null", "/dev/full"]


@posix_only
@pytest.mark.parametrize("device", SPECIAL_INPUTS)
@pytest.mark.parametrize("how", ["train", "predict", "predict --csv"])
def test_a_device_is_refused_as_input_before_reading(folder, device, how):
    if not os.path.exists(device):
        pytest.skip("%s does not exist here" % device)
    arguments = {"train": ["train", device, "--save", "m.json"],
                 "predict": ["predict", device, "1,0,0"],
                 "predict --csv": ["predict", "model.json", "--csv", device]}[how]
    before = snapshot(folder)
    assert_usage_error(run_cli(*arguments, cwd=folder), device,
                       "is a character device, not a regular file or a pipe")
    assert snapshot(folder) == before


@posix_only
def test_directories_and_sockets_are_refused_as_input(folder):
    (folder / "sub").mkdir()
    server = unix_socket(folder / "sock")
    try:
        before = snapshot(folder)
        assert_usage_error(run_cli("train", "sub", "--save", "m.json", cwd=folder),
                           "sub: cannot read: is a directory")
        assert_usage_error(run_cli("predict", "sock", "1,0,0", cwd=folder), "is a socket")
        assert_usage_error(run_cli("predict", "model.json", "--csv", ".", cwd=folder),
                           "is a directory")
        assert snapshot(folder) == before
    finally:
        server.close()


@posix_only
def test_a_pipe_is_read(folder):
    os.mkfifo(folder / "fifo.csv")
    process = subprocess.Popen([sys.executable, "-m", "neuron_pure", "train", "fifo.csv",
                                "--save", "m.json"], cwd=folder, env=environment(),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with open(folder / "fifo.csv", "w") as writer:
        writer.write(POST_CSV)
    stdout, stderr = process.communicate(timeout=300)
    assert (process.returncode, stderr) == (0, "")
    assert "mean absolute error 0.00795485" in stdout


def test_a_file_larger_than_the_limit_is_refused_naming_the_limit(folder):
    (folder / "big.csv").write_text("0,0,1,0\n" * 50)          # 400 bytes
    before = snapshot(folder)
    assert_usage_error(run_cli("train", "big.csv", "--save", "m.json", "--max-bytes", "399",
                               cwd=folder),
                       "big.csv: larger than the size limit of 399 bytes", "--max-bytes")
    assert snapshot(folder) == before
    result = run_cli("train", "big.csv", "--save", "m.json", "--max-bytes", "400",
                     "--iterations", "1", cwd=folder)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("arguments, stdin", [
    (["train", "-", "--save", "m.json", "--max-bytes", "20"], POST_CSV),
    (["predict", "-", "1,0,0", "--max-bytes", "100"], MODEL),
    (["predict", "model.json", "--csv", "-", "--max-bytes", "5"], "1,0,0\n" * 2),
    (["predict", "model.json", "--csv", "rows.csv", "--max-bytes", "5"], ""),
    (["predict", "model.json", "1,0,0", "--max-bytes", "100"], ""),
])
def test_every_input_has_the_limit(folder, arguments, stdin):
    (folder / "rows.csv").write_text("1,0,0\n1,1,1\n")
    before = snapshot(folder)
    assert_usage_error(run_cli(*arguments, cwd=folder, stdin=stdin),
                       "larger than the size limit of")
    assert snapshot(folder) == before


def test_the_default_limit_is_4_mib_and_documented():
    assert files.DATA_LIMIT == 4 * 1024 * 1024
    assert "4194304" in run_cli("train", "--help").stdout
    readme = open(os.path.join(os.path.dirname(os.path.dirname(__file__)), "README.md")).read()
    assert "4 MiB" in readme and "--max-bytes" in readme


@posix_only
def test_memory_stays_bounded_whatever_the_file_holds(tmp_path):
    """A 20 GB sparse file is refused after reading the limit, in a process
    allowed 1 GB of address space: the reading never holds the whole file."""
    resource = pytest.importorskip("resource")
    huge = tmp_path / "huge.csv"
    with open(huge, "wb") as handle:
        handle.truncate(20 * 1024 ** 3)

    def limit_memory():
        resource.setrlimit(resource.RLIMIT_AS, (1024 ** 3, 1024 ** 3))

    result = run_cli("train", "huge.csv", "--save", "m.json", cwd=tmp_path,
                     preexec_fn=limit_memory)
    assert_usage_error(result, "huge.csv: larger than the size limit of 4194304 bytes")
    if os.path.exists("/dev/zero"):             # endless standard input
        with open("/dev/zero", "rb") as zeros:
            result = subprocess.run(
                [sys.executable, "-m", "neuron_pure", "train", "-", "--save", "m.json"],
                stdin=zeros, capture_output=True, text=True, cwd=tmp_path, env=environment(),
                preexec_fn=limit_memory, timeout=300)
        assert_usage_error(result, "<stdin>: larger than the size limit of 4194304 bytes")
    assert os.listdir(tmp_path) == ["huge.csv"]


@posix_only
def test_everything_is_checked_before_reading(folder):
    """A FIFO with no writer would block the read forever: the command must
    fail on the --save target without opening the data at all."""
    os.mkfifo(folder / "never.csv")
    before = snapshot(folder)
    for save, words in [("no/such/folder/m.json", "does not exist"), (".", "is a directory"),
                        ("/dev/null", "not a regular file"), ("never.csv", "not a regular file")]:
        assert_usage_error(run_cli("train", "never.csv", "--save", save, cwd=folder), words)
    assert_usage_error(run_cli("plot", "--out", "no/folder/x.svg", cwd=folder), "does not exist")
    assert snapshot(folder) == before


# --- Saving: what must never be replaced --------------------------------------------

@posix_only
@pytest.mark.parametrize("target", ["/dev/null", "/dev/full", "/dev/zero"])
@pytest.mark.parametrize("option", ["train", "plot"])
def test_a_device_is_never_replaced(folder, target, option):
    if not os.path.exists(target):
        pytest.skip("%s does not exist here" % target)
    device = os.stat(target)
    arguments = (["train", "post.csv", "--save", target] if option == "train"
                 else ["plot", "--out", target, "--iterations", "3"])
    before = snapshot(folder)
    assert_usage_error(run_cli(*arguments, cwd=folder), target,
                       "is a character device, not a regular file: refusing to replace it")
    after = os.stat(target)
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == device.st_rdev
    assert snapshot(folder) == before


@posix_only
def test_a_fifo_a_socket_and_a_directory_are_never_replaced(folder):
    os.mkfifo(folder / "fifo")
    (folder / "dir").mkdir()
    server = unix_socket(folder / "sock")
    try:
        before = snapshot(folder)
        assert_usage_error(run_cli("train", "post.csv", "--save", "fifo", cwd=folder), "a FIFO")
        assert_usage_error(run_cli("plot", "--out", "sock", cwd=folder), "a socket")
        assert_usage_error(run_cli("train", "post.csv", "--save", "dir", cwd=folder),
                           "is a directory")
        assert snapshot(folder) == before
    finally:
        server.close()


@pytest.mark.parametrize("spelling", ["post.csv", "./post.csv", "sub/../post.csv", "ABSOLUTE"])
def test_the_training_data_is_never_overwritten(folder, spelling):
    (folder / "sub").mkdir()
    if spelling == "ABSOLUTE":
        spelling = str(folder / "post.csv")
    before = snapshot(folder)
    assert_usage_error(run_cli("train", "post.csv", "--save", spelling, cwd=folder),
                       "is the input post.csv: refusing to overwrite it")
    assert snapshot(folder) == before


@posix_only
def test_the_training_data_is_recognised_through_links(folder):
    os.symlink("post.csv", folder / "soft.csv")
    os.link(folder / "post.csv", folder / "hard.csv")
    before = snapshot(folder)
    for save in ("soft.csv", "hard.csv"):
        assert_usage_error(run_cli("train", "post.csv", "--save", save, cwd=folder),
                           "refusing to overwrite it")
        assert_usage_error(run_cli("train", save, "--save", "post.csv", cwd=folder),
                           "refusing to overwrite it")
    assert snapshot(folder) == before


# --- Symbolic links: written through --------------------------------------------------

@posix_only
def test_saving_through_a_symlink_writes_its_target_and_keeps_the_link(folder):
    (folder / "models").mkdir()
    (folder / "models" / "real.json").write_text("old")
    os.symlink(os.path.join("models", "real.json"), folder / "link.json")
    result = run_cli("train", "post.csv", "--save", "link.json", "--iterations", "2", cwd=folder)
    assert result.returncode == 0, result.stderr
    assert os.readlink(folder / "link.json") == os.path.join("models", "real.json")
    assert json.loads((folder / "models" / "real.json").read_text())["training"]["iterations"] == 2
    assert sorted(os.listdir(folder / "models")) == ["real.json"]     # no temporary file left


@posix_only
def test_a_dangling_symlink_creates_its_target(folder):
    os.symlink("made.json", folder / "dangling.json")
    result = run_cli("train", "post.csv", "--save", "dangling.json", "--iterations", "1",
                     cwd=folder)
    assert result.returncode == 0, result.stderr
    assert os.path.islink(folder / "dangling.json")
    assert json.loads((folder / "made.json").read_text())["inputs"] == 3


@posix_only
def test_a_symlink_to_something_that_must_not_be_replaced_is_refused(folder):
    os.symlink("/dev/null", folder / "null.json")
    os.symlink("post.csv", folder / "data-link.json")
    (folder / "d").mkdir()
    os.symlink("d", folder / "dir-link.json")
    os.symlink("loop.json", folder / "loop.json")
    os.symlink("nowhere/x.json", folder / "far.json")
    before = snapshot(folder)
    for save, words in [("null.json", "character device"), ("data-link.json", "the input"),
                        ("dir-link.json", "is a directory"), ("loop.json", "cannot write"),
                        ("far.json", "does not exist")]:
        assert_usage_error(run_cli("train", "post.csv", "--save", save, cwd=folder), words)
    assert snapshot(folder) == before


# --- Long names, permissions, full disks ----------------------------------------------

@pytest.mark.parametrize("length", [200, 242, 250, 255])
def test_names_up_to_255_bytes_are_saved(folder, length):
    name = "m" * (length - 5) + ".json"
    result = run_cli("train", "post.csv", "--save", name, "--iterations", "1", cwd=folder)
    assert result.returncode == 0, result.stderr
    assert json.loads((folder / name).read_text())["training"]["iterations"] == 1
    result = run_cli("plot", "--out", name, "--iterations", "1", cwd=folder)
    assert result.returncode == 0 and "<svg" in (folder / name).read_text()
    assert sorted(os.listdir(folder)) == sorted(["post.csv", "model.json", "old.json", name])


def test_a_name_longer_than_the_system_allows_is_one_line(folder):
    before = snapshot(folder)
    assert_usage_error(run_cli("train", "post.csv", "--save", "m" * 300 + ".json", cwd=folder),
                       "cannot write")
    assert snapshot(folder) == before


@posix_only
def test_saving_keeps_the_permissions_of_the_file_it_replaces(folder):
    os.chmod(folder / "old.json", 0o640)
    run_cli("train", "post.csv", "--save", "old.json", "--iterations", "1", cwd=folder)
    assert stat.S_IMODE(os.stat(folder / "old.json").st_mode) == 0o640
    assert json.loads((folder / "old.json").read_text())["inputs"] == 3


@posix_only
@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_a_new_file_gets_what_the_umask_leaves(folder, umask, mode):
    result = run_cli("train", "post.csv", "--save", "new.json", "--iterations", "1",
                     cwd=folder, preexec_fn=lambda: os.umask(umask))
    assert result.returncode == 0
    assert stat.S_IMODE(os.stat(folder / "new.json").st_mode) == mode


@pytest.mark.skipif(IS_ROOT or os.name != "posix", reason="root may write anything")
def test_read_only_files_and_folders_are_refused(folder):
    os.chmod(folder / "old.json", 0o444)
    (folder / "locked").mkdir()
    os.chmod(folder / "locked", 0o555)
    try:
        before = snapshot(folder)
        assert_usage_error(run_cli("train", "post.csv", "--save", "old.json", cwd=folder),
                           "read-only")
        assert_usage_error(run_cli("train", "post.csv", "--save", "locked/m.json", cwd=folder),
                           "no permission")
        assert snapshot(folder) == before
    finally:
        os.chmod(folder / "locked", 0o755)


@posix_only
@pytest.mark.parametrize("arguments", [["train", "post.csv", "--save", "old.json"],
                                       ["plot", "--out", "old.json", "--iterations", "3"]])
def test_a_full_disk_while_saving_keeps_the_old_file(folder, arguments):
    """A file-size limit of 100 bytes stands in for a full disk: the write
    fails part-way (EFBIG), as it would with ENOSPC."""
    resource = pytest.importorskip("resource")
    import signal

    def small_disk():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (100, 100))

    before = snapshot(folder)
    result = run_cli(*arguments, cwd=folder, preexec_fn=small_disk)
    assert_one_line(result, 1, "old.json: cannot write", "the old file, if any, is unchanged")
    assert snapshot(folder) == before                   # and no temporary file is left


# --- The same rules in Python ---------------------------------------------------------

def test_the_library_writes_atomically_and_cleans_up_after_a_failure(tmp_path, monkeypatch):
    path = tmp_path / "m.json"
    path.write_text("old")

    def full_disk(descriptor):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full_disk)
    with pytest.raises(OSError, match="No space left"):
        save_model(NeuralNetwork(), str(path))
    assert path.read_text() == "old"
    assert os.listdir(tmp_path) == ["m.json"]


def test_the_library_refuses_what_the_command_line_refuses(tmp_path):
    (tmp_path / "data.csv").write_text(POST_CSV)
    network = NeuralNetwork()
    with pytest.raises(NeuronPureError, match="is a directory"):
        save_model(network, str(tmp_path))
    with pytest.raises(NeuronPureError, match="is the input"):
        save_model(network, str(tmp_path / "data.csv"), inputs=[str(tmp_path / "data.csv")])
    with pytest.raises(NeuronPureError, match="does not exist"):
        save_model(network, str(tmp_path / "no" / "m.json"))
    if os.path.exists("/dev/null"):
        with pytest.raises(NeuronPureError, match="refusing to replace it"):
            save_model(network, "/dev/null")
    save_model(network, tmp_path / "path.json")              # a pathlib.Path is a name
    assert load_model(tmp_path / "path.json").synaptic_weights == network.synaptic_weights


def test_library_reads_have_the_limit(tmp_path):
    (tmp_path / "data.csv").write_text(POST_CSV)
    (tmp_path / "m.json").write_text(MODEL)
    with pytest.raises(DataFileError, match="larger than the size limit of 10 bytes"):
        read_examples(str(tmp_path / "data.csv"), limit=10)
    with pytest.raises(DataFileError, match="size limit"):
        read_rows(str(tmp_path / "data.csv"), limit=0)
    with pytest.raises(ModelFileError, match="size limit"):
        load_model(str(tmp_path / "m.json"), limit=50)
    assert load_model(str(tmp_path / "m.json"), limit=len(MODEL)).number_of_inputs == 3
    if os.path.exists("/dev/zero"):
        with pytest.raises(DataFileError, match="character device"):
            read_examples("/dev/zero")
    for limit in (-1, 1.5, "10", None, True):
        with pytest.raises(NeuronPureError, match="limit must be a whole number"):
            files.read_bytes(str(tmp_path / "m.json"), limit=limit)
