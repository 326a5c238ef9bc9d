"""RandomState reproduces numpy's legacy generator (values from numpy 2.x,
``numpy.random.RandomState(seed).random_sample(size).tolist()``)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from neuron_pure import NeuronPureError, RandomState

seeds = st.integers(min_value=0, max_value=2 ** 32 - 1)


def test_seed_0_starts_like_numpy():
    assert RandomState(0).random_sample(3) == [
        0.5488135039273248, 0.7151893663724195, 0.6027633760716439]


def test_seed_1_across_the_first_twists():
    # draws 0, 623, 624 and 999: the state is refilled after 312 doubles
    draws = RandomState(1).random_sample(1000)
    assert [draws[0], draws[623], draws[624], draws[999]] == [
        0.417022004702574, 0.6438956443116628, 0.7543059505762987, 0.7744772660150796]


def test_the_largest_seed():
    assert RandomState(4294967295).random_sample(2) == [0.0976320289940138, 0.9123828453026218]


def test_reference_mt19937_output():
    # The first output of Matsumoto and Nishimura's reference code, seed 5489.
    assert RandomState(5489).random_uint32() == 3499211612


def test_sizes_give_floats_and_nested_lists_in_row_order():
    flat = RandomState(3).random_sample(6)
    assert RandomState(3).random_sample() == flat[0]
    assert RandomState(3).random_sample(()) == flat[0]
    assert RandomState(3).random_sample((2, 3)) == [flat[:3], flat[3:]]
    assert RandomState(3).random((3, 1, 2)) == [[flat[0:2]], [flat[2:4]], [flat[4:6]]]
    assert RandomState(3).random_sample(0) == []


def test_seed_restarts_the_stream():
    rng = RandomState(7)
    first = rng.random_sample(700)
    rng.seed(7)
    assert rng.random_sample(700) == first


@pytest.mark.parametrize("seed", [-1, 2 ** 32, 10 ** 20])
def test_out_of_range_seeds_raise_our_error_in_numpys_words(seed):
    with pytest.raises(NeuronPureError, match="Seed must be between 0 and 2\\*\\*32 - 1"):
        RandomState(seed)


@pytest.mark.parametrize("seed", [1.0, 1.5, "1", None, [1], b"1", 1j])
def test_non_integer_seeds_raise_our_error(seed):
    """The error contract: numpy raises TypeError here; we raise the one error
    type, NeuronPureError, naming what was given."""
    with pytest.raises(NeuronPureError, match="seed must be an integer, not " + type(seed).__name__):
        RandomState(seed)


@pytest.mark.parametrize("size, words", [
    ((2, -1), "negative dimensions"), ([2, 2], "not list"), ((2, "3"), "not str"),
    ("3", "not str"), ((1.5,), "not float")])
def test_bad_sizes_raise_our_error(size, words):
    with pytest.raises(NeuronPureError, match=words):
        RandomState(1).random_sample(size)


def test_reseeding_with_a_bad_seed_keeps_the_stream():
    rng = RandomState(1)
    rng.random_sample(5)
    with pytest.raises(NeuronPureError):
        rng.seed(-1)
    assert rng.random_sample(2) == RandomState(1).random_sample(7)[5:]


@given(seeds, st.integers(min_value=0, max_value=1300))
@settings(max_examples=30, deadline=None)
def test_draws_lie_in_the_unit_interval_and_repeat_for_the_same_seed(seed, count):
    """Law: every draw is in [0, 1), and a seed determines its whole stream."""
    draws = RandomState(seed).random_sample(count)
    assert all(0.0 <= x < 1.0 for x in draws)
    assert RandomState(seed).random_sample(count) == draws


@given(seeds, st.lists(st.integers(min_value=0, max_value=4), min_size=1, max_size=3))
@settings(max_examples=30, deadline=None)
def test_a_shape_is_the_flat_stream_cut_into_rows(seed, dimensions):
    """Law: random((a, b)) is the stream of a*b draws, filled row by row."""
    total = 1
    for d in dimensions:
        total *= d
    flat = RandomState(seed).random_sample(total)
    nested = RandomState(seed).random_sample(tuple(dimensions))

    def flatten(value, depth):
        if depth == 0:
            return [value]
        return [x for item in value for x in flatten(item, depth - 1)]
    assert flatten(nested, len(dimensions)) == flat
