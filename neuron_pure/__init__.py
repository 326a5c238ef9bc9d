"""neuron-pure: the single neuron of "How to build a simple neural network in
9 lines of Python code" (2015), in pure Python, with every number the post
prints reproduced to the last bit and no numpy.

>>> from neuron_pure import NeuralNetwork
>>> network = NeuralNetwork()                       # seed 1, three inputs
>>> network.train([[0, 0, 1], [1, 1, 1], [1, 0, 1], [0, 1, 1]], [[0], [1], [1], [0]], 10000)
>>> network.think([1, 0, 0])
[0.9999370428352157]

The core modules import only ``math`` and ``json`` (and each other), so the
package runs as it is on CPython, PyPy and MicroPython.  ``python3 -m neuron_pure`` prints the
post's transcript.
"""

try:
    from neuron_pure.arithmetic import (
        add, dot, multiply, shape, sigmoid, sigmoid_gradient_from_output, subtract,
        sum_of_products, transpose)
    from neuron_pure.errors import DataFileError, ModelFileError, NeuronPureError
    from neuron_pure.mt19937 import RandomState
    from neuron_pure.neuron import (
        POST_NEW_SITUATION, POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS,
        NeuralNetwork, TrainingStep, demo, training_step)
except KeyboardInterrupt as interruption:
    # Ctrl-C while `python3 -m neuron_pure` is still loading the package ends
    # as it would later (one line, status 130: see neuron_pure/interrupt.py);
    # a Python program importing the package gets its KeyboardInterrupt.
    try:
        from neuron_pure.interrupt import exit_if_command_line
    except ImportError:             # a board holding the core only
        raise interruption
    exit_if_command_line()
    raise interruption

__version__ = "0.1.0"

__all__ = [
    "NeuralNetwork", "RandomState", "TrainingStep",
    "NeuronPureError", "DataFileError", "ModelFileError",
    "demo", "training_step",
    "dot", "transpose", "shape", "add", "subtract", "multiply", "sum_of_products", "engine",
    "sigmoid", "sigmoid_gradient_from_output",
    "format_array", "float_repr", "format_fixed",
    "POST_TRAINING_INPUTS", "POST_TRAINING_OUTPUTS", "POST_NEW_SITUATION",
]


# The rest loads on first use (PEP 562's module __getattr__, which MicroPython
# has too): the printing and training modules are a third of the heap that
# `import neuron_pure` would keep on a board, and a board that only thinks
# never needs them.  (`import neuron_pure.x as module`, not `from neuron_pure
# import x`: MicroPython's from-import would come back here.)

def __getattr__(name):
    if name == "format_array":
        import neuron_pure.arrayprint as module
        return module.format_array
    if name in ("float_repr", "format_fixed"):
        import neuron_pure.float_text as module
        return getattr(module, name)
    if not name.startswith("_"):
        # A module of the package not imported yet (engine, `from neuron_pure
        # import files`): MicroPython's from-import asks here first and does
        # not look further if this raises, so import it here.
        try:
            __import__("neuron_pure." + name)
        except ImportError as problem:
            raise AttributeError("module 'neuron_pure' has no attribute %r (%s)" % (name, problem))
        return globals()[name]
    raise AttributeError("module 'neuron_pure' has no attribute %r" % name)


def __dir__():
    return sorted(set(globals()) | set(__all__))
