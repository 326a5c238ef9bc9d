// Run a Python file under MicroPython (WebAssembly build), with the core of
// neuron_pure copied into MicroPython's in-memory file system as it is.
//
//   node tests/micropython/run.mjs PACKAGE_DIR SCRIPT.py
//
// Prints what the script prints; exits 1 if it raised.
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";
import fs from "node:fs";
import path from "node:path";

const [packageDir, script] = process.argv.slice(2);
const output = [];
const mp = await loadMicroPython({
  stdout: (line) => output.push(line),
  stderr: (line) => output.push(line),
});
// The command line needs argparse; everything else is the core.
const commandLine = new Set(["cli.py", "__main__.py"]);
mp.FS.mkdirTree("/pkg/neuron_pure");
for (const name of fs.readdirSync(packageDir)) {
  if (name.endsWith(".py") && !commandLine.has(name)) {
    mp.FS.writeFile("/pkg/neuron_pure/" + name, fs.readFileSync(path.join(packageDir, name)));
  }
}
let failed = false;
try {
  mp.runPython("import sys\nsys.path.insert(0, '/pkg')\n" + fs.readFileSync(script, "utf8"));
} catch (error) {
  output.push(String(error.message || error));
  failed = true;
}
process.stdout.write(output.join("\n") + "\n");
process.exit(failed ? 1 : 0);
