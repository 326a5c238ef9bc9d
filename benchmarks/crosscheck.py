"""Check neuron_pure against numpy itself: the transcript for many seeds and
iteration counts, RandomState streams, and the sequel's transcript.  Needs numpy (the ``bench`` extra);
not part of the test suite, which never imports numpy.

    python3 benchmarks/crosscheck.py [--runs 200]
"""

import argparse
import os
import random
import sys

import numpy

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from benchmarks.post_numpy import post_transcript  # noqa: E402
from benchmarks import sequel_numpy  # noqa: E402
import neuron_pure  # noqa: E402
from neuron_pure.multilayer import demo_multilayer  # noqa: E402


def ours(seed, iterations):
    lines = []
    neuron_pure.demo(seed=seed, iterations=iterations, write=lines.append)
    return "\n".join(lines) + "\n"


def sequel_transcript(iterations):
    import contextlib
    import io
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        sequel_numpy.run(iterations)
    return buffer.getvalue()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    runs = parser.parse_args().runs
    picker = random.Random(2015)
    cases = [(1, 10000)] + [
        (picker.randrange(2 ** 32), picker.choice([0, 1, 2, 5, 10, 100, 1000, 3000]))
        for _ in range(runs)]
    mismatches = 0
    for seed, iterations in cases:
        if ours(seed, iterations) != post_transcript(seed, iterations):
            mismatches += 1
            print("transcript differs: seed %d, %d iterations" % (seed, iterations))
        size = picker.choice([1, 7, 624, 625, 1500])
        if neuron_pure.RandomState(seed).random(size) != \
                numpy.random.RandomState(seed).random(size).tolist():
            mismatches += 1
            print("random stream differs: seed %d, size %d" % (seed, size))
    for iterations in (0, 1, 100, 60000):       # the sequel's two layers
        lines = []
        demo_multilayer(iterations, write=lines.append)
        if "\n".join(lines) + "\n" != sequel_transcript(iterations):
            mismatches += 1
            print("sequel transcript differs: %d iterations" % iterations)
        cases.append(("sequel", iterations))
    print("%d cases, %d mismatches (numpy %s)" % (len(cases), mismatches, numpy.__version__))
    return 1 if mismatches else 0


if __name__ == "__main__":
    raise SystemExit(main())
