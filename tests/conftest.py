"""Test settings shared by the whole suite."""

from hypothesis import settings

# No per-example deadline: the suite also runs under PyPy (whose JIT makes the
# first examples slow) and on a busy two-core CI machine; a property either
# holds or fails, however long an example takes.  Speed lives in benchmarks/.
settings.register_profile("neuron-pure", deadline=None)
settings.load_profile("neuron-pure")
