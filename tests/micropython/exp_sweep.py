# fast_glibc_exp against glibc_exp, under MicroPython's own float arithmetic:
# arguments across the sigmoid's working range (where MicroPython's math.exp
# gives other last bits for a few) and the probes.  Prints the arguments
# checked, those where MicroPython's math.exp differs from glibc_exp, and the
# mismatches.
import math
from neuron_pure.exp_probes import probe_arguments
from neuron_pure.exponential import fast_glibc_exp
from neuron_pure.glibc_exp import glibc_exp

arguments = [-20.0 + i * 0.0040000037 for i in range(10000)] + probe_arguments()
mismatches = [x for x in arguments if fast_glibc_exp(x) != glibc_exp(x)]
differ = [x for x in arguments if math.exp(x) != glibc_exp(x)]
print("checked", len(arguments))
print("differ", len(differ))
print("mismatches", len(mismatches))
