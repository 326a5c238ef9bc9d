"""``python3 -m neuron_pure`` and the ``neuron-pure`` script: see ``neuron_pure.cli``.

Ctrl-C while the command line is still being imported, or just after it has
finished, ends like Ctrl-C at any other moment: one line, exit status 130.
"""


def run():
    """Import the command line and run it; the exit status."""
    try:
        from neuron_pure.cli import main
        return main()
    except BaseException as stop:
        # Ctrl-C, or SIGTERM/SIGHUP in the instant main puts its handlers back.
        from neuron_pure.interrupt import Terminated, report_interrupt
        if isinstance(stop, (KeyboardInterrupt, Terminated)):
            return report_interrupt(None, stop)
        raise


if __name__ == "__main__":
    raise SystemExit(run())
