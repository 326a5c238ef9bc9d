"""Print network drawings with awkward numbers and the post's training plot;
tests/test_diagram.py runs this under MicroPython and CPython and compares
the texts."""

from neuron_pure.diagram import network_svg
from neuron_pure.plot import training_svg

print(network_svg([[[0.5, -1.0, 0.001953125], [0.25, 2.0, -1e-12]], [[1.5], [-0.75], [30.125]]],
                  [None, [0.125]], input_names=["x1", "x2"], title="two layers"))
print(network_svg([[[9.672993027736892], [-0.20784349926631962], [-4.62963668773159]]]))
print(training_svg(1, 3))
