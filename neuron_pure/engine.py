"""The training loop that runs: the reference step's arithmetic, written out for one network's shape.

``neuron.training_step`` (the post) and ``multilayer.backpropagation_step``
(the sequel) are the specification: readable steps over lists.  Python spends
most of their time on lists and loops, not on arithmetic, so ``train`` runs
the same arithmetic written out as plain Python for the network's shape, one
local variable per weight, with the iteration loop and the loop over the
examples inside, and compiles it once per shape.  ``NeuralNetwork``'s
docstring prints the loop for the post's neuron; for any network,
``print(training_source(network.shape))``.

Every float operation is the reference's, in the reference's order: a
weighted sum adds its products left to right from the first, as ``dot`` does;
an adjustment adds one product per example, in the order of the examples,
which is ``dot(inputs.T, deltas)``'s order; the sigmoid is
``arithmetic.sigmoid`` itself, with its overflow rule.  So every float is
identical to the reference's (tests/test_engine.py proves it on random shapes,
data and seeds).  Literal ``1.0`` instead of ``1`` changes no bit and saves a
conversion.

A shape is a tuple with one ``(inputs, neurons, bias)`` triple per layer; the
parameters are every layer's weights, row by row (input by input), then its
biases, layer after layer.
"""

from neuron_pure.arithmetic import sigmoid
from neuron_pure.errors import NeuronPureError
from neuron_pure.validation import check_layer_size, is_integer

__all__ = ["training_source"]      # the rest serves the networks' train, which checks

# Larger networks run the reference step (code this long compiles slowly and
# its sums nest too deeply for some compilers).
MAX_PARAMETERS = 4096
MAX_INPUTS = 256


def check_shape(shape):
    """``shape`` as a tuple of ``(inputs, neurons, bias)`` triples, each layer
    taking as many inputs as the one before has neurons; ``NeuronPureError``
    naming what is wrong otherwise.

    >>> check_shape([(3, 4, False), (4, 1, False)])
    ((3, 4, False), (4, 1, False))
    >>> check_shape([(3, 4, False), (2, 1, False)])
    Traceback (most recent call last):
    ...
    neuron_pure.errors.NeuronPureError: layer 2 of the shape takes 2 inputs, but layer 1 has 4 neurons
    """
    if not isinstance(shape, (list, tuple)) or not shape:
        raise NeuronPureError("a shape is a non-empty list of (inputs, neurons, bias), not %r"
                              % (shape,))
    layers = []
    for number, layer in enumerate(shape, 1):
        if not isinstance(layer, (list, tuple)) or len(layer) != 3 \
                or not all(is_integer(n) and n > 0 for n in layer[:2]) \
                or not isinstance(layer[2], bool):
            raise NeuronPureError("layer %d of the shape must be (inputs, neurons, bias): two "
                                  "whole numbers of at least 1 and True or False, not %r"
                                  % (number, layer))
        check_layer_size(layer[0], layer[1])
        if layers and layer[0] != layers[-1][1]:
            raise NeuronPureError("layer %d of the shape takes %d inputs, but layer %d has %d "
                                  "neurons" % (number, layer[0], number - 1, layers[-1][1]))
        layers.append(tuple(layer))
    return tuple(layers)


def _names_for(shape):
    """A function naming each quantity: the single neuron's are the post's
    short ones (w0, s, o), a layered network's carry the layer and the
    neuron (w1_0_2 is layer 1's weight from input 0 to neuron 2)."""
    single = len(shape) == 1 and shape[0][1] == 1

    def name(kind, layer, *indices):
        if single:
            return kind + "".join(str(i) for i in indices[:-1])
        return kind + str(layer) + "_" + "_".join(str(i) for i in indices)
    return name


def _parameter_names(shape, name):
    names = []
    for layer, (inputs, neurons, bias) in enumerate(shape, 1):
        names += [name("w", layer, m, j) for m in range(inputs) for j in range(neurons)]
        if bias:
            names += [name("b", layer, j) for j in range(neurons)]
    return names


def training_source(shape):
    """The Python source of ``train(parameters, examples, iterations,
    learning_rate)`` for networks of this shape: what ``train`` runs."""
    return _source(check_shape(shape))


def _source(shape):
    # Trusts its caller: a shape check_shape has passed.
    name = _names_for(shape)
    parameters = _parameter_names(shape, name)
    last = len(shape)
    outputs = shape[-1][1]
    inputs = ["x%d" % m for m in range(shape[0][0])]
    targets = ["t"] if outputs == 1 else ["t%d" % j for j in range(outputs)]
    adjustments = [("a" + p[1:]) if p.startswith("w") else ("ab" + p[1:]) for p in parameters]

    lines = ["def train(parameters, examples, iterations, learning_rate, sigmoid=sigmoid):",
             "    %s = parameters" % _unpacked(parameters),
             "    for iteration in range(iterations):",
             "        # adjustments start at -0.0, which adds nothing (-0.0 + x == x for every x)",
             "        %s = -0.0" % " = ".join(adjustments),
             "        for %s in examples:" % ", ".join(inputs + targets)]
    body = []
    layer_inputs = {1: inputs}
    for layer, (width, neurons, bias) in enumerate(shape, 1):
        heading = "forward" if last == 1 else "layer %d%s, forward" % (
            layer, " (output)" if layer == last else "")
        body.append("# %s: weighted sum, output = sigmoid(weighted sum)" % heading)
        for j in range(neurons):
            terms = ["%s * %s" % (x, name("w", layer, m, j)) for m, x in enumerate(layer_inputs[layer])]
            if bias:
                terms.append("1.0 * %s" % name("b", layer, j))
            body.append("%s = %s" % (name("s", layer, j), " + ".join(terms)))
            body.append("%s = sigmoid(%s)" % (name("o", layer, j), name("s", layer, j)))
        layer_inputs[layer + 1] = [name("o", layer, j) for j in range(neurons)]
    for layer in range(last, 0, -1):
        width, neurons, bias = shape[layer - 1]
        if layer == last:
            body.append("# %serror = target - output; delta = error * gradient of the curve "
                        "at the output" % ("" if last == 1 else "layer %d (output): " % layer))
        else:
            body.append("# layer %d: error = dot(layer %d's deltas, its weights transposed) "
                        "(back-propagation); delta = error * gradient" % (layer, layer + 1))
        for j in range(neurons):
            if layer == last:
                error = "%s - %s" % (targets[j], name("o", layer, j))
            else:
                following = shape[layer][1]
                error = " + ".join("%s * %s" % (name("d", layer + 1, k), name("w", layer + 1, j, k))
                                   for k in range(following))
            body += ["%s = %s" % (name("e", layer, j), error),
                     "%s = %s * (1.0 - %s)" % (name("g", layer, j), name("o", layer, j),
                                               name("o", layer, j)),
                     "%s = %s * %s" % (name("d", layer, j), name("e", layer, j), name("g", layer, j))]
    body.append("# adjustment += input * delta: dot(inputs.T, deltas), one example at a time")
    for layer, (width, neurons, bias) in enumerate(shape, 1):
        for m, x in enumerate(layer_inputs[layer]):
            for j in range(neurons):
                body.append("a%s += %s * %s" % (name("w", layer, m, j)[1:], x, name("d", layer, j)))
        if bias:
            for j in range(neurons):
                body.append("ab%s += 1.0 * %s" % (name("b", layer, j)[1:], name("d", layer, j)))
    lines += ["            " + line for line in body]
    lines.append("        # weight += learning_rate * adjustment")
    lines += ["        %s = %s + learning_rate * %s" % (p, p, a) for p, a in zip(parameters, adjustments)]
    lines.append("    return %s" % _tuple(parameters))
    return "\n".join(lines) + "\n"


def _unpacked(names):
    return ", ".join(names) + ("," if len(names) == 1 else "")


def _tuple(names):
    return "(" + _unpacked(names) + ")"


# Compiled trainers by shape: training the same network again (in chunks,
# for a progress line, or step after step in a notebook) costs no compiling,
# and a JIT such as PyPy's keeps what it learned about the function.
_compiled = {}
_CACHE_SIZE = 16


def compiled_trainer(shape):
    """The compiled ``train`` for this shape, or ``None`` where it would not
    pay or cannot run: more than ``MAX_PARAMETERS`` parameters or
    ``MAX_INPUTS`` inputs to a layer, or an interpreter without ``exec`` or
    without the memory to compile it.  Trusts its caller: a network's shape."""
    trainer = _compiled.get(shape)
    if trainer is not None:
        return trainer
    if _parameter_count(shape) > MAX_PARAMETERS or max(inputs for inputs, _, _ in shape) > MAX_INPUTS:
        return None
    namespace = {"sigmoid": sigmoid}
    try:
        exec(_source(shape), namespace)
    except (NameError, SyntaxError, MemoryError, RuntimeError):   # no exec; too small a machine
        return None
    if len(_compiled) >= _CACHE_SIZE:
        _compiled.clear()
    trainer = _compiled[shape] = namespace["train"]
    return trainer


def _parameter_count(shape):
    return sum(inputs * neurons + (neurons if bias else 0) for inputs, neurons, bias in shape)


def examples_of(rows, targets):
    """The examples as the compiled loop reads them: one tuple of floats per
    example, its inputs then its targets.  (``float`` changes no bit of the
    arithmetic: Python converts an int to a float before it multiplies.)
    Trusts its caller: rows and target rows of numbers, as many of each.

    >>> examples_of([[0, 0, 1]], [[0]])
    [(0.0, 0.0, 1.0, 0.0)]
    """
    return [tuple([float(x) for x in row] + [float(t) for t in target])
            for row, target in zip(rows, targets)]


def train(shape, parameters, examples, iterations, learning_rate, reference_step):
    """``parameters`` after ``iterations`` iterations: the compiled loop, or
    where there is none, the list-based reference ``iterations`` times:
    ``reference_step()`` gives the function of one iteration,
    ``(parameters, learning_rate) -> new parameters`` (asked for only then, so
    that what it prepares costs nothing when the loop runs).  Trusts its
    caller, a network's ``train``, which has checked everything."""
    trainer = compiled_trainer(shape)
    if trainer is not None:
        return list(trainer(tuple(parameters), examples, iterations, learning_rate))
    step = reference_step()
    for _ in range(iterations):
        parameters = step(parameters, learning_rate)
    return list(parameters)


# ---------------------------------------------------------------------------
# A network's layers as the flat parameters the loop takes, and back.

def parameters_of(layers):
    """The layers' ``(weights, biases)`` as one flat list, in the engine's
    order: each layer's weights row by row, then its biases.

    >>> parameters_of([([[1.0, 2.0], [3.0, 4.0]], [0.5, 0.25])])
    [1.0, 2.0, 3.0, 4.0, 0.5, 0.25]
    """
    flat = []
    for weights, biases in layers:
        for row in weights:
            flat.extend(row)
        if biases is not None:
            flat.extend(biases)
    return flat


def layers_of(parameters, shape):
    """The inverse of ``parameters_of``: ``(weights, biases)`` per layer."""
    layers, start = [], 0
    for inputs, neurons, bias in shape:
        weights = [list(parameters[start + m * neurons:start + (m + 1) * neurons])
                   for m in range(inputs)]
        start += inputs * neurons
        biases = None
        if bias:
            biases = list(parameters[start:start + neurons])
            start += neurons
        layers.append((weights, biases))
    return layers
