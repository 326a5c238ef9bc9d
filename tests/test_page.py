"""The explorable page (neuron_pure.page, ``python3 -m neuron_pure page``):
one self-contained file, opened from disk in headless Chromium with no
network, showing the exact numbers Python computes for the selected iteration.

Expected numbers are computed here independently of the page: the network is
trained N times with ``train`` and its weights and outputs are formatted with
``format_fixed``; the explanation is ``neuron_pure.explain.explanation_lines``.
"""

import contextlib
import json
import os

import pytest
from browser import browser_page
from clitools import assert_usage_error, run_cli
from neuron_pure import (
    POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS, NeuralNetwork, NeuronPureError, RandomState)
from neuron_pure.diagram import weight_labels, weights_of
from neuron_pure.explain import explanation_lines, post_title, step_lines
from neuron_pure.float_text import format_fixed
from neuron_pure.multilayer import (
    SEQUEL_TRAINING_INPUTS, SEQUEL_TRAINING_OUTPUTS, MultiLayerNetwork, NeuronLayer)
from neuron_pure.columns import decode_columns
from neuron_pure.page import page_for_network, page_html, post_page
from neuron_pure.page_run import explanation_writer, fewer_iterations, kept_iterations, record_run

LIMIT = 3 * 1024 * 1024          # the issue's limit for one page

# Chromium runs once, from the main suite: tox's per-interpreter runs (which
# set this) would only repeat it, as they would the interpreter comparison.
once = pytest.mark.skipif(
    os.environ.get("NEURON_PURE_SKIP_INTERPRETER_MATRIX") == "1",
    reason="browser tests run once, from the main suite; this is tox's per-interpreter run")


# ---------------------------------------------------------------------------
# What Python says the page must show.

def post_weights_after(iterations, seed=1):
    network = NeuralNetwork(seed=seed)
    network.train(POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS, iterations)
    return network


def expected_post(iteration):
    network = post_weights_after(iteration)
    return {
        "weights": weight_labels(*weights_of(network)),
        "outputs": [format_fixed(row[0]) for row in network.think(POST_TRAINING_INPUTS)],
        "explanation": ("\n".join(explanation_lines(iteration)) if iteration else None),
    }


def shown(page):
    """What the page shows now."""
    texts = "elements => elements.map(element => element.textContent)"
    return {
        "iteration": page.text_content("#iteration"),
        "note": page.text_content("#note"),
        "weights": page.eval_on_selector_all("#network .np-weight, #network .np-bias", texts),
        "outputs": page.eval_on_selector_all("[data-output]", texts),
        "explanation": page.text_content("#explanation"),
        "hash": page.evaluate("window.location.hash"),
    }


def assert_post_iteration(now, iteration):
    want = expected_post(iteration)
    assert now["iteration"] == str(iteration)
    assert now["weights"] == want["weights"]
    assert now["outputs"] == want["outputs"]
    if iteration:
        assert now["explanation"] == want["explanation"]
    else:
        assert now["explanation"].startswith("Iteration 0: the starting weights")


@pytest.fixture(scope="module")
def post_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("page") / "run.html"
    result = run_cli("page", "--out", str(path))
    assert result.returncode == 0 and result.stdout == "" and result.stderr == ""
    return path


def url(path, fragment=""):
    return "file://" + str(path) + fragment


@contextlib.contextmanager
def browser():
    """tests/browser.py's page, also failing the test on any script error."""
    with browser_page() as (page, refused):
        errors = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        yield page, refused
        assert errors == []


# ---------------------------------------------------------------------------
# The post's run, in the browser.

@once
def test_the_posts_page_is_one_small_self_contained_file(post_file):
    size = os.path.getsize(post_file)
    assert size < LIMIT, size
    html = post_file.read_text(encoding="utf-8")
    # nothing to fetch: no address but the SVG namespace, no src or href
    assert "://" not in html.replace("http://www.w3.org/2000/svg", "")
    assert " src=" not in html and " href=" not in html and "@import" not in html


@pytest.mark.parametrize("iteration", [0, 1, 2, 25, 9999, 10000])
@once
def test_a_fragment_shows_that_iterations_exact_numbers(post_file, iteration):
    """#iteration=N shows the weights after N iterations, each example's
    output then, and explain's text for iteration N; nothing is requested."""
    with browser() as (page, refused):
        page.goto(url(post_file, "#iteration=%d" % iteration))
        now = shown(page)
        assert_post_iteration(now, iteration)
        assert now["note"] == "" and now["hash"] == "#iteration=%d" % iteration
        assert refused == []


@once
def test_the_slider_and_the_fragment_follow_each_other(post_file):
    with browser() as (page, refused):
        page.goto(url(post_file))
        assert_post_iteration(shown(page), 0)
        slider = page.locator("#slider")
        assert slider.get_attribute("max") == "10000"
        slider.focus()
        page.keyboard.press("ArrowRight")              # a learner moves the slider one step
        page.keyboard.press("ArrowRight")
        now = shown(page)
        assert_post_iteration(now, 2)
        assert now["hash"] == "#iteration=2"           # the address follows, to share it
        slider.fill("4321")                            # and anywhere along it
        now = shown(page)
        assert_post_iteration(now, 4321)
        assert now["hash"] == "#iteration=4321"
        page.evaluate("window.location.hash = '#iteration=77'")   # a link within the page
        page.wait_for_function("document.getElementById('iteration').textContent === '77'")
        assert_post_iteration(shown(page), 77)
        assert page.input_value("#slider") == "77"
        page.click("#next")
        assert_post_iteration(shown(page), 78)
        assert refused == []


@once
def test_a_fragment_beyond_the_run_or_not_a_number(post_file):
    with browser() as (page, refused):
        page.goto(url(post_file, "#iteration=123456"))
        now = shown(page)
        assert now["iteration"] == "10000" and "showing the last" in now["note"]
        page.goto(url(post_file, "#iteration=abc"))
        page.reload()
        now = shown(page)
        assert now["iteration"] == "0" and "names no iteration" in now["note"]
        assert refused == []


@once
def test_a_neuron_with_a_bias_shows_it_under_the_neuron(tmp_path):
    """The bias is drawn as "b = ..." under the neuron, and the explanation
    treats it as the weight of an input that is always 1."""
    path = tmp_path / "bias.html"
    path.write_text(page_html(NeuralNetwork(bias=True), POST_TRAINING_INPUTS,
                              POST_TRAINING_OUTPUTS, 50), encoding="utf-8")
    expected = NeuralNetwork(bias=True)
    expected.train(POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS, 20)
    labels = weight_labels(*weights_of(expected))
    with browser() as (page, refused):
        page.goto(url(path, "#iteration=20"))
        now = shown(page)
        assert now["weights"] == labels[:3] + ["b = " + labels[3]]
        assert "new bias" in now["explanation"].splitlines()[-1]
        assert now["explanation"].splitlines()[-1].endswith(" = " + labels[3])
        assert now["outputs"] == [format_fixed(row[0]) for row in
                                  expected.think(POST_TRAINING_INPUTS)]
        assert refused == []


# ---------------------------------------------------------------------------
# A longer run: sampled, and the nearest earlier kept iteration.

@pytest.fixture(scope="module")
def sampled_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("sampled") / "long.html"
    result = run_cli("page", "--out", str(path), "--iterations", "20000", "--seed", "7")
    assert result.returncode == 0, result.stderr
    return path


@once
def test_a_long_run_keeps_samples_and_says_which_it_shows(sampled_file):
    kept = kept_iterations(20000)
    assert 103 not in kept and 100 in kept and 20000 in kept
    with browser() as (page, refused):
        page.goto(url(sampled_file, "#iteration=103"))
        now = shown(page)
        assert now["iteration"] == "100"
        assert now["note"] == ("Iteration 103 was not kept: showing iteration 100, "
                               "the nearest earlier one.")
        network = post_weights_after(100, seed=7)
        assert now["weights"] == weight_labels(*weights_of(network))
        assert now["explanation"] == "\n".join(explanation_lines(100, seed=7))
        assert page.locator("#slider").get_attribute("max") == str(len(kept) - 1)
        page.goto(url(sampled_file, "#iteration=20000"))
        page.reload()
        now = shown(page)
        assert now["iteration"] == "20000" and now["note"] == ""
        assert now["weights"] == weight_labels(*weights_of(post_weights_after(20000, seed=7)))
        assert refused == []


# ---------------------------------------------------------------------------
# Layered networks.

def layered_lines(step, inputs, targets, iteration):
    """The layered explanation, as explain prints it under a short title."""
    return ["Training iteration %d of a network of %d layers." % (iteration, len(step.weights)),
            ""] + step_lines(step, inputs, targets)


def sequel_network(kind=MultiLayerNetwork):
    rng = RandomState(1)
    return kind(NeuronLayer(4, 3, rng), NeuronLayer(1, 4, rng))


def open_layered(tmp_path, network, iterations, lines, fragment):
    path = tmp_path / "layers.html"
    path.write_text(page_html(network, SEQUEL_TRAINING_INPUTS, SEQUEL_TRAINING_OUTPUTS, iterations,
                              lines, title="The sequel's network"), encoding="utf-8")
    assert os.path.getsize(path) < LIMIT
    return path


def check_layered(path, iteration, explain):
    expected = sequel_network(MultiLayerNetwork)
    expected.train(SEQUEL_TRAINING_INPUTS, SEQUEL_TRAINING_OUTPUTS, iteration)
    with browser() as (page, refused):
        page.goto(url(path, "#iteration=%d" % iteration))
        now = shown(page)
        assert now["iteration"] == str(iteration)
        assert now["weights"] == weight_labels(*weights_of(expected))
        assert len(now["weights"]) == 3 * 4 + 4 * 1
        assert now["outputs"] == [format_fixed(row[0]) for row in
                                  expected.think(SEQUEL_TRAINING_INPUTS)[-1]]
        assert page.locator(".np-point").count() == 7        # the examples on the curve
        assert explain(now["explanation"], expected)
        assert refused == []


@once
def test_a_layered_run_shows_every_layers_weights(tmp_path):
    """With a train_step (here a stand-in), the page shows a layered
    network's weights after N iterations, its outputs and the explanation."""
    path = open_layered(tmp_path, sequel_network(), 300, layered_lines, "")

    def explained(text, expected):
        return text.startswith("Training iteration 37 of a network of 2 layers.")
    check_layered(path, 37, explained)


@once
def test_a_network_with_two_outputs_shows_both(tmp_path):
    """K outputs: each example shows K weighted sums and outputs, and puts K
    points on the curve (here exclusive-or and and of the first two inputs)."""
    targets = [[row[0] ^ row[1], row[0] & row[1]] for row in SEQUEL_TRAINING_INPUTS]
    rng = RandomState(2)
    network = MultiLayerNetwork(NeuronLayer(3, 3, rng), NeuronLayer(2, 3, rng))
    path = tmp_path / "two.html"
    path.write_text(page_html(network, SEQUEL_TRAINING_INPUTS, targets, 40, layered_lines,
                              output_names=["xor", "and"]), encoding="utf-8")
    rng = RandomState(2)
    expected = MultiLayerNetwork(NeuronLayer(3, 3, rng), NeuronLayer(2, 3, rng))
    expected.train(SEQUEL_TRAINING_INPUTS, targets, 40)
    with browser() as (page, refused):
        page.goto(url(path, "#iteration=40"))
        now = shown(page)
        assert now["weights"] == weight_labels(*weights_of(expected))
        assert now["outputs"] == [format_fixed(o) for row in
                                  expected.think(SEQUEL_TRAINING_INPUTS)[-1] for o in row]
        assert page.locator(".np-point").count() == 14
        assert refused == []


@once
def test_the_sequels_page_explains_backpropagation(tmp_path):
    """The sequel's own network and explanation: backpropagation written out,
    the hidden layer's error term by term, as explain prints it."""
    from neuron_pure.explain import explain_network
    path = tmp_path / "sequel.html"
    path.write_text(page_for_network(sequel_network(), SEQUEL_TRAINING_INPUTS,
                                     SEQUEL_TRAINING_OUTPUTS, 300, "sequel.csv"), encoding="utf-8")

    def explained(text, expected):
        return text.split("\n") == explain_network(
            sequel_network(), SEQUEL_TRAINING_INPUTS, SEQUEL_TRAINING_OUTPUTS, 37, "sequel.csv")
    check_layered(path, 37, explained)


# ---------------------------------------------------------------------------
# Without a browser: the recorder, the columns, the command line.

def test_the_recorder_keeps_what_train_computes():
    run = record_run(NeuralNetwork(), POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS, 30,
                     explanation_writer(post_title), kept_iterations(30))
    assert run.samples == list(range(31))
    for iteration in (0, 1, 17, 30):
        network = post_weights_after(iteration)
        assert run.weights[iteration] == weights_of(network)[0]
        assert run.outputs[iteration] == network.think(POST_TRAINING_INPUTS)
    assert run.explanations[0] is None
    # the sums placed on the curve are the ones the outputs come from
    from neuron_pure import sigmoid
    assert [[sigmoid(total) for total in row] for sums in run.sums for row in sums] == [
        row for outputs in run.outputs for row in outputs]
    assert run.explanations[17] == explanation_lines(17)
    assert run.explanations[1] == explanation_lines(1)


@pytest.mark.parametrize("samples", [[0, 2, 2], [3, 1], [0, 11], [-1, 2]])
def test_the_kept_iterations_must_rise_within_the_run(samples):
    """page_html checks the kept iterations before it trains: the network is untouched."""
    network = NeuralNetwork()
    before = [row[:] for row in network.synaptic_weights]
    with pytest.raises(NeuronPureError, match="must rise"):
        page_html(network, POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS, 10, samples=samples)
    assert network.synaptic_weights == before


@pytest.mark.parametrize("samples", [[], [0, 1.5], [0, True], "0,1", (0, "1")])
def test_the_kept_iterations_must_be_whole_numbers(samples):
    with pytest.raises(NeuronPureError, match="must be a non-empty list of whole numbers"):
        page_html(NeuralNetwork(), POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS, 10, samples=samples)


def test_user_text_is_data_never_template():
    """A file named {{LAST}}.csv, a title or a name holding a place of the
    template: each is written as it is, escaped, and no place of the page
    changes (the page is filled in one pass, values never searched again)."""
    network = NeuralNetwork()
    html = page_for_network(network, POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS, 3,
                            "{{LAST}}.csv")
    assert "the 4 examples of {{LAST}}.csv for 3 iterations." in html      # not "of 3.csv"
    assert "of 3.csv" not in html and 'max="3"' in html and "of 3</span>" in html
    assert html.count("{{") == html.count("{{LAST}}.csv") == 2     # and in the explanation
    html = page_html(NeuralNetwork(), POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS, 2,
                     title="{{DATA}} <b>", description="{{SCRIPT}} & {{KEPT}}",
                     input_names=["{{TABLE}}", "x<y", '"q"'], output_names=["{{CURVE}}"])
    assert "<h1>{{DATA}} &lt;b&gt;</h1>" in html
    assert "<p>{{SCRIPT}} &amp; {{KEPT}} Every iteration can be selected." in html
    assert "<th>{{TABLE}}</th><th>x&lt;y</th><th>&quot;q&quot;</th>" in html
    assert html.count("{{") == sum(html.count("{{%s}}" % name) for name in (
        "DATA", "SCRIPT", "KEPT", "TABLE", "CURVE"))
    for once_only in ('id="np-data"', "(function () {", 'aria-label="the sigmoid curve',
                      'aria-label="the mean absolute error', '<table class="examples">'):
        assert html.count(once_only) == 1, once_only


def test_sampling_follows_the_issues_rule():
    """Every iteration up to 10,000; longer runs: every one of the first 100,
    at least 50 per power of ten after that, and the last."""
    assert kept_iterations(10000) == list(range(10001))
    for total in (10001, 60000, 1234567):
        kept = kept_iterations(total)
        assert kept == fewer_iterations(total)
        assert kept[:101] == list(range(101)) and kept[-1] == total
        assert kept == sorted(set(kept))
        power = 100
        while power * 10 <= total:
            assert len([k for k in kept if power <= k < power * 10]) >= 50
            power *= 10


def test_the_page_embeds_the_run_as_columns():
    """The page's data decodes to the texts Python formatted (the script's
    reading, done in Python)."""
    html = post_page(iterations=40)
    start = html.index('<script type="application/json" id="np-data">') + len(
        '<script type="application/json" id="np-data">')
    data = json.loads(html[start:html.index("</script>", start)])
    columns = decode_columns(data["columns"], data["count"])
    first, width = data["groups"]["labels"]
    labels = columns[first:first + width]
    for iteration in (0, 13, 40):
        assert [column[iteration] for column in labels] == expected_post(iteration)["weights"]


def test_a_page_too_large_keeps_fewer_iterations_or_says_so():
    """Above the limit, a page keeps every one of the first 100 iterations and
    50 per power of ten; if even that is too large, the error says so."""
    html = page_html(NeuralNetwork(), POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS, 3000,
                     limit=150000)
    assert len(html.encode("utf-8")) <= 150000
    kept = fewer_iterations(3000)
    assert 'max="%d"' % (len(kept) - 1) in html
    assert "%d of the 3001 iterations are kept: every one of the first 100" % len(kept) in html
    with pytest.raises(NeuronPureError, match="more than 20000"):
        page_html(NeuralNetwork(), POST_TRAINING_INPUTS, POST_TRAINING_OUTPUTS, 3000, limit=20000)


def test_page_writes_a_file_or_stdout(tmp_path):
    result = run_cli("page", "--out", "-", "--iterations", "5")
    assert result.returncode == 0 and result.stdout == post_page(iterations=5)
    result = run_cli("page", "--out", "p.html", "--iterations", "0", "--seed", "3", cwd=tmp_path)
    assert result.returncode == 0 and result.stdout == ""
    assert (tmp_path / "p.html").read_text(encoding="utf-8") == post_page(3, 0)


def test_page_refuses_bad_arguments_and_writes_nothing(tmp_path):
    assert_usage_error(run_cli("page", "--out", "no/where.html", cwd=tmp_path), "does not exist")
    assert_usage_error(run_cli("page", "--out", "p.html", "--iterations", "-1", cwd=tmp_path),
                       "must not be negative")
    assert_usage_error(run_cli("page", cwd=tmp_path), "--out")
    assert os.listdir(tmp_path) == []
