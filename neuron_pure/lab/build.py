"""Build the lab page: one HTML file that carries MicroPython, the package and
the page, and trains live when it is opened from disk.

``lab_html()`` returns the page's text.  It inlines, and reads at build time:

* MicroPython's WebAssembly build (``micropython.wasm.gz``,
  ``micropython.mjs.gz``: gzip, as base64; the page unpacks them with
  ``DecompressionStream('gzip')``), with its MIT licence;
* the package's core modules as they are, the files a board gets
  (``board.core_modules()``), and ``lab/session.py``, which answers the page;
* the page itself: ``lab.html`` (the skeleton), ``lab.css``, ``lab.js`` and
  ``worker.js``.

The run the page opens on (the post's by default) is data: it goes into a
``<script type="application/json">`` block, escaped, and never into the
page's HTML or code, so a file named ``</script>.csv`` or ``{{LAST}}.csv``
shows as it is.  Nothing is computed per iteration here: the page trains.

>>> page = lab_html(seed=2, data_name="{{LAST}}.csv")
>>> page.startswith("<!DOCTYPE html>") and '"dataName": "{{LAST}}.csv"' in page
True
>>> len(page) < MAXIMUM_BYTES
True
"""

import base64
import json
import os
import re

__all__ = []        # the page command's builder: it checks, this trusts

HERE = os.path.dirname(os.path.abspath(__file__))
PACKAGE_DIR = os.path.dirname(HERE)
MAXIMUM_BYTES = 3 * 1024 * 1024     # one file, to mail or to open on a projector
# The lab's own modules the worker imports, beside the core.
LAB_MODULES = ("__init__.py", "session.py")
BLOCK = re.compile(r"<!-- lab:([a-z_]+) -->")


def _read(name, mode="r"):
    with open(os.path.join(HERE, name), mode) as handle:
        return handle.read() if mode == "rb" else handle.read().replace("\r\n", "\n")


def _json_block(value):
    """JSON that is safe inside ``<script>``: ``<``, ``>`` and ``&`` as
    ``\\u003c`` and so on, so no text can close the element."""
    text = json.dumps(value, indent=None, sort_keys=True, ensure_ascii=False)
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _package_files():
    """``{path in MicroPython's file system: text}``: the core modules as a
    board gets them, and the lab's session."""
    from neuron_pure.board import core_modules
    files = {}
    for name in sorted(core_modules(PACKAGE_DIR)):
        with open(os.path.join(PACKAGE_DIR, name), encoding="utf-8") as handle:
            files["neuron_pure/" + name] = handle.read()
    for name in LAB_MODULES:
        files["neuron_pure/lab/" + name] = _read(name)
    return files


def _plain(rows):
    """``rows`` (numbers, or lists of them) as lists, for JSON."""
    return [list(row) if isinstance(row, (list, tuple)) else row for row in rows]


def settings(inputs=None, targets=None, seed=1, iterations=10000, learning_rate=1.0, bias=False,
             hidden=(), outputs=1, data_name=None):
    """The page's settings, as the page and its ``neuronPure.train`` read
    them: ``rows`` and ``targets`` null for the post's four examples.
    Trusts its caller, the ``page`` command, which checked every value."""
    return {"rows": None if inputs is None else _plain(inputs),
            "targets": None if targets is None else _plain(targets),
            "seed": int(seed), "iterations": int(iterations),
            "learningRate": float(learning_rate), "bias": bool(bias),
            "hidden": [int(width) for width in hidden], "outputs": int(outputs),
            "dataName": data_name}


def lab_html(inputs=None, targets=None, seed=1, iterations=10000, learning_rate=1.0, bias=False,
             hidden=(), outputs=1, data_name=None):
    """The lab page (text), opening on this run: ``inputs`` and ``targets``
    (``None``: the post's four examples), the network and training options
    of ``train`` (``hidden`` a list of widths), and ``data_name``, the data
    file's name as ``explain`` titles it (``None``: no file).  The values are
    the command line's, already checked there; the page checks them again
    when it trains, through the package."""
    initial = settings(inputs, targets, seed, iterations, learning_rate, bias, hidden, outputs,
                       data_name)
    vendored = json.loads(_read("micropython.json"))
    blocks = {
        "css": _read("lab.css"),
        "settings": _json_block(initial),
        "files": _json_block(_package_files()),
        "worker": _json_block(_read("worker.js")),
        "micropython": _json_block({
            "version": vendored["version"], "package": vendored["package"],
            "mjs": base64.b64encode(_read("micropython.mjs.gz", "rb")).decode("ascii"),
            "wasm": base64.b64encode(_read("micropython.wasm.gz", "rb")).decode("ascii")}),
        "license": _escape(_read("MICROPYTHON-LICENSE.txt")),
        "version": _escape(vendored["version"]),
        "script": _read("lab.js"),
    }
    for name in ("css", "script"):
        if re.search(r"</(style|script)", blocks[name], re.IGNORECASE):
            raise ValueError("lab.%s must not close its element" % name[:3])
    # One pass over the skeleton, which holds no user text: a value put in
    # place is never searched for markers again.
    page = BLOCK.sub(lambda match: blocks[match.group(1)], _read("lab.html"))
    if len(page.encode("utf-8")) > MAXIMUM_BYTES:
        raise ValueError("the page would be %d bytes, more than %d" % (len(page), MAXIMUM_BYTES))
    return page


def _escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
