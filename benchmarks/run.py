"""Benchmarks: neuron_pure against the post's own numpy program.

    python3 benchmarks/run.py            # all of it, about a minute
    python3 benchmarks/run.py --quick    # fewer repeats

Prints Markdown tables (the README's come from here). numpy is optional (the
``bench`` extra): without it, only our own figures are printed. Everything is
measured, nothing asserted: timing belongs here, never in the tests.

1. Training the post's problem (seed 1, 10,000 iterations, 4 examples x 3
   inputs) in this process: ours and the post's numpy code, alternating, best
   of several repeats, the trained weights checked equal.
2. The same training under PyPy (``pypy3``, if installed), against numpy on
   this interpreter.
3. The sequel's two-layer network (60,000 iterations): ours against its numpy
   program's training, in this process and ours under PyPy; and the set-up
   cost of a ``train`` call (checks, examples, the compiled loop from its
   cache) on the post's set and on a 256 x 3 set.
4. The whole process: ``python3 -m neuron_pure`` against the post's program
   run as a script (same interpreter, same transcript, checked), and a bare
   interpreter; wall time (best of several) and peak memory (max RSS). Also
   the import time of ``neuron_pure`` (``-X importtime``).
5. Scaling: time against iterations, memory against iterations
   (``tracemalloc``), and a grid of examples x inputs against numpy, with the
   size where numpy becomes faster.
5. MicroPython 1.27 and 1.29 (WebAssembly, under Node; ``npm install`` in
   tests/micropython) and CPython 3.14 in Pyodide (tests/pyodide): training
   the post exactly against a plain list loop with the interpreter's own
   ``math.exp``, and ``think`` (benchmarks/micropython_post.py, run there).
   ``--micropython`` prints only this section.
"""

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

import neuron_pure  # noqa: E402
from neuron_pure import POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS, RandomState  # noqa: E402

try:
    import numpy
    from benchmarks import post_numpy, sequel_numpy
except ImportError:             # numpy is optional: our own figures only
    numpy = post_numpy = sequel_numpy = None

POST_SCRIPT = os.path.join(ROOT, "benchmarks", "post_numpy.py")


def best_time(function, repeats):
    function()                                  # warm up: caches, compiled steps
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - started)
    return best


def alternate(functions, repeats):
    """Best time of each function, run in turns so that both see the same machine."""
    for function in functions:
        function()                              # warm up
    best = [float("inf")] * len(functions)
    for _ in range(repeats):
        for k, function in enumerate(functions):
            started = time.perf_counter()
            function()
            best[k] = min(best[k], time.perf_counter() - started)
    return best


def ms(seconds):
    return "%.2f ms" % (seconds * 1000)


def ratio(slow, fast):
    return "%.1f×" % (slow / fast)


def table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    print("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 1. Training the post's problem.

def train_ours(iterations=10000, inputs=POST_TRAINING_INPUTS, outputs=POST_TRAINING_OUTPUTS):
    network = neuron_pure.NeuralNetwork(len(inputs[0]))
    network.train(inputs, outputs, iterations)
    return network


def train_numpy(iterations=10000, inputs=None, outputs=None):
    inputs = post_numpy.TRAINING_SET_INPUTS if inputs is None else inputs
    outputs = post_numpy.TRAINING_SET_OUTPUTS if outputs is None else outputs
    network = post_numpy.NeuralNetwork(1, inputs.shape[1])
    network.train(inputs, outputs, iterations)
    return network


def section_training(repeats):
    print("## 1. Training the post's problem (10,000 iterations), in one process\n")
    if numpy is None:
        print("numpy is not installed: ours only. `pip install -e '.[bench]'` for the comparison.\n")
        table(["neuron_pure"], [[ms(best_time(train_ours, repeats))]])
        return None
    same = train_ours().synaptic_weights == train_numpy().synaptic_weights.tolist()
    ours, theirs = alternate([train_ours, train_numpy], repeats)
    table(["neuron_pure", "post's numpy code", "speed-up", "same weights"],
          [[ms(ours), ms(theirs), ratio(theirs, ours), "yes" if same else "NO"]])
    return theirs


# ---------------------------------------------------------------------------
# 2. PyPy.

def pypy_probe(repeats):
    """Run under PyPy: print the best training time, in seconds."""
    for _ in range(3):                       # let the JIT warm up, as any long run would
        train_ours()
    print("%r\n%r" % (best_time(train_ours, repeats), train_ours().synaptic_weights))


def section_pypy(numpy_time, repeats):
    print("## 2. The same training under PyPy\n")
    pypy = shutil.which("pypy3")
    if pypy is None:
        print("pypy3 is not installed (`apt-get install pypy3`): skipped.\n")
        return
    result = subprocess.run([pypy, os.path.abspath(__file__), "--pypy-probe", str(repeats)],
                            capture_output=True, text=True, check=True)
    seconds, weights = result.stdout.split("\n")[:2]
    seconds = float(seconds)
    version = subprocess.run([pypy, "-c", "import sys; print(sys.version.split()[0], "
                              "sys.pypy_version_info[:3])"], capture_output=True, text=True).stdout
    same = weights == repr(train_ours().synaptic_weights)
    row = [ms(seconds), "yes" if same else "NO"]
    header = ["neuron_pure on PyPy %s" % version.split()[0], "same weights"]
    if numpy_time is not None:
        header[1:1] = ["numpy on CPython %s" % platform.python_version(), "speed-up"]
        row[1:1] = [ms(numpy_time), ratio(numpy_time, seconds)]
    table(header, [row])


# ---------------------------------------------------------------------------
# 3. The sequel, and the set-up cost of a train call.

def train_sequel_ours(iterations=60000):
    from neuron_pure.multilayer import (
        SEQUEL_TRAINING_INPUTS, SEQUEL_TRAINING_OUTPUTS, MultiLayerNetwork, NeuronLayer)
    rng = RandomState(1)
    network = MultiLayerNetwork(NeuronLayer(4, 3, rng), NeuronLayer(1, 4, rng))
    network.train(SEQUEL_TRAINING_INPUTS, SEQUEL_TRAINING_OUTPUTS, iterations)
    return network


def train_sequel_numpy(iterations=60000):
    numpy.random.seed(1)
    network = sequel_numpy.NeuralNetwork(sequel_numpy.NeuronLayer(4, 3), sequel_numpy.NeuronLayer(1, 4))
    inputs = numpy.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [0, 1, 0], [1, 0, 0], [1, 1, 1], [0, 0, 0]])
    network.train(inputs, numpy.array([[0, 1, 1, 1, 1, 0, 0]]).T, iterations)
    return network


def sequel_pypy_probe(repeats):
    for _ in range(2):
        train_sequel_ours()
    print(repr(best_time(train_sequel_ours, repeats)))


def section_sequel(repeats):
    print("## 3. The sequel's two-layer network (60,000 iterations), in one process\n")
    repeats = max(2, repeats // 2)
    header, row = ["neuron_pure"], []
    if numpy is None:
        row.append(ms(best_time(train_sequel_ours, repeats)))
        theirs = None
    else:
        ours, theirs = alternate([train_sequel_ours, train_sequel_numpy], repeats)
        close = numpy.allclose(train_sequel_ours().layers[1].synaptic_weights,
                               train_sequel_numpy().layer2.synaptic_weights, rtol=1e-9)
        header += ["sequel's numpy code", "speed-up", "same weights (to 1e-9; BLAS adds in another order)"]
        row += [ms(ours), ms(theirs), ratio(theirs, ours), "yes" if close else "NO"]
    pypy = shutil.which("pypy3")
    if pypy is not None:
        result = subprocess.run([pypy, os.path.abspath(__file__), "--sequel-pypy-probe", str(repeats)],
                                capture_output=True, text=True, check=True)
        seconds = float(result.stdout.split()[0])
        header.append("neuron_pure on PyPy")
        row.append(ms(seconds) + ("" if theirs is None else " (%s numpy)" % ratio(theirs, seconds)))
    table(header, [row])
    print("Set-up cost of one `train` call (0 iterations: checks, examples, the compiled loop "
          "from its cache):\n")
    rows = []
    for examples in (4, 256):
        inputs = [[(i >> j) & 1 for j in range(3)] for i in range(examples)]
        outputs = [row[0] for row in inputs]
        network = neuron_pure.NeuralNetwork(3)
        network.train(inputs, outputs, 1)
        seconds = best_time(lambda: network.train(inputs, outputs, 0), repeats * 20)
        rows.append(["%d × 3" % examples, "%.1f µs" % (seconds * 1e6)])
    table(["training set", "set-up per call"], rows)


# ---------------------------------------------------------------------------
# 4. The whole process.

# Runs a module, a script or nothing, and reports the process's own peak
# resident memory (VmHWM) at exit.  (ru_maxrss from wait4 would count the
# benchmark process itself: the child's high-water mark starts at the fork.)
PEAK_REPORTER = """
import atexit, runpy, sys
def report():
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    sys.stderr.write("peak %s\\n" % line.split()[1])
    except OSError:
        pass
atexit.register(report)
kind, target = sys.argv[1], sys.argv[2]
sys.argv = [target]
if kind == "module":
    runpy.run_module(target, run_name="__main__", alter_sys=True)
elif kind == "script":
    runpy.run_path(target, run_name="__main__")
"""


def _command(kind, target):
    return {"module": [sys.executable, "-m", target], "script": [sys.executable, target],
            "none": [sys.executable, "-c", "pass"]}[kind]


def _environment():
    environment = dict(os.environ, PYTHONPATH=ROOT)
    environment.pop("PYTHONDONTWRITEBYTECODE", None)     # users keep their bytecode caches
    return environment


def run_processes(programs, repeats):
    """For each ``(kind, target)``: best wall time (s), peak memory (KiB or
    None) and output.  The programs run in turns, so that a slow moment of
    the machine does not fall on one of them only."""
    environment = _environment()
    best, outputs = [float("inf")] * len(programs), [None] * len(programs)
    for round_number in range(repeats + 1):               # round 0 writes the caches
        for k, (kind, target) in enumerate(programs):
            started = time.perf_counter()
            result = subprocess.run(_command(kind, target), capture_output=True, cwd=ROOT,
                                    env=environment, check=True)
            if round_number:
                best[k] = min(best[k], time.perf_counter() - started)
            outputs[k] = result.stdout
    peaks = []
    for kind, target in programs:
        report = subprocess.run([sys.executable, "-c", PEAK_REPORTER, kind, target],
                                capture_output=True, text=True, cwd=ROOT, env=environment).stderr
        match = re.search(r"^peak (\d+)$", report, re.MULTILINE)
        peaks.append(int(match.group(1)) if match else None)
    return list(zip(best, peaks, outputs))


def mib(kib):
    return "%.1f MiB" % (kib / 1024) if kib else "n/a"


def import_time(repeats):
    """Microseconds ``import neuron_pure`` takes, from ``-X importtime`` (best of runs)."""
    best = float("inf")
    for _ in range(repeats + 1):
        report = subprocess.run([sys.executable, "-X", "importtime", "-c", "import neuron_pure"],
                                capture_output=True, text=True, env=_environment(), cwd=ROOT).stderr
        match = re.search(r"\|\s*(\d+) \| neuron_pure$", report, re.MULTILINE)
        best = min(best, int(match.group(1)))
    return best


def section_process(repeats):
    print("## 4. The whole process: `python3 -m neuron_pure` against the post's program\n")
    programs = [("none", ""), ("module", "neuron_pure")]
    if numpy is not None:
        programs.append(("script", POST_SCRIPT))
    results = run_processes(programs, 3 * repeats)
    (bare_time, bare_memory, _), (ours_time, ours_memory, ours_output) = results[:2]
    rows = [["bare interpreter (`-c pass`)", ms(bare_time), mib(bare_memory), ""],
            ["`python3 -m neuron_pure`", ms(ours_time), mib(ours_memory), ""]]
    if numpy is not None:
        post_time, post_memory, post_output = results[2]
        rows.append(["`python3 benchmarks/post_numpy.py`", ms(post_time), mib(post_memory),
                     "same transcript" if post_output == ours_output else "DIFFERENT OUTPUT"])
        rows[1][3] = ratio(post_time, ours_time) + " faster"
    table(["process", "wall time (best)", "peak memory (max RSS)", ""], rows)
    print("`import neuron_pure`: %.1f ms (`-X importtime`, cumulative, bytecode cached).\n"
          % (import_time(repeats) / 1000))


# ---------------------------------------------------------------------------
# 4. Scaling.

def random_problem(examples, inputs, seed=2015):
    rng = RandomState(seed)
    data = [[float(round(x)) for x in row] for row in rng.random((examples, inputs))]
    targets = [[row[0]] for row in data]         # the post's rule: the output is the first input
    return data, targets


def iterations_for(examples, inputs, budget):
    # About `budget` multiply-adds in all, at least two iterations.
    return max(2, int(budget // (examples * inputs)))


def section_scaling(repeats, quick):
    print("## 5. Scaling\n")
    rows = []
    for iterations in (2500, 5000, 10000, 20000):
        seconds = best_time(lambda: train_ours(iterations), repeats)
        rows.append([iterations, ms(seconds), "%.2f µs" % (seconds / iterations * 1e6)])
    print("Time against iterations (the post's problem): linear, a constant cost per iteration.\n")
    table(["iterations", "time", "per iteration"], rows)

    import tracemalloc           # here: PyPy, which runs the probe above, has none
    rows = []
    for iterations in (1000, 10000, 50000):
        tracemalloc.start()
        train_ours(iterations)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rows.append([iterations, "%.1f KiB" % (peak / 1024)])
    print("Memory against iterations (`tracemalloc` peak while training): it does not grow.\n")
    table(["iterations", "peak traced memory"], rows)

    print("Examples × inputs against numpy (time per iteration, best of %d; "
          "ns per multiply-add is ours per example × input):\n" % repeats)
    rows, crossover = [], []
    budget = 2e5 if quick else 1e6
    for examples in (4, 64, 1024):
        for inputs in (3, 16, 64):
            data, targets = random_problem(examples, inputs)
            count = iterations_for(examples, inputs, budget)
            ours = best_time(lambda: train_ours(count, data, targets), repeats) / count
            row = [examples, inputs, "%.1f µs" % (ours * 1e6),
                   "%.1f ns" % (ours / (examples * inputs) * 1e9)]
            if numpy is not None:
                arrays = numpy.array(data), numpy.array(targets)
                theirs = best_time(lambda: train_numpy(count, *arrays), repeats) / count
                row += ["%.1f µs" % (theirs * 1e6),
                        ratio(theirs, ours) if theirs > ours else "numpy %s" % ratio(ours, theirs)]
                if theirs < ours:
                    crossover.append(examples * inputs)
            rows.append(row)
    header = ["examples", "inputs", "neuron_pure", "per multiply-add"]
    if numpy is not None:
        header += ["numpy", "faster"]
    table(header, rows)
    if numpy is not None:
        section_crossover(repeats, budget)


def section_crossover(repeats, budget):
    """Walk up the number of examples (3 inputs) to where numpy overtakes us."""
    print("Where numpy overtakes us (3 inputs, more and more examples):\n")
    rows, found = [], None
    for examples in (4, 8, 16, 32, 64, 128, 256, 512):
        data, targets = random_problem(examples, 3)
        count = iterations_for(examples, 3, budget)
        ours = best_time(lambda: train_ours(count, data, targets), repeats) / count
        arrays = numpy.array(data), numpy.array(targets)
        theirs = best_time(lambda: train_numpy(count, *arrays), repeats) / count
        rows.append([examples, examples * 3, "%.1f µs" % (ours * 1e6), "%.1f µs" % (theirs * 1e6),
                     "%.2f" % (theirs / ours)])
        if found is None and theirs < ours:
            found = examples
    table(["examples", "values", "neuron_pure", "numpy", "numpy time / ours"], rows)
    if found is None:
        print("numpy did not overtake us up to 512 examples.\n")
    else:
        print("numpy is faster from about %d examples × 3 inputs (%d values) on.\n"
              % (found, found * 3))


# ---------------------------------------------------------------------------
# 5. MicroPython and Pyodide (WebAssembly, under Node)

WASM_SCRIPT = os.path.join(ROOT, "benchmarks", "micropython_post.py")
WASM_RUNS = [
    ("MicroPython 1.27", ["tests/micropython/run.mjs", "--version", "1.27"],
     "tests/micropython/node_modules/@micropython/micropython-webassembly-pyscript"),
    ("MicroPython 1.29", ["tests/micropython/run.mjs", "--version", "1.29"],
     "tests/micropython/node_modules/micropython-1.29"),
    ("CPython 3.14 (Pyodide)", ["tests/pyodide/run.mjs"], "tests/pyodide/node_modules/pyodide"),
]


def wasm_timings(runner, repeats):
    """``{label: microseconds}`` from benchmarks/micropython_post.py under one
    WebAssembly interpreter, or None if it is not installed."""
    import tempfile
    node = shutil.which("node")
    if node is None:
        return None
    with open(WASM_SCRIPT, encoding="utf-8") as handle:
        script = re.sub(r"^REPEATS = \d+", "REPEATS = %d" % repeats, handle.read(), flags=re.M)
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "timing.py")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(script)
        result = subprocess.run([node] + [os.path.join(ROOT, part) if part.endswith(".mjs") else part
                                          for part in runner]
                                + [os.path.join(ROOT, "neuron_pure"), path],
                                capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(result.stdout[-1000:] + result.stderr[-1000:])
    timings = {}
    for line in result.stdout.splitlines():
        label, _, number = line.rpartition(" ")
        timings[label] = int(number) if number.isdigit() else number
    return timings


def section_wasm(repeats):
    print("## 5. MicroPython and CPython 3.14 in WebAssembly (Node %s)\n"
          % subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
          if shutil.which("node") else "## 5. MicroPython and CPython 3.14 in WebAssembly\n")
    columns, results = [], []
    for name, runner, package in WASM_RUNS:
        if os.path.isdir(os.path.join(ROOT, package)):
            timings = wasm_timings(runner, repeats)
            if timings:
                columns.append(name)
                results.append(timings)
    if not results:
        print("(not installed: `cd tests/micropython && npm install`, "
              "`cd tests/pyodide && npm install`)\n")
        return
    exact, plain = "neuron_pure, exact", "plain list loop, math.exp"
    rows = [
        ["training the post (10,000 iterations), neuron_pure: numpy's bits"]
        + [ms(t[exact] / 1e6) for t in results],
        ["the same, a plain list loop with the interpreter's `math.exp`"]
        + [ms(t[plain] / 1e6) for t in results],
        ["ratio"] + ["%.2f×" % (t[exact] / t[plain]) for t in results],
        ["the same with neuron_pure's list reference (`training_step`) and `math.exp`"]
        + [ms(t["training_step, math.exp"] / 1e6) for t in results],
        ["before: `glibc_exp` (exact integers) on every call"]
        + [ms(t["neuron_pure, glibc_exp alone (before)"] / 1e6) for t in results],
        ["`think([1, 0, 0])`, neuron_pure"]
        + ["%.1f µs" % (t["1000 x think, exact"] / 1000) for t in results],
        ["`think([1, 0, 0])` of a model loaded by `neuron_pure.thinking` (a think-only board)"]
        + ["%.1f µs" % (t["1000 x thinking.Model.think, exact"] / 1000) for t in results],
        ["`1 / (1 + math.exp(-dot))`, plain"]
        + ["%.1f µs" % (t["1000 x think, plain math.exp"] / 1000) for t in results],
    ]
    table(["what"] + columns, rows)
    print("Best of %d, in turns, in one process per interpreter; the weights are "
          "checked to be the post's. The exp in use: %s.\n"
          % (repeats, ", ".join(sorted({t.get("exp", "?") for t in results}))))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    parser.add_argument("--micropython", action="store_true",
                        help="only section 5: MicroPython and Pyodide")
    parser.add_argument("--pypy-probe", type=int, metavar="REPEATS", help=argparse.SUPPRESS)
    parser.add_argument("--sequel-pypy-probe", type=int, metavar="REPEATS", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.pypy_probe:
        return pypy_probe(arguments.pypy_probe)
    if arguments.sequel_pypy_probe:
        return sequel_pypy_probe(arguments.sequel_pypy_probe)
    repeats = 3 if arguments.quick else 7
    if arguments.micropython:
        return section_wasm(repeats)
    print("# neuron_pure benchmarks\n")
    print("%s, %d cores; %s %s; numpy %s.\n" % (
        platform.machine(), os.cpu_count(), platform.python_implementation(),
        platform.python_version(), numpy.__version__ if numpy else "not installed"))
    numpy_time = section_training(repeats)
    section_pypy(numpy_time, repeats)
    section_sequel(repeats)
    section_process(repeats)
    section_scaling(repeats, arguments.quick)
    section_wasm(repeats)


if __name__ == "__main__":
    main()
