"""``python3 -m neuron_pure``: see ``neuron_pure.cli``.

Ctrl-C while the command line is still being imported ends like Ctrl-C at
any later moment: one line and exit status 130, no traceback.
"""

try:
    from neuron_pure.cli import main
except KeyboardInterrupt:
    import sys
    sys.stderr.write("neuron-pure: interrupted\n")
    raise SystemExit(130)

if __name__ == "__main__":
    try:
        status = main()
    except KeyboardInterrupt:       # between main's own handler and here
        import sys
        sys.stderr.write("neuron-pure: interrupted\n")
        status = 130
    raise SystemExit(status)
