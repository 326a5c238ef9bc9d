"""Print every number the golden tests check, as CPython's repr text, on any
interpreter.  tests/test_interpreters.py runs it under MicroPython, PyPy and
each CPython, and compares the outputs line for line.

It uses only the core of neuron_pure (no command line, no standard library but
math), so it runs where the package is copied as it is.
"""

from neuron_pure import (
    POST_NEW_SITUATION, POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS,
    NeuralNetwork, NeuronPureError, RandomState, demo, float_repr)
from neuron_pure.dataset import parse_examples
from neuron_pure.model import model_to_json, network_from_json
from neuron_pure.multilayer import (
    SEQUEL_TRAINING_INPUTS, SEQUEL_TRAINING_OUTPUTS, MultiLayerNetwork, NeuronLayer,
    layered_network)

MODEL_FROM_A_LAPTOP = """{
  "format": "neuron-pure-model",
  "version": 1,
  "inputs": 3,
  "weights": [9.672993027736892, -0.20784349926631962, -4.62963668773159],
  "bias": null,
  "training": {"iterations": 10000, "seed": 1, "learning_rate": 1.0}
}"""


def numbers(label, values):
    print(label + " " + " ".join(float_repr(value) for value in values))


network = NeuralNetwork()
numbers("starting weights", [row[0] for row in network.synaptic_weights])
network.train(POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS, 10000)
numbers("trained weights", [row[0] for row in network.synaptic_weights])
numbers("think [1, 0, 0]", network.think(POST_NEW_SITUATION))
numbers("random seed 1, 1000 draws", RandomState(1).random(1000))
numbers("random seed 4294967295, 700 draws", RandomState(4294967295).random(700))
numbers("loaded model, think [1, 0, 0]",
        network_from_json(MODEL_FROM_A_LAPTOP, "model.json").think(POST_NEW_SITUATION))
inputs, targets = parse_examples("x1,x2,x3,y\n0,0,1,0\n1,1,1,1\n1,0,1,1\n0,1,1,0\n", "post.csv")
with_bias = NeuralNetwork(3, bias=True, learning_rate=0.5)
with_bias.train(inputs, targets, 200)
numbers("bias and learning rate, 200 iterations",
        [row[0] for row in with_bias.synaptic_weights] + [with_bias.bias])
print(network_from_json(model_to_json(with_bias), "saved.json").think([0, 0, 0]) ==
      with_bias.think([0, 0, 0]))
# Model files are checked the same way everywhere: MicroPython's json has no
# object_pairs_hook, so there a scan of the text finds the duplicate key.
try:
    network_from_json(MODEL_FROM_A_LAPTOP.replace('"bias": null', '"bias": null, "bias": 1'), "dup.json")
except NeuronPureError as problem:
    print(problem)
numbers("model with a byte-order mark, think [1, 0, 0]",
        network_from_json("\ufeff" + MODEL_FROM_A_LAPTOP, "bom.json").think(POST_NEW_SITUATION))
rng = RandomState(1)
two_layers = MultiLayerNetwork(NeuronLayer(4, 3, rng), NeuronLayer(1, 4, rng))
two_layers.train(SEQUEL_TRAINING_INPUTS, SEQUEL_TRAINING_OUTPUTS, 50)
for number, layer in enumerate(two_layers.layers, 1):
    numbers("two layers, 50 iterations, layer %d" % number,
            [w for row in layer.synaptic_weights for w in row])
hidden, output = two_layers.think([1, 1, 0])
numbers("two layers, think [1, 1, 0]", hidden + output)
# Model files of both versions load: the layered one (version 2) with biases,
# as a laptop writes it after `train --hidden 2 --bias`.
layered = network_from_json(model_to_json(layered_network(3, [2], bias=True, learning_rate=0.5)))
layered.train(SEQUEL_TRAINING_INPUTS, SEQUEL_TRAINING_OUTPUTS, 40)
numbers("layered model with biases, 40 iterations, think [1, 1, 0]",
        layered.think([1, 1, 0])[-1] + layered.layers[0].biases)
print(model_to_json(layered) == model_to_json(network_from_json(model_to_json(layered))))
# What a think-only board runs: neuron_pure.thinking, the same bits.
from neuron_pure.thinking import model_from_json
numbers("thinking, the laptop's model, think [1, 0, 0] and rows",
        model_from_json(MODEL_FROM_A_LAPTOP).think(POST_NEW_SITUATION)
        + [row[0] for row in model_from_json(MODEL_FROM_A_LAPTOP).think([[0.5, -2, 3.25], [40, -40, 800]])])
numbers("thinking, the layered model, think [1, 1, 0]",
        [x for layer in model_from_json(model_to_json(layered)).think([1, 1, 0]) for x in layer])
demo()
