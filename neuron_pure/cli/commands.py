"""The eight commands, each a recipe: check what can be checked before the
work, read, compute, write.  Each takes ``(arguments, stdout, stderr)``,
``arguments`` parsed by ``neuron_pure.cli.options``; bad input raises
``UsageError``, an output that cannot be written ``OutputError``.

>>> sorted(name for name in COMMANDS if name is not None)
['board', 'explain', 'multilayer', 'page', 'plot', 'predict', 'train']
>>> from neuron_pure.cli.options import parse_arguments
>>> command_explain(parse_arguments(["explain", "--hidden", "2", "--iteration", "3"]),
...                 sys.stdout, sys.stderr)
Training iteration 3 of a network of 3 inputs, a hidden layer of 2 neurons and 1 output neuron (seed 1) on 4 examples.
...
"""

import sys

from neuron_pure.cli.file_arguments import (
    STANDARD_STREAM, check_input, check_output, input_name, read_input, write_output)
from neuron_pure.cli.options import MAIN
from neuron_pure.cli.steps import (
    build_network, examples_for, finite_outputs, is_the_posts_run, network_and_examples,
    read_examples_from, rows_to_predict, train_with_progress, training_summary)
from neuron_pure.cli.terminal import OutputError, Progress, UsageError, one_line
from neuron_pure.neuron import demo

# Each command imports what only it needs when it runs, so that the main job
# (the post's transcript) starts fast: see benchmarks/run.py.


def command_train(arguments, stdout, stderr):
    from neuron_pure.model import model_to_json
    # Everything that can be checked is checked before reading and training:
    # a missing folder fails now, not after minutes of work.
    check_input(arguments.training_data)
    if arguments.save is not None:
        check_output(arguments.save, [arguments.training_data])
    inputs, targets = read_examples_from(arguments.training_data, arguments)
    network = build_network(arguments, len(inputs[0]))
    progress = Progress(arguments.iterations, stderr, enabled=not arguments.quiet)
    train_with_progress(network, inputs, targets, arguments.iterations, progress)
    if arguments.save is not None:
        write_output(arguments.save, model_to_json(network), stdout, [arguments.training_data])
    summary = stderr if arguments.save == STANDARD_STREAM else stdout
    print(training_summary(network, inputs, targets, arguments), file=summary)


def command_predict(arguments, stdout, stderr):
    from neuron_pure.errors import ModelFileError
    from neuron_pure.model import network_from_bytes
    if arguments.csv is not None and arguments.rows:
        raise UsageError("give rows on the command line or --csv FILE, not both")
    if arguments.csv is None and not arguments.rows:
        raise UsageError("nothing to predict: give rows (e.g. 1,0,0) or --csv FILE")
    if arguments.model_file == STANDARD_STREAM and arguments.csv == STANDARD_STREAM:
        raise UsageError("the model and the rows cannot both come from standard input")
    check_input(arguments.model_file)
    if arguments.csv is not None:
        check_input(arguments.csv)
    network = network_from_bytes(
        read_input(arguments.model_file, ModelFileError, arguments.max_bytes),
        input_name(arguments.model_file))
    rows = rows_to_predict(arguments, network.number_of_inputs)
    # Every row is checked, and every output computed, before anything is printed.
    outputs = finite_outputs(network, rows)
    if arguments.json:
        import json
        stdout.write(json.dumps({"predictions": [
            {"inputs": row, "outputs": output} for row, output in zip(rows, outputs)]}) + "\n")
    else:
        for output in outputs:
            print(",".join(repr(value) for value in output), file=stdout)


def command_explain(arguments, stdout, stderr):
    from neuron_pure.explain import explain_network, explanation_lines
    if is_the_posts_run(arguments):
        lines = explanation_lines(arguments.iteration, arguments.seed)
    else:
        network, inputs, targets, name = network_and_examples(arguments)
        lines = explain_network(network, inputs, targets, arguments.iteration, name)
    for line in lines:
        print(line, file=stdout)


def command_plot(arguments, stdout, stderr):
    from neuron_pure.plot import training_svg
    check_output(arguments.out, [arguments.data])
    if is_the_posts_run(arguments):
        svg = training_svg(arguments.seed, arguments.iterations)
    else:
        from neuron_pure.explain import network_description
        network, inputs, targets, name = network_and_examples(arguments)
        title = "%s, seed %d, %d iterations%s" % (
            network_description(network), arguments.seed, arguments.iterations,
            "" if name is None else ", on " + name)
        svg = training_svg(arguments.seed, arguments.iterations, network, inputs, targets,
                           title[0].upper() + title[1:])
    write_output(arguments.out, svg, stdout)


def command_page(arguments, stdout, stderr):
    from neuron_pure.lab.build import lab_html
    check_output(arguments.out, [arguments.data])
    inputs, targets, name = examples_for(arguments)
    build_network(arguments, len(inputs[0]))        # the options checked as train checks them
    if arguments.data is None:
        inputs = targets = None                     # the page's own copy of the post's examples
    html = lab_html(inputs, targets, arguments.seed, arguments.iterations, arguments.learning_rate,
                    arguments.bias, arguments.hidden, arguments.outputs, name)
    write_output(arguments.out, html, stdout)
    if arguments.out != STANDARD_STREAM:
        print("wrote %s: open it in a browser, no network needed" % one_line(arguments.out),
              file=stdout)


def command_multilayer(arguments, stdout, stderr):
    from neuron_pure.multilayer import demo_multilayer
    demo_multilayer(arguments.iterations, write=lambda line: print(line, file=stdout))


def command_board(arguments, stdout, stderr):
    from neuron_pure.board import BoardError, BoardWriteError, report, write_board
    try:
        written = write_board(arguments.folder, mpy=arguments.mpy,
                              think_only=arguments.think_only, model=arguments.model)
    except BoardWriteError as problem:      # a write failed on the way: 1
        raise OutputError(str(problem))
    except BoardError as problem:           # bad input, nothing written: 2
        raise UsageError(str(problem))
    for line in report(written, arguments.folder):
        print(line, file=stdout)


def command_main_job(arguments, stdout, stderr):
    demo(seed=arguments.seed, iterations=arguments.iterations,
         write=lambda line: print(line, file=stdout))


COMMANDS = {MAIN: command_main_job, "train": command_train, "predict": command_predict,
            "explain": command_explain, "plot": command_plot, "page": command_page,
            "multilayer": command_multilayer, "board": command_board}
