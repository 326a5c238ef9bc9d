"""Refresh the MicroPython WebAssembly build that the lab page carries.

    python3 tests/micropython/vendor.py [SOURCE]

SOURCE is the npm package @micropython/micropython-webassembly-pyscript,
either its tarball (``npm pack @micropython/micropython-webassembly-pyscript@1.27.0``
writes ``micropython-micropython-webassembly-pyscript-1.27.0.tgz``) or an
installed copy (default: tests/micropython/node_modules/@micropython/
micropython-webassembly-pyscript, which ``npm install`` in tests/micropython
puts there).  It writes, in neuron_pure/lab/:

* ``micropython.mjs.gz`` and ``micropython.wasm.gz``: the package's two files,
  gzip-compressed (level 9, no time stamp, so the same input gives the same
  bytes);
* ``micropython.json``: the package's name and version, and each file's size
  and SHA-256 before compression, which the page's licence note and
  tests/test_lab.py read.

The licence text beside them (``MICROPYTHON-LICENSE.txt``) is MicroPython's
LICENSE and is not rewritten here.  tests/test_lab.py checks that the
vendored files equal the installed npm package's whenever node_modules is
present.
"""

import gzip
import hashlib
import io
import json
import os
import sys
import tarfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
LAB = os.path.join(ROOT, "neuron_pure", "lab")
NPM_NAME = "@micropython/micropython-webassembly-pyscript"
INSTALLED = os.path.join(HERE, "node_modules", "@micropython", "micropython-webassembly-pyscript")
FILES = ("micropython.mjs", "micropython.wasm")


def read_package(source):
    """``{file name: bytes}`` of package.json and FILES, from a tarball or a folder."""
    names = ("package.json",) + FILES
    if os.path.isdir(source):
        contents = {}
        for name in names:
            with open(os.path.join(source, name), "rb") as handle:
                contents[name] = handle.read()
        return contents
    with tarfile.open(source, "r:gz") as tarball:     # npm packs its files under package/
        return {name: tarball.extractfile("package/" + name).read() for name in names}


def vendor(source=INSTALLED, destination=LAB):
    """Write the compressed files and micropython.json; returns the json's dict."""
    contents = read_package(source)
    package = json.loads(contents["package.json"].decode("utf-8"))
    if package.get("name") != NPM_NAME:
        raise SystemExit("%s is %r, not %s" % (source, package.get("name"), NPM_NAME))
    record = {"package": NPM_NAME, "version": package["version"],
              "license": package.get("license"), "files": {}}
    for name in FILES:
        data = contents[name]
        buffer = io.BytesIO()
        with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=buffer,
                           mtime=0) as packed:
            packed.write(data)
        with open(os.path.join(destination, name + ".gz"), "wb") as handle:
            handle.write(buffer.getvalue())
        record["files"][name] = {"bytes": len(data), "gzip_bytes": len(buffer.getvalue()),
                                 "sha256": hashlib.sha256(data).hexdigest()}
    with open(os.path.join(destination, "micropython.json"), "w", encoding="utf-8") as handle:
        handle.write(json.dumps(record, indent=2, sort_keys=True) + "\n")
    return record


if __name__ == "__main__":
    print(json.dumps(vendor(*sys.argv[1:2]), indent=2, sort_keys=True))
