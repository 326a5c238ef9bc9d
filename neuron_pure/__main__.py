"""``python3 -m neuron_pure``: see ``neuron_pure.cli``."""

from neuron_pure.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
