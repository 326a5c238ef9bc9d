// The lab page: the controls, and window.neuronPure, which they call too.
// Every number shown comes from neuron_pure running in MicroPython in the
// worker (worker.js, neuron_pure/lab/session.py); this script only places
// the package's texts and draws where the examples sit on the curve.
(function () {
"use strict";

const $ = (id) => document.getElementById(id);
const block = (id) => JSON.parse($(id).textContent);
const SVG = "http://www.w3.org/2000/svg";
const POSITIONS = 1000;             // slider positions
const TRUTH = [[0, 0], [0, 1], [1, 0], [1, 1]];
const POST_LINES = [
  "from numpy import exp, array, random, dot",
  "training_set_inputs = array([[0, 0, 1], [1, 1, 1], [1, 0, 1], [0, 1, 1]])",
  "training_set_outputs = array([[0, 1, 1, 0]]).T",
  "random.seed(1)",
  "synaptic_weights = 2 * random.random((3, 1)) - 1",
  "for iteration in xrange(10000):",
  "    output = 1 / (1 + exp(-(dot(training_set_inputs, synaptic_weights))))",
  "    synaptic_weights += dot(training_set_inputs.T, (training_set_outputs - output) * output * (1 - output))",
  "print 1 / (1 + exp(-(dot(array([1, 0, 0]), synaptic_weights))))",
];

// ---------------------------------------------------------------------------
// The worker, and one lock so that runs never overlap.

let worker = null;
let nextId = 1;
const pending = new Map();
let lock = Promise.resolve();

function exclusive(job) {
  const result = lock.then(job, job);
  lock = result.catch(() => {});
  return result;
}

function call(message, onProgress) {
  return new Promise((resolve, reject) => {
    message.id = nextId++;
    pending.set(message.id, {resolve, reject, onProgress});
    worker.postMessage(message);
  });
}

function answered(event) {
  const answer = event.data;
  const waiting = pending.get(answer.id);
  if (!waiting) {
    return;
  }
  if (answer.progress !== undefined) {
    if (waiting.onProgress) {
      waiting.onProgress(answer.progress);
    }
    return;
  }
  pending.delete(answer.id);
  if (answer.error !== undefined) {
    waiting.reject(new Error(answer.error));
  } else {
    waiting.resolve(answer);
  }
}

async function ask(op, fields) {
  const answer = await call({type: "request", text: JSON.stringify(Object.assign({op}, fields))});
  const result = JSON.parse(answer.text);
  if (result.error !== undefined) {
    throw new Error(result.error);
  }
  return result;
}

// ---------------------------------------------------------------------------
// Settings: the form, the table, the URL.

const state = {
  settings: null,           // of the current run
  run: null,                // the setup answer, plus trained
  table: {header: null, cells: []},
  dataName: null,
  iteration: 0,
  example: 0,
  training: false,
  presets: null,
  selected: null,
};

function cellText(value) {
  return Object.is(value, -0) ? "-0" : String(value);
}

function tableFrom(rows, targets) {
  return rows.map((row, i) => row.concat(Array.isArray(targets[i]) ? targets[i] : [targets[i]])
    .map(cellText));
}

function csvOf(header, cells) {
  const lines = cells.map((row) => row.join(","));
  if (header) {
    lines.unshift(header.join(","));
  }
  return lines.join("\n") + "\n";
}

function normalized(settings) {
  const s = Object.assign({seed: 1, iterations: 10000, learningRate: 1, hidden: [], outputs: 1,
                           bias: false, dataName: null, rows: null, targets: null}, settings);
  s.hidden = Array.isArray(s.hidden) ? s.hidden : hiddenFrom(String(s.hidden));
  return s;
}

function hiddenFrom(text) {
  text = text.trim();
  return text === "" || text === "none" ? [] : text.split(",").map((cell) => Number(cell.trim()));
}

function readForm() {
  const form = $("settings").elements;
  return {
    seed: Number(form.seed.value), iterations: Number(form.iterations.value),
    learningRate: Number(form.learningRate.value), hidden: hiddenFrom(form.hidden.value),
    outputs: Number(form.outputs.value), bias: form.bias.checked,
  };
}

function showForm(s) {
  const form = $("settings").elements;
  form.seed.value = s.seed;
  form.iterations.value = s.iterations;
  form.learningRate.value = String(s.learningRate);
  form.hidden.value = s.hidden.join(",");
  form.outputs.value = s.outputs;
  form.bias.checked = s.bias;
}

// The settings the page's controls hold: the form, and the table as CSV.
function pageSettings() {
  return Object.assign(readForm(), {dataName: state.dataName,
                                    csv: csvOf(state.table.header, state.table.cells)});
}

function checkSettings(s) {
  const problems = [];
  if (!Number.isInteger(s.seed) || s.seed < 0 || s.seed > 4294967295) {
    problems.push("the seed must be a whole number from 0 to 4294967295");
  }
  if (!Number.isInteger(s.iterations) || s.iterations < 0) {
    problems.push("the iterations must be a whole number, 0 or more");
  }
  if (!Number.isInteger(s.outputs) || s.outputs < 1) {
    problems.push("the outputs must be a whole number, 1 or more");
  }
  if (!s.hidden.every((w) => Number.isInteger(w) && w >= 1)) {
    problems.push("hidden layers are widths of 1 or more, separated by commas (4, or 8,4)");
  }
  if (!(s.learningRate > 0) || !Number.isFinite(s.learningRate)) {
    problems.push("the learning rate must be a number above 0");
  }
  if (problems.length) {
    throw new Error(problems.join("; "));
  }
}

function writeHash() {
  const s = state.settings;
  if (!s) {
    return;
  }
  const parts = [["iteration", state.iteration], ["seed", s.seed], ["iterations", s.iterations],
                 ["learningRate", s.learningRate], ["hidden", s.hidden.join(",")],
                 ["outputs", s.outputs], ["bias", s.bias ? 1 : 0]];
  if (s.csv !== null) {
    parts.push(["data", s.csv]);
  }
  if (s.dataName !== null) {
    parts.push(["name", s.dataName]);
  }
  const hash = "#" + parts.map(([k, v]) => k + "=" + encodeURIComponent(v)).join("&");
  history.replaceState(null, "", hash);
}

function readHash() {
  const fields = {};
  for (const part of location.hash.replace(/^#/, "").split("&")) {
    const at = part.indexOf("=");
    if (at > 0) {
      fields[part.slice(0, at)] = decodeURIComponent(part.slice(at + 1));
    }
  }
  return fields;
}

// ---------------------------------------------------------------------------
// The training set as a table.

function renderTable() {
  const table = $("data");
  table.textContent = "";
  const outputs = Math.max(1, Number($("settings").elements.outputs.value) || 1);
  const width = state.table.cells.length ? state.table.cells[0].length : outputs + 1;
  const inputs = width - outputs;
  const head = table.createTHead().insertRow();
  const names = [];
  for (let j = 0; j < width; j++) {
    const given = state.table.header && state.table.header[j];
    names.push(given || (j < inputs ? "input " + (j + 1)
                         : outputs === 1 ? "target" : "target " + (j - inputs + 1)));
    const th = document.createElement("th");
    th.textContent = names[j];
    th.scope = "col";
    head.appendChild(th);
  }
  head.appendChild(Object.assign(document.createElement("th"), {className: "remove"}));
  const body = table.createTBody();
  state.table.cells.forEach((row, i) => {
    const tr = body.insertRow();
    row.forEach((value, j) => {
      const td = tr.insertCell();
      td.className = j >= inputs ? "target" : "";
      const input = document.createElement("input");
      input.value = value;
      input.setAttribute("aria-label", "example " + (i + 1) + ", " + names[j]);
      input.addEventListener("input", () => {
        state.table.cells[i][j] = input.value;
        stale();
      });
      td.appendChild(input);
    });
    const td = tr.insertCell();
    td.className = "remove";
    const remove = document.createElement("button");
    remove.type = "button";
    remove.textContent = "×";
    remove.title = "Remove example " + (i + 1);
    remove.setAttribute("aria-label", "Remove example " + (i + 1));
    remove.addEventListener("click", () => {
      state.table.cells.splice(i, 1);
      renderTable();
      stale();
    });
    td.appendChild(remove);
  });
  $("targets-plural").textContent = outputs === 1 ? "" : "s (the last " + outputs + " columns)";
  $("data-name").textContent = state.dataName === null ? "" : "Loaded from " + state.dataName + ".";
}

function stale() {
  setStatus("Changed: press Train to train on the new settings.");
  $("data-error").hidden = true;
}

function editTable(change) {
  const outputs = Math.max(1, readForm().outputs || 1);
  change(outputs);
  state.table.header = null;
  renderTable();
  stale();
}

// ---------------------------------------------------------------------------
// Training.

function setStatus(text, isError) {
  const status = $("status");
  status.textContent = text;
  status.className = isError ? "error" : "";
}

function setBusy(busy) {
  state.training = busy;
  $("train").disabled = busy;
  $("cancel").hidden = !busy;
  $("progress").hidden = !busy;
}

async function setup(settings) {
  const s = normalized(settings);
  checkSettings(s);
  let csv = s.csv === undefined ? null : s.csv;
  if (s.rows !== null) {
    csv = csvOf(null, tableFrom(s.rows, s.targets));
  }
  s.csv = csv;
  const run = await ask("setup", {settings: {csv, dataName: s.dataName, seed: s.seed,
                                             iterations: s.iterations, learningRate: s.learningRate,
                                             hidden: s.hidden, outputs: s.outputs, bias: s.bias}});
  run.trained = 0;
  state.settings = s;
  state.run = run;
  state.iteration = 0;
  if (state.example >= run.inputs.length) {
    state.example = 0;
  }
  showRun();
  return run;
}

async function trainTo(until) {
  const run = state.run;
  if (until <= run.trained) {
    return run.trained;
  }
  setBusy(true);
  const total = until - run.trained;
  const from = run.trained;
  const started = performance.now();
  const progress = (trained) => {
    $("progress").value = (trained - from) / total;
    $("progress-text").textContent = "iteration " + trained.toLocaleString("en") + " of " +
      until.toLocaleString("en");
  };
  try {
    const answer = await call({type: "advance", from: run.trained, until, chunk: 100}, progress);
    run.trained = answer.trained;
    state.lastTraining = performance.now() - started;
    $("progress-text").textContent = answer.cancelled ? "cancelled at iteration " +
      answer.trained.toLocaleString("en") : "";
    return run.trained;
  } finally {
    setBusy(false);
  }
}

// neuronPure.train and the Train button: set up, train all, select the last.
function train(settings) {
  if (state.training) {
    worker.postMessage({type: "cancel"});
  }
  return exclusive(async () => {
    setStatus("Training…");
    const run = await setup(settings);
    await trainTo(run.goal);
    const model = await ask("model", {});
    setStatus(run.trained < run.goal ? "Cancelled at iteration " +
              run.trained.toLocaleString("en") + " of " + run.goal.toLocaleString("en") + "."
              : describe());
    await select(run.trained);
    return model.model;
  });
}

function describe() {
  const run = state.run;
  const seconds = state.lastTraining === undefined ? "" :
    " in " + (state.lastTraining / 1000).toFixed(2) + " s";
  return "Trained " + run.description + " for " + run.trained.toLocaleString("en") +
    " iterations" + seconds + (state.settings.dataName ? ", on " + state.settings.dataName : "") + ".";
}

async function explain(n) {
  if (!Number.isInteger(n) || n < 1) {
    throw new Error("iteration counts from 1, got " + n);
  }
  return (await ask("explain", {iteration: n})).text;
}

// ---------------------------------------------------------------------------
// One iteration.

function iterationAt(position) {
  const last = state.run ? state.run.trained : 0;
  if (last <= 1) {
    return last;
  }
  if (last <= POSITIONS) {
    return Math.max(1, Math.round(position / POSITIONS * last));
  }
  return Math.max(1, Math.min(last, Math.round(Math.pow(last, position / POSITIONS))));
}

function positionOf(iteration) {
  const last = state.run ? state.run.trained : 0;
  if (last <= 1 || iteration <= 1) {
    return iteration >= last ? POSITIONS : 0;
  }
  if (last <= POSITIONS) {
    return Math.round(iteration / last * POSITIONS);
  }
  return Math.round(Math.log(iteration) / Math.log(last) * POSITIONS);
}

let wanted = null;
let selecting = false;

// Show iteration n (1 to trained; 0 for the starting weights).  While one is
// on its way, only the latest wish is kept.
async function select(n) {
  const run = state.run;
  n = Math.max(run.trained ? 1 : 0, Math.min(run.trained, Math.round(n)));
  state.iteration = n;
  $("iteration-number").textContent = n === 0 ? "0 (not trained)" : n.toLocaleString("en");
  $("slider").value = positionOf(n);
  $("iteration-input").value = n || "";
  writeHash();
  wanted = n;
  if (selecting) {
    return;
  }
  selecting = true;
  try {
    while (wanted !== null) {
      const target = wanted;
      wanted = null;
      if (target === 0) {
        const start = await ask("start", {});
        showStart(start);
      } else {
        showIteration(await ask("select", {iteration: target, example: state.example}), run);
      }
    }
  } catch (error) {
    setStatus(error.message, true);
  } finally {
    selecting = false;
  }
}

function showRun() {
  const run = state.run;
  const select = $("example");
  select.textContent = "";
  run.inputs.forEach((row, i) => {
    const option = document.createElement("option");
    option.value = i;
    option.textContent = (i + 1) + ": inputs [" + row.join(", ") + "] → target " +
      run.targets[i];
    select.appendChild(option);
  });
  select.value = state.example;
  $("slider").max = POSITIONS;
}

function showStart(start) {
  $("network").innerHTML = start.svg;
  $("explanation").textContent = "Press Train, or Step, to train and see each iteration's numbers.";
  $("curve").textContent = "";
  $("loop-code").textContent = state.run.source;
  $("post-code").textContent = POST_LINES.join("\n");
  $("weights").textContent = "";
}

function showIteration(chosen, run) {
  if (run !== state.run) {
    return;
  }
  state.selected = chosen;
  $("explanation").textContent = chosen.text;
  $("network").innerHTML = chosen.svg;
  $("curve").textContent = "";
  $("curve").appendChild(curve(chosen, run));
  showLoop(chosen, run);
  showPostLines(chosen, run);
  showWeights(chosen, run);
}

function line(pre, text, values) {
  const span = document.createElement("span");
  span.className = text.trim().startsWith("#") ? "line comment" : "line";
  span.textContent = text;
  pre.appendChild(span);
  if (values) {
    const shown = document.createElement("span");
    shown.className = "values";
    shown.textContent = text.slice(0, text.length - text.trimStart().length) + "  ↳ " + values;
    pre.appendChild(shown);
  }
}

function pairs(values) {
  return values.map(([name, value]) => name + " = " + value).join(", ");
}

function showLoop(chosen, run) {
  const pre = $("loop-code");
  pre.textContent = "";
  const values = new Map(chosen.lines.map(([number, v]) => [number, v]));
  run.source.replace(/\n$/, "").split("\n").forEach((text, number) => {
    line(pre, text, values.has(number) ? pairs(values.get(number)) : null);
  });
}

function showPostLines(chosen, run) {
  const pre = $("post-code");
  pre.textContent = "";
  const single = run.shape.length === 1 && run.shape[0][1] === 1;
  const i = state.example;
  const values = single ? [
    null,
    "inputs " + JSON.stringify(run.inputs).replace(/"/g, ""),
    "targets [" + run.targets.join(", ") + "]",
    "this run's seed: " + state.settings.seed,
    "starting weights [" + run.parameters.join(", ") + "]",
    "iteration = " + (chosen.iteration - 1) + " (the " + ordinal(chosen.iteration) + ")",
    "output of example " + (i + 1) + " = " + chosen.outputTexts[i] + " (all: " +
      chosen.outputTexts.join(", ") + ")",
    "new weights [" + chosen.after.join(", ") + "]",
    null,
  ] : [];
  POST_LINES.forEach((text, k) => line(pre, text, values[k] || null));
  if (!single) {
    line(pre, "", "this run has layers: the loop beside it is the one that runs");
  } else if (run.shape[0][2]) {
    line(pre, "", "with a bias: the last weight, on an input that is always 1");
  }
}

function ordinal(n) {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : ["th", "st", "nd", "rd"][n % 10] || "th";
  return n.toLocaleString("en") + suffix;
}

function showWeights(chosen, run) {
  const table = $("weights");
  table.textContent = "";
  const first = chosen.lines.length ? chosen.lines[0][1].map(([name]) => name) : [];
  const head = table.createTHead().insertRow();
  for (const title of ["weight (as the loop names it)", "before iteration " + chosen.iteration,
                       "after"]) {
    head.appendChild(Object.assign(document.createElement("th"), {textContent: title}));
  }
  const body = table.createTBody();
  chosen.before.forEach((value, k) => {
    const row = body.insertRow();
    [first[k] || String(k + 1), value, chosen.after[k]].forEach((text, column) => {
      const cell = row.insertCell();
      cell.textContent = text;
      if (column > 0) {
        cell.className = text.startsWith("-") ? "negative" : "positive";
      }
    });
  });
}

// Where the examples sit on the last layer's sigmoid: positions from the
// package's weighted sums, labels its texts.
function curve(chosen, run) {
  const width = 560, height = 330, left = 56, right = 20, top = 20, bottom = 48;
  const sums = chosen.sums;
  const reach = Math.max(6, ...sums.map((s) => Math.ceil(Math.abs(s))));
  const x = (s) => left + (s + reach) / (2 * reach) * (width - left - right);
  const y = (o) => top + (1 - o) * (height - top - bottom);
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("xmlns", SVG);
  svg.setAttribute("viewBox", "0 0 " + width + " " + height);
  svg.setAttribute("font-family", "Helvetica, Arial, sans-serif");
  svg.setAttribute("role", "img");
  const add = (name, attributes, text) => {
    const element = document.createElementNS(SVG, name);
    for (const [k, v] of Object.entries(attributes)) {
      element.setAttribute(k, v);
    }
    if (text !== undefined) {
      element.textContent = text;
    }
    svg.appendChild(element);
    return element;
  };
  add("title", {}, "Examples on the sigmoid curve before iteration " + chosen.iteration);
  add("rect", {width, height, fill: "white"});
  add("line", {x1: left, y1: y(0), x2: width - right, y2: y(0), stroke: "#888"});
  add("line", {x1: x(0), y1: top, x2: x(0), y2: y(0), stroke: "#bbb", "stroke-dasharray": "4 4"});
  for (const o of [0, 0.5, 1]) {
    add("text", {x: left - 8, y: y(o) + 5, "text-anchor": "end", "font-size": 14}, String(o));
    add("line", {x1: left, y1: y(o), x2: width - right, y2: y(o), stroke: "#eee"});
  }
  for (const s of [-reach, 0, reach]) {
    add("text", {x: x(s), y: y(0) + 20, "text-anchor": "middle", "font-size": 14}, String(s));
  }
  add("text", {x: (left + width - right) / 2, y: height - 6, "text-anchor": "middle",
               "font-size": 14, fill: "#555"}, "weighted sum of the output neuron");
  let path = "";
  for (let k = 0; k <= 200; k++) {
    const s = -reach + 2 * reach * k / 200;
    path += (k ? " L " : "M ") + x(s).toFixed(1) + " " + y(1 / (1 + Math.exp(-s))).toFixed(1);
  }
  add("path", {d: path, fill: "none", stroke: "#333", "stroke-width": 2});
  // Labels stacked so that examples with the same sum stay readable.
  const placed = [];
  sums.forEach((s, i) => {
    const target = Number(run.targets[i].split ? run.targets[i] : run.targets[i][0]);
    const output = 1 / (1 + Math.exp(-s));
    const cx = x(s), cy = y(output);
    const dot = add("circle", {cx, cy, r: 7, fill: target >= 0.5 ? "#1b7837" : "white",
                               stroke: target >= 0.5 ? "#1b7837" : "#762a83", "stroke-width": 2.5});
    dot.appendChild(Object.assign(document.createElementNS(SVG, "title"), {
      textContent: "example " + (i + 1) + ": weighted sum " + chosen.sumTexts[i] + ", output " +
        chosen.outputTexts[i] + ", target " + run.targets[i]}));
    // Off the curve: up and to the left of the dot (the curve runs from the
    // lower left to the upper right), or below and to the right where the
    // curve is flat at the top; stacked where examples sit close together.
    const high = output > 0.8;
    const lx = high ? cx + 12 : cx - 12;
    let ly = high ? cy + 22 : cy - 10;
    while (placed.some(([px, py]) => Math.abs(px - lx) < 22 && Math.abs(py - ly) < 15)) {
      ly += high ? 15 : -15;
    }
    placed.push([lx, ly]);
    add("text", {x: lx, y: ly, "text-anchor": high ? "start" : "end", "font-size": 14,
                 "font-weight": i === state.example ? "bold" : "normal",
                 fill: target >= 0.5 ? "#1b7837" : "#762a83"}, String(i + 1));
  });
  return svg;
}

// ---------------------------------------------------------------------------
// Play, keys, files.

let playing = null;

function play() {
  if (playing) {
    stop();
    return;
  }
  $("play").textContent = "⏸ Pause";
  $("play").setAttribute("aria-label", "Pause");
  let position = Number($("slider").value);
  if (state.iteration >= state.run.trained) {
    position = 0;
  }
  playing = setInterval(() => {
    if (selecting) {
      return;
    }
    position += 4;
    if (position >= POSITIONS) {
      select(state.run.trained);
      stop();
      return;
    }
    select(iterationAt(position));
  }, 60);
}

function stop() {
  clearInterval(playing);
  playing = null;
  $("play").textContent = "▶ Play";
  $("play").setAttribute("aria-label", "Play");
}

function step(by) {
  if (!state.run) {
    return;
  }
  const target = state.iteration + by;
  if (target > state.run.trained) {
    exclusive(async () => {
      await trainTo(target);
      setStatus(describe());
      await select(target);
    }).catch((error) => setStatus(error.message, true));
  } else {
    select(target);
  }
}

function download(name, type, text) {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([text], {type}));
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

function readFile(input) {
  return new Promise((resolve, reject) => {
    const file = input.files[0];
    if (!file) {
      reject(new Error("no file chosen"));
      return;
    }
    const reader = new FileReader();
    reader.onload = () => resolve([file.name, reader.result]);
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}

async function useCsv(text, name) {
  const outputs = Math.max(1, readForm().outputs || 1);
  try {
    const read = await ask("read", {csv: text, name, outputs});
    state.table = {header: read.header, cells: read.rows.map((row, i) => row.concat(read.targets[i]))};
    state.dataName = name;
    renderTable();
    stale();
  } catch (error) {
    $("data-error").textContent = error.message;
    $("data-error").hidden = false;
  }
}

function usePreset(name) {
  const p = state.presets;
  const presets = {
    post: {rows: p.post.rows, targets: p.post.targets, seed: 1, iterations: 10000, hidden: [],
           bias: false},
    sequel: {rows: p.sequel.rows, targets: p.sequel.targets, seed: 1, iterations: 60000,
             hidden: [4], bias: false},
    xor: {rows: TRUTH, targets: [0, 1, 1, 0], seed: 1, iterations: 10000, hidden: [4], bias: true},
    and: {rows: TRUTH, targets: [0, 0, 0, 1], seed: 1, iterations: 10000, hidden: [], bias: true},
    or: {rows: TRUTH, targets: [0, 1, 1, 1], seed: 1, iterations: 10000, hidden: [], bias: true},
  }[name];
  const s = normalized(Object.assign({learningRate: 1, outputs: 1}, presets));
  loadSettings(s);
  return pressTrain();
}

function loadSettings(s) {
  showForm(s);
  state.dataName = s.dataName;
  if (s.rows !== null) {
    state.table = {header: null, cells: tableFrom(s.rows, s.targets)};
  }
  renderTable();
}

function pressTrain() {
  $("data-error").hidden = true;
  let settings;
  try {
    settings = pageSettings();
    checkSettings(normalized(settings));
  } catch (error) {
    setStatus(error.message, true);
    return Promise.resolve();
  }
  return train(settings).catch((error) => {
    setStatus(error.message, true);
    $("data-error").textContent = error.message;
    $("data-error").hidden = false;
  });
}

function wire() {
  document.querySelectorAll("[data-preset]").forEach((button) =>
    button.addEventListener("click", () => usePreset(button.dataset.preset)));
  $("train").addEventListener("click", pressTrain);
  $("cancel").addEventListener("click", () => worker.postMessage({type: "cancel"}));
  $("reset").addEventListener("click", () => exclusive(async () => {
    await setup(pageSettings());
    setStatus("Reset: the starting weights. Step or Train.");
    await select(0);
  }).catch((error) => setStatus(error.message, true)));
  $("settings").addEventListener("input", (event) => {
    if (event.target.name === "outputs") {
      renderTable();
    }
    stale();
  });
  $("settings").addEventListener("submit", (event) => {
    event.preventDefault();
    pressTrain();
  });
  $("add-row").addEventListener("click", () => editTable((outputs) => {
    const width = state.table.cells.length ? state.table.cells[0].length : outputs + 1;
    state.table.cells.push(new Array(width).fill("0"));
  }));
  $("add-column").addEventListener("click", () => editTable((outputs) => {
    for (const row of state.table.cells) {
      row.splice(row.length - outputs, 0, "0");
    }
  }));
  $("remove-column").addEventListener("click", () => editTable((outputs) => {
    for (const row of state.table.cells) {
      if (row.length > outputs + 1) {
        row.splice(row.length - outputs - 1, 1);
      }
    }
  }));
  $("load-csv").addEventListener("change", async (event) => {
    const [name, text] = await readFile(event.target);
    event.target.value = "";
    await useCsv(text, name);
  });
  $("use-csv").addEventListener("click", () => useCsv($("csv-text").value, null));
  $("slider").addEventListener("input", () => state.run && select(iterationAt(Number($("slider").value))));
  $("iteration-input").addEventListener("change", () => {
    const n = Number($("iteration-input").value);
    if (Number.isInteger(n) && n >= 1) {
      step(n - state.iteration);
    }
  });
  $("play").addEventListener("click", play);
  $("step").addEventListener("click", () => step(1));
  $("back").addEventListener("click", () => step(-1));
  $("first").addEventListener("click", () => select(1));
  $("last").addEventListener("click", () => select(state.run.trained));
  $("example").addEventListener("change", () => {
    state.example = Number($("example").value);
    select(state.iteration);
  });
  document.addEventListener("keydown", (event) => {
    const tag = event.target.tagName;
    if (!state.run || event.altKey || event.ctrlKey || event.metaKey ||
        ((tag === "INPUT" && event.target.type !== "range") || tag === "TEXTAREA" || tag === "SELECT")) {
      return;
    }
    const moves = {ArrowRight: 1, ArrowLeft: -1, PageDown: 10, PageUp: -10};
    if (event.key in moves) {
      step(moves[event.key]);
    } else if (event.key === "Home") {
      select(1);
    } else if (event.key === "End") {
      select(state.run.trained);
    } else {
      return;
    }
    event.preventDefault();
  });
  $("save-model").addEventListener("click", async () =>
    download("model.json", "application/json", (await ask("model", {})).model));
  $("save-csv").addEventListener("click", () =>
    download(state.dataName || "data.csv", "text/csv", state.settings.csv ||
             csvOf(null, tableFrom(state.presets.post.rows, state.presets.post.targets))));
  $("save-network").addEventListener("click", () =>
    download("network.svg", "image/svg+xml", $("network").innerHTML));
  $("save-curve").addEventListener("click", () =>
    download("sigmoid.svg", "image/svg+xml", $("curve").innerHTML));
  $("load-model").addEventListener("change", async (event) => {
    $("model-error").hidden = true;
    try {
      const [name, text] = await readFile(event.target);
      event.target.value = "";
      const rows = state.run ? state.run.inputs.map((row) => row.map(Number)) : null;
      const thought = await ask("think", {model: text, name, rows});
      $("model-view").hidden = false;
      $("model-name").textContent = "(" + name + ": " + thought.description + ")";
      $("model-network").innerHTML = thought.svg;
      $("model-outputs").textContent = (thought.outputs || []).map((row, i) =>
        "example " + (i + 1) + " [" + state.run.inputs[i].join(", ") + "] → " + row.join(", "))
        .join("\n");
    } catch (error) {
      $("model-error").textContent = error.message;
      $("model-error").hidden = false;
    }
  });
}

// ---------------------------------------------------------------------------
// Start: the worker from a Blob URL, MicroPython in it, then the first run.

function start() {
  const workerSource = block("lab-worker");
  const url = URL.createObjectURL(new Blob([workerSource], {type: "text/javascript"}));
  worker = new Worker(url);
  worker.onmessage = answered;
  worker.onerror = (event) => setStatus("The worker failed: " + event.message, true);
  const ready = call({type: "init", micropython: block("lab-micropython"),
                      files: block("lab-files")}).then(async () => {
    URL.revokeObjectURL(url);
    state.presets = await ask("presets", {});
    setStatus("MicroPython is running neuron_pure.");
  });
  const initial = normalized(block("lab-settings"));
  const hash = readHash();
  for (const key of ["seed", "iterations", "learningRate", "outputs"]) {
    if (hash[key] !== undefined) {
      initial[key] = Number(hash[key]);
    }
  }
  if (hash.hidden !== undefined) {
    initial.hidden = hiddenFrom(hash.hidden);
  }
  if (hash.bias !== undefined) {
    initial.bias = hash.bias === "1";
  }
  if (hash.name !== undefined) {
    initial.dataName = hash.name;
  }
  wire();
  window.neuronPure = {
    ready,
    train: (settings) => ready.then(() => train(settings)),
    explain: (n) => ready.then(() => exclusive(() => explain(n))),
  };
  ready.then(async () => {
    if (initial.rows === null && hash.data === undefined) {
      initial.rows = state.presets.post.rows;
      initial.targets = state.presets.post.targets;
    }
    loadSettings(initial);
    if (hash.data !== undefined) {
      await useCsv(hash.data, initial.dataName);
    }
    await pressTrain();
    const wantedIteration = Number(hash.iteration);
    if (Number.isInteger(wantedIteration) && wantedIteration >= 1) {
      await select(wantedIteration);
    }
  }).catch((error) => setStatus(error.message, true));
  ready.catch((error) => setStatus("MicroPython did not start: " + error.message, true));
}

start();
})();
