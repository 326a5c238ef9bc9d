"""Layered networks on your own data, through the command line: the sequel
reproduced from a CSV file and a model file, XOR learned, explain's numbers
against the reference step, the layered plot, and every option before and
after its command."""

import json
import xml.etree.ElementTree as ElementTree

import pytest

from clitools import assert_usage_error, run_cli
from neuron_pure import RandomState
from neuron_pure.explain import explain_iteration, explain_network
from neuron_pure.float_text import format_fixed
from neuron_pure.model import load_model, model_to_json, network_from_json
from neuron_pure.multilayer import (
    SEQUEL_TRAINING_INPUTS, SEQUEL_TRAINING_OUTPUTS, MultiLayerNetwork, NeuronLayer,
    demo_multilayer, layered_network)

SEQUEL_CSV = "x1,x2,x3,y\n" + "".join(
    "%d,%d,%d,%d\n" % tuple(row + target)
    for row, target in zip(SEQUEL_TRAINING_INPUTS, SEQUEL_TRAINING_OUTPUTS))
XOR_CSV = "a,b,a xor b\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n"
# The sequel's program prints [0.0078876] for [1, 1, 0]; this is our float of
# it (numpy's, summed by BLAS in another order, is within 1e-12).
SEQUEL_PREDICTION = "0.00788760437649546"


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "sequel.csv").write_text(SEQUEL_CSV)
    (tmp_path / "xor.csv").write_text(XOR_CSV)
    return tmp_path


def test_the_sequel_through_the_command_line_and_a_model_file(folder):
    result = run_cli("train", "sequel.csv", "--hidden", "4", "--iterations", "60000",
                     "--save", "sequel.json", cwd=folder)
    assert result.returncode == 0, result.stderr
    assert "a hidden layer of 4 neurons" in result.stdout
    result = run_cli("predict", "sequel.json", "1,1,0", cwd=folder)
    assert result.stdout == SEQUEL_PREDICTION + "\n"
    # The model holds the sequel's trained network, weight for weight.
    sequel = demo_multilayer(write=lambda line: None)
    loaded = load_model(str(folder / "sequel.json"))
    assert [layer.synaptic_weights for layer in loaded.layers] == \
        [layer.synaptic_weights for layer in sequel.layers]
    data = json.loads((folder / "sequel.json").read_text())
    assert data["version"] == 2 and data["training"] == {
        "iterations": 60000, "seed": 1, "learning_rate": 1.0}


def test_xor_is_learned_from_a_csv_file_by_layers_and_not_by_one_neuron(folder):
    run_cli("train", "xor.csv", "--hidden", "4", "--bias", "--save", "layers.json", cwd=folder)
    run_cli("train", "xor.csv", "--bias", "--save", "neuron.json", cwd=folder)
    rows = ["0,0", "0,1", "1,0", "1,1"]
    layers = run_cli("predict", "layers.json", *rows, cwd=folder).stdout.split()
    neuron = run_cli("predict", "neuron.json", *rows, cwd=folder).stdout.split()
    assert [round(float(o)) for o in layers] == [0, 1, 1, 0]
    assert [round(float(o)) for o in neuron] != [0, 1, 1, 0]


def test_several_outputs_are_the_last_columns_and_print_separated_by_commas(folder):
    (folder / "two.csv").write_text("a,b,and,or\n0,0,0,0\n0,1,0,1\n1,0,0,1\n1,1,1,1\n")
    result = run_cli("train", "two.csv", "--outputs", "2", "--bias", "--save", "two.json",
                     cwd=folder)
    assert result.returncode == 0, result.stderr
    lines = run_cli("predict", "two.json", "0,0", "1,1", cwd=folder).stdout.splitlines()
    assert [[round(float(v)) for v in line.split(",")] for line in lines] == [[0, 0], [1, 1]]
    result = run_cli("predict", "--json", "two.json", "1,1", cwd=folder)
    assert len(json.loads(result.stdout)["predictions"][0]["outputs"]) == 2


def test_model_files_of_layers_round_trip_exactly():
    network = layered_network(3, [4, 2], outputs=2, seed=7, bias=True, learning_rate=0.5)
    network.train(SEQUEL_TRAINING_INPUTS, [[t[0], 1 - t[0]] for t in SEQUEL_TRAINING_OUTPUTS], 30)
    loaded = network_from_json(model_to_json(network))
    assert [(l.synaptic_weights, l.biases) for l in loaded.layers] == \
        [(l.synaptic_weights, l.biases) for l in network.layers]
    assert (loaded.seed, loaded.learning_rate, loaded.iterations_trained) == (7, 0.5, 30)


def test_explain_prints_the_reference_steps_numbers_for_layers():
    """Every number of the layered explanation is the reference step's float."""
    lines = explain_network(layered_network(3, [4], bias=True), SEQUEL_TRAINING_INPUTS,
                            SEQUEL_TRAINING_OUTPUTS, 3, "sequel.csv")
    text = "\n".join(lines)
    step = explain_iteration(3, inputs=SEQUEL_TRAINING_INPUTS, outputs=SEQUEL_TRAINING_OUTPUTS,
                             network=layered_network(3, [4], bias=True))
    for k in range(2):
        for quantity in (step.weighted_sums, step.outputs, step.errors, step.gradients, step.deltas):
            for row in quantity[k]:
                for value in row:
                    assert format_fixed(value) in text
        for row in step.adjustments[k] + step.new_weights[k]:
            for value in row:
                assert format_fixed(value) in text
        for value in step.bias_adjustments[k] + step.new_biases[k]:
            assert format_fixed(value) in text
    # back-propagation, written out term by term: delta of the output times the weight
    delta, weight = step.deltas[1][0][0], step.weights[1][0][0]
    assert "%s × %s = %s" % (format_fixed(delta), format_fixed(weight),
                             format_fixed(step.errors[0][0][0])) in text


def test_explain_on_data_and_with_layers_through_the_command_line(folder):
    result = run_cli("explain", "--data", "sequel.csv", "--hidden", "4", "--iteration", "2",
                     cwd=folder)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(
        "Training iteration 2 of a network of 3 inputs, a hidden layer of 4 neurons and 1 "
        "output neuron (seed 1) on the 7 examples of sequel.csv.")
    assert "Backward" in result.stdout and "layer 1 (hidden), neuron 4" in result.stdout
    single = run_cli("explain", "--data", "sequel.csv", cwd=folder)
    assert "Example 7: inputs [0, 0, 0], target output 0" in single.stdout


def test_the_layered_plot_is_well_formed_and_draws_the_network(folder):
    result = run_cli("plot", "--data", "sequel.csv", "--hidden", "4", "--iterations", "200",
                     "--out", "-", cwd=folder)
    assert result.returncode == 0, result.stderr
    root = ElementTree.fromstring(result.stdout.encode("utf-8"))
    svg = "{http://www.w3.org/2000/svg}"
    panels = [g for g in root.iter(svg + "g") if g.get("class") == "panel"]
    assert [p.get("id") for p in panels] == ["panel-a", "panel-b", "panel-c", "panel-d"]
    drawing = panels[3].find(svg + "svg")
    assert len(list(drawing.iter(svg + "circle"))) >= 3 + 4 + 1       # inputs, hidden, output


OPTION_CASES = [
    (["train", "data.csv", "--save", "m.json"], ["--seed", "7"]),
    (["train", "data.csv", "--save", "m.json"], ["--iterations", "5"]),
    (["train", "data.csv", "--save", "m.json"], ["--hidden", "2"]),
    (["train", "data.csv", "--save", "m.json"], ["--bias"]),
    (["train", "data.csv", "--save", "m.json"], ["--learning-rate", "0.5"]),
    (["explain"], ["--seed", "7"]),
    (["explain"], ["--iteration", "3"]),
    (["explain"], ["--hidden", "2"]),
    (["explain"], ["--data", "data.csv"]),
    (["plot", "--out", "-"], ["--seed", "7"]),
    (["plot", "--out", "-"], ["--iterations", "5"]),
    (["plot", "--out", "-"], ["--hidden", "2", "--iterations", "5"]),
]


@pytest.mark.parametrize("command, option", OPTION_CASES)
def test_every_option_works_before_and_after_its_command(folder, command, option):
    (folder / "data.csv").write_text(SEQUEL_CSV)
    after = run_cli(*(command + option), cwd=folder)
    model_after = (folder / "m.json").read_text() if (folder / "m.json").exists() else None
    before = run_cli(*(option + command), cwd=folder)
    model_before = (folder / "m.json").read_text() if (folder / "m.json").exists() else None
    assert after.returncode == 0, after.stderr
    assert (before.returncode, before.stdout, model_before) == (0, after.stdout, model_after)


@pytest.mark.parametrize("arguments, words", [
    (["predict", "m.json", "--hidden", "3"], ["--hidden", "does not apply to predict"]),
    (["multilayer", "--bias"], ["--bias", "does not apply to multilayer"]),
    (["--data", "x.csv"], ["--data", "does not apply to the main job"]),
    (["explain", "--outputs", "2"], ["--outputs 2 needs --data"]),
    (["train", "x.csv", "--hidden", "0", "--save", "m.json"], ["--hidden"]),
    (["train", "x.csv", "--hidden", "4,", "--save", "m.json"], ["--hidden"]),
])
def test_options_that_do_not_apply_are_refused_in_one_line(folder, arguments, words):
    assert_usage_error(run_cli(*arguments, cwd=folder), *words)


def test_a_network_of_layers_with_hand_made_layers_saves_without_a_seed():
    rng = RandomState(1)
    network = MultiLayerNetwork(NeuronLayer(2, 3, rng), NeuronLayer(1, 2, rng))
    assert json.loads(model_to_json(network))["training"]["seed"] is None
    assert network_from_json(model_to_json(network)).seed is None
