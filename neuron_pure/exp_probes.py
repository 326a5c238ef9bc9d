"""Which exp the C library gives: 42 arguments on which C libraries part ways.

``math.exp`` is the C library's exp.  Where it gives GNU libc's bits on every
one of these arguments it is taken for numpy's (it is then the C library's own,
about 300 times faster than ``neuron_pure.exponential``'s on CPython); where
it does not, as on MicroPython, the neuron uses ``fast_glibc_exp``.  The check
runs once, on the first sigmoid (``exponential.exp_function``, which gives
this module its ``fast_glibc_exp``: the module sits below it and imports
nothing of the exps); a board that only thinks never loads this module.

>>> from neuron_pure.exponential import fast_glibc_exp
>>> math_exp_is_glibc(fast_glibc_exp) == all(math.exp(x) == fast_glibc_exp(x)
...                                          for x in probe_arguments())
True

Shared with ``exponential`` and the tests; the module has no public names.
"""

import math

__all__ = []

# The arguments, as pairs "m e" for m * 2**e (exact on every interpreter; one
# string, which MicroPython keeps in less memory than 42 tuples of long
# integers): where MicroPython's WebAssembly build, GNU libc without fused
# multiply-adds, or a correctly rounded exp, differ from GNU libc with them in
# the last bit.
_PROBES = (
    "-7552719204755430 -49 -7149415357785950 -48 4702974739751186 -47 "
    "4843669427362748 -47 4618591887557376 -51 -4998515635909668 -48 "
    "-5274166944536965 -51 -8138731748741813 -51 8326233427798405 -51 "
    "-8870645494958925 -51 4539485847799864 -50 4583254880596571 -50 "
    "4617106742128009 -50 8787704310987489 -51 -5009114089352295 -50 "
    "-5015207527132246 -50 -6998166827503008 -50 5249008846456598 -47 "
    "-5295423689259890 -47 8451832103412232 -50 5340279282773250 -48 "
    "-7650449262566896 -49 -6363173978384950 -48 6548113269524982 -48 "
    "4680122011257598 -48 -4653630244130550 -49 5185270581290842 -47 "
    "-7662141770337878 -48 -8743812702407856 -49 8739632524088024 -48 "
    "-4565572953726180 -49 4763564234605548 -47 5227740445032304 -47 "
    "4830758143163018 -47 -5178238677732921 -47 -5581634242177020 -47 "
    "-7125056264407168 -48 -4538858742780622 -48 -6087003309699172 -48 "
    "5074625321619946 -47 4781695265732220 -49 4808276685266592 -50")


def probe_arguments():
    """The 42 arguments that tell C libraries' exp apart, each
    ``math.ldexp(m, e)`` of a pair of ``_PROBES``.

    >>> probe_arguments()[0]
    -13.416324415436929
    """
    numbers = _PROBES.split()
    return [math.ldexp(int(numbers[i]), int(numbers[i + 1]))
            for i in range(0, len(numbers), 2)]


def math_exp_is_glibc(reference):
    """Whether ``math.exp`` gives GNU libc's bits on every probe argument:
    those of ``reference``.  Trusts its caller: ``reference`` is GNU libc's
    exp (``exponential`` gives its ``fast_glibc_exp``, glibc_exp's bits:
    tested)."""
    for x in probe_arguments():
        if math.exp(x) != reference(x):
            return False
    return True
