"""numpy's legacy random numbers, in pure Python: ``RandomState(seed)``.

The post seeds numpy with ``random.seed(1)`` and draws its starting weights with
``random.random((3, 1))``.  numpy's legacy generator is the Mersenne Twister
MT19937 (Matsumoto and Nishimura, 1998), and this module re-implements the
three parts of it that the post touches:

1. seeding from an integer with Knuth's recurrence (the reference code's
   ``init_genrand``)::

       mt[0] = seed;  mt[i] = 1812433253 * (mt[i-1] ^ (mt[i-1] >> 30)) + i   (mod 2**32)

   CPython's ``random.seed(1)`` feeds the seed through ``init_by_array``
   instead, which is why the standard library gives other numbers;
2. the twist that refills the 624 words of state, and the tempering of each
   32-bit output;
3. a double in [0, 1) made from two 32-bit draws, ``a`` and ``b``::

       ((a >> 5) * 67108864 + (b >> 6)) / 2**53

   that is 27 bits and 26 bits joined into a 53-bit fraction.

>>> rng = RandomState(0)
>>> rng.random_sample(3)
[0.5488135039273248, 0.7151893663724195, 0.6027633760716439]
>>> RandomState(1).random((3, 1))
[[0.417022004702574], [0.7203244934421581], [0.00011437481734488664]]

The generator is an object you own: nothing here touches global state.
"""

from neuron_pure.errors import NeuronPureError

__all__ = ["RandomState"]

_STATE_WORDS = 624          # n: words of state
_SHIFT_WORDS = 397          # m: the twist mixes word i with word i + m
_MATRIX_A = 0x9908B0DF      # the twist's constant
_UPPER_BIT = 0x80000000
_LOWER_BITS = 0x7FFFFFFF
_WORD = 0xFFFFFFFF


def _is_index(value):
    # An int as numpy takes one for a seed or a size (Python's operator.index):
    # bool included, so True seeds like 1 and a size of True draws one number.
    # (Not validation.is_integer, a count, which refuses True; and MicroPython
    # does not count bool as an int, hence both names.)
    return isinstance(value, (int, bool))


def _shown(value):
    # A short picture of a wrong value for a message: a huge string is cut.
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def check_seed(seed):
    """``seed`` as an int in [0, 2**32), numpy's range, or ``NeuronPureError``
    naming what is wrong with it: ``RandomState(seed)``'s door, and the
    networks' and titles' that print a seed.

    >>> check_seed(True)
    1
    """
    if not _is_index(seed):
        raise NeuronPureError(
            "seed must be an integer, not %s (%s)" % (type(seed).__name__, _shown(seed)))
    seed = int(seed)
    if seed < 0 or seed > _WORD:
        # numpy's exact words, so a reader can search for them.
        raise NeuronPureError("Seed must be between 0 and 2**32 - 1, got %d" % seed)
    return seed


# numpy refuses an array of more elements than its index type counts (2**63 - 1).
_MOST_DRAWS = 0x7FFFFFFFFFFFFFFF


class RandomState:
    """numpy's ``numpy.random.RandomState(seed)`` for an integer seed.

    ``seed`` must be an integer in [0, 2**32).  Anything else raises
    ``NeuronPureError`` (a ``ValueError``) naming it: a negative or larger
    seed with numpy's words, a float, a string or ``None`` too.  (numpy takes
    ``None`` to mean a seed from the operating system, and arrays of seeds; a
    generator meant to reproduce numbers does not.)

    >>> RandomState(4294967295).random(2)
    [0.0976320289940138, 0.9123828453026218]
    >>> RandomState(1.5)
    Traceback (most recent call last):
    ...
    neuron_pure.errors.NeuronPureError: seed must be an integer, not float (1.5)
    """

    def __init__(self, seed):
        self.seed(seed)

    def seed(self, seed):
        """Start the stream again from ``seed``, as ``numpy.random.seed`` does."""
        state = [check_seed(seed)]
        for i in range(1, _STATE_WORDS):
            previous = state[-1]
            state.append((1812433253 * (previous ^ (previous >> 30)) + i) & _WORD)
        self._state = state
        self._index = _STATE_WORDS      # the first draw twists the state

    def _twist(self):
        # Each new word joins the top bit of word i to the low 31 bits of word
        # i + 1, shifts it right by one, mixes in _MATRIX_A if the dropped bit
        # was 1, and adds (xor) word i + 397.
        state = self._state
        for i in range(_STATE_WORDS):
            y = (state[i] & _UPPER_BIT) | (state[(i + 1) % _STATE_WORDS] & _LOWER_BITS)
            word = state[(i + _SHIFT_WORDS) % _STATE_WORDS] ^ (y >> 1)
            if y & 1:
                word ^= _MATRIX_A
            state[i] = word
        self._index = 0

    def random_uint32(self) -> int:
        """The next 32-bit output of MT19937, tempered.

        >>> RandomState(5489).random_uint32()    # the reference code's first output
        3499211612
        """
        if self._index >= _STATE_WORDS:
            self._twist()
        y = self._state[self._index]
        self._index += 1
        # Tempering: an invertible shuffle of the bits that evens out the
        # distribution of the raw state words.
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        y ^= (y << 15) & 0xEFC60000
        y ^= y >> 18
        return y

    def _random_double(self):
        a = self.random_uint32() >> 5     # 27 bits
        b = self.random_uint32() >> 6     # 26 bits
        return (a * 67108864.0 + b) / 9007199254740992.0     # / 2**53

    def random_sample(self, size=None):
        """Floats uniform in [0, 1), like numpy's ``random_sample(size).tolist()``.

        ``size`` is ``None`` (one float), an int (a list of that many floats)
        or a tuple (nested lists of that shape, filled row by row).

        >>> RandomState(1).random_sample((2, 2))
        [[0.417022004702574, 0.7203244934421581], [0.00011437481734488664, 0.30233257263183977]]
        >>> RandomState(1).random_sample()
        0.417022004702574
        """
        if size is None:
            return self._random_double()
        if _is_index(size):
            size = (size,)
        if not isinstance(size, tuple):
            raise NeuronPureError(
                "size must be None, an integer or a tuple of integers, not %s"
                % type(size).__name__)
        count = 1
        for dimension in size:
            if not _is_index(dimension):
                raise NeuronPureError(
                    "size must hold integers, not %s" % type(dimension).__name__)
            if dimension < 0:
                raise NeuronPureError("negative dimensions are not allowed")
            count *= dimension
        if count > _MOST_DRAWS:
            raise NeuronPureError("size %r holds more numbers than numpy's arrays can" % (size,))
        return self._fill(tuple(int(d) for d in size))

    random = random_sample

    def _fill(self, size):
        if not size:                    # size () is a 0-d array: one float
            return self._random_double()
        if len(size) == 1:
            return [self._random_double() for _ in range(size[0])]
        return [self._fill(size[1:]) for _ in range(size[0])]
