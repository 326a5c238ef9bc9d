"""Your own data: CSV in, JSON models out and back, predictions; and every bad
input rejected with our error type, never anything else."""

import io
import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from neuron_pure import NeuralNetwork, NeuronPureError
from neuron_pure.cli.terminal import Progress
from neuron_pure.dataset import parse_examples
from neuron_pure.errors import DataFileError, ModelFileError
from neuron_pure.model import model_to_json, network_from_dict, network_from_json

POST_CSV = "x1,x2,x3,y\n0,0,1,0\n1,1,1,1\n1,0,1,1\n0,1,1,0\n"

unit = st.floats(min_value=0, max_value=1)
small = st.floats(min_value=-5, max_value=5)


@st.composite
def csv_files(draw):
    """Well-formed CSV text: an optional header, inputs, a target in [0, 1]."""
    inputs = draw(st.integers(1, 4))
    examples = draw(st.integers(1, 6))
    lines = []
    if draw(st.booleans()):
        lines.append(",".join("x%d" % i for i in range(inputs)) + ",target")
    for _ in range(examples):
        row = [repr(draw(small)) for _ in range(inputs)] + [repr(draw(unit))]
        lines.append(",".join(row))
        if draw(st.booleans()):
            lines.append("")                 # blank lines are skipped
    return "\n".join(lines) + "\n", inputs, examples


def test_the_posts_data_as_csv_gives_the_posts_numbers():
    inputs, targets = parse_examples(POST_CSV, "post.csv")
    network = NeuralNetwork(len(inputs[0]))
    network.train(inputs, targets, 10000)
    assert network.think([1, 0, 0]) == [0.9999370428352157]


@given(csv_files())
@settings(max_examples=40, deadline=None)
def test_well_formed_csv_trains(case):
    """Law: any well-formed CSV gives examples of the right shape that train."""
    text, width, examples = case
    inputs, targets = parse_examples(text, "random.csv")
    assert len(inputs) == len(targets) == examples
    assert all(len(row) == width for row in inputs)
    network = NeuralNetwork(width, bias=True)
    network.train(inputs, targets, 5)
    assert all(0 <= out[0] <= 1 for out in network.think(inputs))


@given(st.text(alphabet="0123456789.,-+eE \n\r\tabn\ufeff\x00", max_size=60))
@settings(max_examples=300)
def test_any_text_is_accepted_or_refused_with_our_error(text):
    """Law: parsing never fails with anything but DataFileError."""
    try:
        inputs, targets = parse_examples(text, "random.csv")
    except DataFileError as problem:
        assert str(problem).startswith("random.csv")
    else:
        assert all(0 <= t <= 1 for t in targets)
        assert all(math.isfinite(x) for row in inputs for x in row)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.sampled_from(
        ["format", "version", "inputs", "weights", "bias", "training",
         "iterations", "seed", "learning_rate", "x"]), children, max_size=6),
    max_leaves=12)


@given(json_values)
@settings(max_examples=300)
def test_any_json_value_is_accepted_or_refused_with_our_error(value):
    """Law: loading never fails with anything but ModelFileError."""
    try:
        network_from_dict(value, "random.json")
    except ModelFileError as problem:
        assert str(problem).startswith("random.json")


@given(st.fixed_dictionaries({
    "inputs": st.integers(1, 4), "seed": st.integers(0, 2 ** 32 - 1),
    "bias": st.booleans(), "rate": st.floats(0.01, 10), "iterations": st.integers(0, 30)}))
@settings(max_examples=40, deadline=None)
def test_save_and_load_round_trip_exactly(case):
    """Law: a loaded model is the saved one, to the last bit of every weight."""
    network = NeuralNetwork(case["inputs"], seed=case["seed"], bias=case["bias"],
                            learning_rate=case["rate"])
    data = [[((i * 7 + j) % 3) / 2 for j in range(case["inputs"])] for i in range(3)]
    network.train(data, [0, 1, 0.5], case["iterations"])
    loaded = network_from_json(model_to_json(network), "m.json")
    assert loaded.synaptic_weights == network.synaptic_weights
    assert loaded.bias == network.bias
    assert loaded.learning_rate == network.learning_rate
    assert loaded.iterations_trained == network.iterations_trained
    assert loaded.think(data) == network.think(data)
    json.loads(model_to_json(network))      # and the file is plain JSON


def test_bias_is_drawn_after_the_input_weights_and_trained():
    plain, with_bias = NeuralNetwork(), NeuralNetwork(bias=True)
    assert with_bias.synaptic_weights == plain.synaptic_weights
    start = with_bias.bias
    with_bias.train([[0, 0, 0], [1, 1, 1]], [0.9, 0.9], 100)
    assert with_bias.bias > start
    assert with_bias.think([0, 0, 0])[0] > 0.8       # [0, 0, 0] no longer gives 0.5


def test_the_learning_rate_scales_each_adjustment():
    slow, fast = NeuralNetwork(learning_rate=0.5), NeuralNetwork(learning_rate=2.0)
    before = slow.synaptic_weights
    slow.train([[0, 0, 1]], [1], 1)
    fast.train([[0, 0, 1]], [1], 1)
    assert slow.synaptic_weights[2][0] - before[2][0] == pytest.approx(
        (fast.synaptic_weights[2][0] - before[2][0]) / 4)


@pytest.mark.parametrize("rate", [0, -1, math.inf, math.nan, "1"])
def test_bad_learning_rates_are_refused(rate):
    with pytest.raises(NeuronPureError, match="learning_rate"):
        NeuralNetwork(learning_rate=rate)


class FakeTerminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_shows_on_a_terminal_after_a_second_only():
    times = iter([0.0, 0.5, 1.5, 2.0])
    stream = FakeTerminal()
    progress = Progress(100, stream, enabled=True, clock=lambda: next(times))
    progress.update(10, 0.3)                  # 0.5 s: too early
    assert stream.getvalue() == ""
    progress.update(50, 0.2)                  # 1.5 s: shown
    assert "iteration 50 of 100" in stream.getvalue()
    assert "\n" not in stream.getvalue()      # one updating line
    progress.finish()
    assert stream.getvalue().endswith("\r")


def test_progress_is_silent_off_a_terminal_and_when_quiet():
    for stream, enabled in [(io.StringIO(), True), (FakeTerminal(), False)]:
        progress = Progress(100, stream, enabled=enabled, clock=lambda: 99.0)
        progress.update(50, 0.2)
        assert stream.getvalue() == ""


@pytest.mark.parametrize("text, line, separators", [
    ("0 0 1 0\n1 1 1 1\n", 1, "spaces"),
    ("x1;x2;y\n0;1;1\n1;0;1\n", 2, "semicolons"),
    ("0\t1\t1\n", 1, "tabs"),
    ("0.5;  -1e-3 ;1\n", 1, "semicolons"),
])
def test_a_csv_separated_otherwise_is_refused_with_a_hint(text, line, separators):
    """A space-, tab- or semicolon-separated file was read as one column: its
    first row taken for a header and the error pointing at line 2 (issue 22).
    Now the first row of numbers so separated is refused by name."""
    from neuron_pure.dataset import parse_examples
    from neuron_pure.errors import DataFileError
    with pytest.raises(DataFileError, match="data.csv line %d: the values are separated by %s; "
                       "this reader takes commas" % (line, separators)):
        parse_examples(text, "data.csv")


def test_one_column_of_numbers_is_still_one_column():
    from neuron_pure.dataset import parse_rows
    assert parse_rows("x\n0.5\n-2\n", "d.csv") == ([[0.5], [-2.0]], ["x"])
