// Run a Python file under CPython 3.14 compiled to WebAssembly (Pyodide),
// loaded from node_modules: no network.  neuron_pure's files are copied into
// Pyodide's in-memory file system as they are.
//
//   node tests/pyodide/run.mjs PACKAGE_DIR SCRIPT.py [ARGUMENT ...]
//   node tests/pyodide/run.mjs --checkout ROOT WHEELS_DIR SCRIPT.py [ARGUMENT ...]
//
// The script runs as __main__ from /work, with /work on sys.path, the package
// in /work/neuron_pure and sys.argv = [SCRIPT, ARGUMENT ...].  With
// --checkout, the whole checkout ROOT is copied to /work (but hidden
// folders and node_modules) and every wheel in WHEELS_DIR is unpacked into
// site-packages (pure-Python wheels downloaded by pip on the host), so that
// the script can run pytest.
//
// Prints what the script prints; exits with its exit status.
import { loadPyodide } from "pyodide";
import fs from "node:fs";
import path from "node:path";

const args = process.argv.slice(2);
let checkout = null;
let wheelsDir = null;
if (args[0] === "--checkout") {
  [checkout, wheelsDir] = args.slice(1, 3);
  args.splice(0, 3);
}
const [packageDir, script, ...scriptArgs] = checkout
  ? [path.join(checkout, "neuron_pure"), ...args] : args;
const pyodide = await loadPyodide({
  stdout: (line) => process.stdout.write(line + "\n"),
  stderr: (line) => process.stderr.write(line + "\n"),
});

function copyTree(from, to) {
  pyodide.FS.mkdirTree(to);
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    if (["node_modules", "__pycache__", "build", "dist"].includes(entry.name) ||
        entry.name.startsWith(".") || entry.name.endsWith(".egg-info")) {
      continue;
    }
    const source = path.join(from, entry.name);
    if (entry.isDirectory()) {
      copyTree(source, to + "/" + entry.name);
    } else if (entry.isFile()) {
      pyodide.FS.writeFile(to + "/" + entry.name, fs.readFileSync(source));
    }
  }
}

if (checkout) {
  copyTree(checkout, "/work");
  pyodide.FS.mkdirTree("/wheels");
  for (const name of fs.readdirSync(wheelsDir)) {
    if (name.endsWith(".whl")) {
      pyodide.FS.writeFile("/wheels/" + name, fs.readFileSync(path.join(wheelsDir, name)));
    }
  }
} else {
  copyTree(packageDir, "/work/neuron_pure");
}
pyodide.FS.writeFile("/work/__script__.py", fs.readFileSync(script));
pyodide.globals.set("script_arguments", pyodide.toPy([script, ...scriptArgs]));
const status = await pyodide.runPythonAsync(`
import os, runpy, site, sys, zipfile
for name in sorted(os.listdir("/wheels")) if os.path.isdir("/wheels") else []:
    zipfile.ZipFile("/wheels/" + name).extractall(site.getsitepackages()[0])
os.chdir("/work")
sys.path.insert(0, "/work")
sys.argv = list(script_arguments)
status = 0
try:
    runpy.run_path("/work/__script__.py", run_name="__main__")
except SystemExit as exit:
    status = exit.code if isinstance(exit.code, int) else (0 if exit.code is None else 1)
status
`);
process.exit(status);
