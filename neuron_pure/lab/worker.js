// The lab's worker: MicroPython's WebAssembly build running neuron_pure, so
// the page never freezes while it trains.  A classic worker, started from a
// Blob URL (a module worker from a Blob fails from file://): MicroPython's
// .mjs is an ES module, so its two exports become a global here, and its
// import.meta.url the worker's own address.
//
// Messages from the page: {type: "init", micropython, files}; {type:
// "request", id, text} (a JSON request for neuron_pure.lab.session); {type:
// "advance", id, until, chunk} (train to `until` iterations in requests of
// `chunk`, reporting progress); {type: "cancel"}.  Answers carry the id.
"use strict";

let lab = null;             // neuron_pure.lab.session.Session().request
let cancelled = false;

async function gunzip(base64) {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function loadModule(text) {
  const exports = [
    ["export default _createMicroPythonModule;", ""],
    ["export async function loadMicroPython(", "async function loadMicroPython("],
  ];
  for (const [from, to] of exports) {
    if (text.split(from).length !== 2) {
      throw new Error("micropython.mjs has changed: expected one '" + from + "'");
    }
    text = text.replace(from, to);
  }
  text = text.split("import.meta.url").join("self.location.href");
  // An async function, since the module's Node-only branch awaits at its top
  // level; its function declarations are hoisted, so the global is set first.
  const source = "(async function () { self.loadMicroPython = loadMicroPython;\n" + text + "\n})();";
  const url = URL.createObjectURL(new Blob([source], {type: "text/javascript"}));
  importScripts(url);
  URL.revokeObjectURL(url);
}

async function init(message) {
  const [mjs, wasm] = await Promise.all([gunzip(message.micropython.mjs),
                                         gunzip(message.micropython.wasm)]);
  loadModule(new TextDecoder().decode(mjs));
  const wasmUrl = URL.createObjectURL(new Blob([wasm], {type: "application/wasm"}));
  const printed = [];
  const mp = await self.loadMicroPython({
    url: wasmUrl, heapsize: 8 * 1024 * 1024,
    stdout: (line) => printed.push(line), stderr: (line) => printed.push(line),
  });
  URL.revokeObjectURL(wasmUrl);
  for (const [path, text] of Object.entries(message.files)) {
    mp.FS.mkdirTree("/lib/" + path.slice(0, path.lastIndexOf("/")));
    mp.FS.writeFile("/lib/" + path, text);
  }
  mp.runPython("import sys\nsys.path.insert(0, '/lib')\n" +
               "from neuron_pure.lab.session import Session\n_lab = Session()\n");
  const session = mp.globals.get("_lab");
  lab = (text) => session.request(text);
}

// Let the page's messages (a cancel) in between chunks, without the 4 ms a
// nested setTimeout costs.
function pause() {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

async function advance(message) {
  cancelled = false;
  let trained = message.from;
  let chunk = message.chunk;
  let shown = performance.now();
  while (trained < message.until) {
    const started = performance.now();
    const answer = JSON.parse(lab(JSON.stringify(
      {op: "advance", count: Math.min(chunk, message.until - trained)})));
    if (answer.error !== undefined) {
      return answer;
    }
    trained = answer.trained;
    if (performance.now() - started < 50) {
      chunk *= 2;
    }
    if (performance.now() - shown > 100) {
      postMessage({id: message.id, progress: trained});
      shown = performance.now();
      await pause();
      if (cancelled) {
        return {trained: trained, cancelled: true};
      }
    }
  }
  return {trained: trained};
}

self.onmessage = async (event) => {
  const message = event.data;
  if (message.type === "cancel") {
    cancelled = true;
    return;
  }
  let answer;
  try {
    if (message.type === "init") {
      await init(message);
      answer = {ready: true};
    } else if (message.type === "request") {
      answer = {text: lab(message.text)};
    } else if (message.type === "advance") {
      answer = await advance(message);
    }
  } catch (error) {
    answer = {error: String(error && error.message || error)};
  }
  answer.id = message.id;
  postMessage(answer);
};
