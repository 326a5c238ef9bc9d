# Timing the post's training and think under MicroPython (run by
# benchmarks/run.py through tests/micropython/run.mjs; MicroPython's own
# time.ticks_us), or CPython in Pyodide.  Prints one "label microseconds" line
# per measurement, the best of REPEATS runs taken in turns, and checks the
# weights.
import math
import time

import neuron_pure.arithmetic as arithmetic
import neuron_pure.engine as engine
import neuron_pure.exponential as exponential
from neuron_pure import POST_NEW_SITUATION, POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS
from neuron_pure import NeuralNetwork
from neuron_pure.glibc_exp import glibc_exp
from neuron_pure.thinking import model_from_json

REPEATS = 7          # benchmarks/run.py rewrites this line
POST_WEIGHTS = [9.672993027736892, -0.20784349926631962, -4.62963668773159]
START = [-0.165955990594852, 0.4406489868843162, -0.9997712503653102]


def plain_training(iterations=10000):
    # The post's training as a plain list loop with MicroPython's own math.exp
    # (its last bits may differ from numpy's): the yardstick.
    inputs = [[0.0, 0.0, 1.0], [1.0, 1.0, 1.0], [1.0, 0.0, 1.0], [0.0, 1.0, 1.0]]
    targets = [0.0, 1.0, 1.0, 0.0]
    exp = math.exp
    w = START[:]
    for _ in range(iterations):
        deltas = []
        for row, target in zip(inputs, targets):
            s = row[0] * w[0] + row[1] * w[1] + row[2] * w[2]
            o = 1 / (1 + exp(-s))
            deltas.append((target - o) * (o * (1 - o)))
        w = [w[j] + (inputs[0][j] * deltas[0] + inputs[1][j] * deltas[1]
                     + inputs[2][j] * deltas[2] + inputs[3][j] * deltas[3]) for j in range(3)]
    return w


def exact_training():
    network = NeuralNetwork()
    network.train(POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS, 10000)
    return [row[0] for row in network.synaptic_weights]


def reference_training():
    # neuron_pure's own list-based reference (training_step), with the
    # interpreter's math.exp: the package's plain list loop.
    limit = engine.MAX_PARAMETERS
    engine.MAX_PARAMETERS = 0               # no compiled loop: training_step each iteration
    try:
        return exact_training()
    finally:
        engine.MAX_PARAMETERS = limit


def use_exp(function):
    exponential._chosen = function
    arithmetic._exp = function              # sigmoid binds its exp on the first call
    engine._compiled.clear()


def microseconds(function):
    if hasattr(time, "ticks_us"):           # MicroPython
        started = time.ticks_us()
        result = function()
        return time.ticks_diff(time.ticks_us(), started), result
    started = time.perf_counter()
    result = function()
    return int((time.perf_counter() - started) * 1e6), result


network = NeuralNetwork()
network.synaptic_weights = [[w] for w in POST_WEIGHTS]


def thinks(count=1000):
    for _ in range(count):
        network.think(POST_NEW_SITUATION)


model = model_from_json('{"format": "neuron-pure-model", "version": 1, "inputs": 3, '
                        '"weights": %r, "bias": null, "training": {"iterations": 10000, '
                        '"seed": 1, "learning_rate": 1.0}}' % POST_WEIGHTS)


def model_thinks(count=1000):
    # What a think-only board runs: neuron_pure.thinking.
    for _ in range(count):
        model.think(POST_NEW_SITUATION)


def plain_thinks(count=1000):
    exp = math.exp
    w0, w1, w2 = POST_WEIGHTS
    for _ in range(count):
        [1 / (1 + exp(-(1 * w0 + 0 * w1 + 0 * w2)))]


fast = exponential.exp_function()
best = {}
for _ in range(REPEATS):
    for label, function in (("plain list loop, math.exp", plain_training),
                            ("neuron_pure, exact", exact_training),
                            ("training_step, math.exp", reference_training),
                            ("1000 x think, exact", thinks),
                            ("1000 x thinking.Model.think, exact", model_thinks),
                            ("1000 x think, plain math.exp", plain_thinks)):
        use_exp(math.exp if label == "training_step, math.exp" else fast)
        elapsed, weights = microseconds(function)
        if label == "neuron_pure, exact":
            assert weights == POST_WEIGHTS, weights
        best[label] = min(best.get(label, elapsed), elapsed)
use_exp(glibc_exp)                      # before fast_glibc_exp: the exact integers every call
elapsed, weights = microseconds(exact_training)
assert weights == POST_WEIGHTS, weights
best["neuron_pure, glibc_exp alone (before)"] = elapsed
use_exp(fast)
for label in best:
    print(label, best[label])
print("exp", fast.__name__)
