"""The command line: ``python3 -m neuron_pure`` (or ``neuron-pure``).

Without a command it prints the post's transcript:

>>> main(["--seed", "2", "--iterations", "50"])
Random starting synaptic weights: 
[[-0.1280102 ]
 [-0.94814754]
 [ 0.09932496]]
New synaptic weights after training: 
[[ 3.68768541]
 [-0.39040902]
 [-1.50380427]]
Considering new situation [1, 0, 0] -> ?: 
[0.97558133]
0

Commands: ``train`` a neuron on a CSV file and save it, ``predict`` with a
saved one, ``explain`` one training iteration number by number, ``plot`` a
run as SVG, ``page`` a run as one HTML page to step through, ``multilayer`` the
sequel's two-layer network.

The rules every command follows:

* an option goes before or after the command (``--seed 7 explain`` is
  ``explain --seed 7``); an option the command does not use is refused;
  options are never abbreviated;
* numbers follow the CSV reader's rule (``dataset.parse_number``): digits,
  sign, point and exponent, so no ``1_000``, no ``nan``;
* ``-`` as a file name means standard input (``train -``, ``predict --csv -``,
  ``predict - ROW``) or standard output (``--save -``, ``--out -``);
* exit status 0: done; 2: bad arguments or input, one line on stderr
  (``neuron-pure: error: ...``), nothing created or changed; 1: an output
  could not be written (a full disk), one line naming it (standard output
  only when standard output failed), the old file kept, or memory ran out;
  130: interrupted (Ctrl-C), 143 and 129: SIGTERM and SIGHUP, one line, the
  temporary file of a save removed.  A reader that goes away
  (``| head -1``) ends the output quietly, with status 0.

The package's modules, each with one job: ``options`` (the option table and
the parser), ``commands`` (the eight commands, each a short recipe),
``steps`` (what the recipes are made of: examples, networks, training with a
progress line, predict's rows), ``file_arguments`` (``-`` or a file, read
and written through ``neuron_pure.files``), ``terminal`` (one line per
problem, escaped, in any encoding; the progress line).

>>> main(["explain", "--save", "model.json"], stderr=sys.stdout)
neuron-pure: error: --save does not apply to explain, only to train
2
"""

import sys

from neuron_pure.cli.terminal import (
    ClosedStream, GuardedOutput, OutputError, StandardOutputError, UsageError,
    forgiving_streams, say, silence_stdout)
from neuron_pure.errors import NeuronPureError
from neuron_pure.interrupt import Terminated, handle_termination, restore_handlers
from neuron_pure.neuron import demo

OUT_OF_MEMORY = ("out of memory: the input (or the network) is too large for the memory "
                 "this machine gives the command (no file was changed)")


def main(argv=None, stdout=None, stderr=None):
    """Run the command line; returns the exit status."""
    real_streams = stdout is None
    if real_streams:
        forgiving_streams()
    stdout = GuardedOutput(stdout or sys.stdout or ClosedStream())
    stderr = stderr or sys.stderr or ClosedStream()
    argv = sys.argv[1:] if argv is None else argv
    # SIGTERM and SIGHUP end a command as Ctrl-C does (see neuron_pure.interrupt);
    # only the program's own run, never a Python caller's, changes its handlers.
    replaced = handle_termination() if real_streams else {}
    try:
        return _run(argv, stdout, stderr, real_streams)
    finally:
        restore_handlers(replaced)


def _run(argv, stdout, stderr, real_streams):
    """``main``'s work: the command, and each way it can end as one line and
    a status (see the module's docstring)."""
    try:
        try:
            if not argv:        # the main job: nothing to parse
                demo(write=lambda line: print(line, file=stdout))
            else:
                # The parser and the commands are imported only here: the
                # main job does not need them (see benchmarks/run.py).
                from neuron_pure.cli.commands import COMMANDS
                from neuron_pure.cli.options import parse_arguments
                arguments = parse_arguments(argv)
                COMMANDS[arguments.command](arguments, stdout, stderr)
        except SystemExit as done:      # --help, --version: printed, now flushed below
            status = done.code if isinstance(done.code, int) else 0
        else:
            status = 0
        stdout.flush()
        return status
    except (UsageError, NeuronPureError) as problem:
        say(stderr, "error: %s" % problem)
        return 2
    except (KeyboardInterrupt, Terminated) as stop:
        from neuron_pure.interrupt import report_interrupt
        return report_interrupt(stderr, stop)
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, as Unix tools do.
        if real_streams:
            silence_stdout()
        return 0
    except StandardOutputError as problem:
        # Standard output itself failed: a full disk (> /dev/full), an I/O error.
        if real_streams:
            silence_stdout()
        say(stderr, "error: %s" % problem)
        return 1
    except OutputError as problem:
        say(stderr, "error: %s" % problem)
        return 1
    except OSError as problem:
        # Any other failure of the system, named by its file where it has one.
        say(stderr, "error: %s%s" % ("" if problem.filename is None else "%s: " % problem.filename,
                                     problem.strerror or problem))
        return 1
    except MemoryError:
        pass        # reported below, once the frames holding the memory are let go
    say(stderr, "error: " + OUT_OF_MEMORY)
    return 1
