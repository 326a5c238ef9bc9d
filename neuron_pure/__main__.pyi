# Types of neuron_pure.__main__: `python3 -m neuron_pure` and the neuron-pure script.

def run() -> int: ...       # the exit status
