// Run Python files under MicroPython (WebAssembly build), with a folder of
// neuron_pure's files copied into MicroPython's in-memory file system as they
// are (.py or .mpy; the command line, cli.py and __main__.py, is left out).
//
//   node tests/micropython/run.mjs [--version 1.27|1.29] PACKAGE_DIR SCRIPT.py [FILE ...]
//
// PACKAGE_DIR's files land in /pkg/neuron_pure, which is on sys.path; any
// further FILE lands in /pkg (a model file, say), and the script runs from /pkg.
// A line "#--- next runPython call ---" in the script splits it into
// separate runPython calls: MicroPython frees memory only between calls,
// so the memory tests measure across them.
//
// Prints what the script prints; exits 1 if it raised.
import fs from "node:fs";
import path from "node:path";

const PACKAGES = {
  "1.27": "@micropython/micropython-webassembly-pyscript",
  "1.29": "micropython-1.29",
};
const args = process.argv.slice(2);
let version = "1.27";
if (args[0] === "--version") {
  version = args[1];
  args.splice(0, 2);
}
if (!(version in PACKAGES)) {
  process.stderr.write("unknown MicroPython version " + version + "\n");
  process.exit(2);
}
const { loadMicroPython } = await import(PACKAGES[version]);
const [packageDir, script, ...extraFiles] = args;
const output = [];
const mp = await loadMicroPython({
  stdout: (line) => output.push(line),
  stderr: (line) => output.push(line),
});
const commandLine = new Set(["cli.py", "__main__.py"]);
mp.FS.mkdirTree("/pkg/neuron_pure");
for (const name of fs.readdirSync(packageDir)) {
  if ((name.endsWith(".py") || name.endsWith(".mpy")) && !commandLine.has(name)) {
    mp.FS.writeFile("/pkg/neuron_pure/" + name, fs.readFileSync(path.join(packageDir, name)));
  }
}
for (const file of extraFiles) {
  mp.FS.writeFile("/pkg/" + path.basename(file), fs.readFileSync(file));
}
let failed = false;
try {
  mp.runPython("import sys, os\nsys.path.insert(0, '/pkg')\nos.chdir('/pkg')\ndel sys, os");
  for (const part of fs.readFileSync(script, "utf8").split("#--- next runPython call ---")) {
    // (an empty part, after a marker at the end, crashes MicroPython's
    // WebAssembly build with "memory access out of bounds")
    if (part.trim() !== "") {
      mp.runPython(part);
    }
  }
} catch (error) {
  output.push(String(error.message || error));
  failed = true;
}
process.stdout.write(output.join("\n") + "\n");
process.exit(failed ? 1 : 0);
