"""The package's structure, measured: what issue 19 ("Check once, at the door") asks.

    python3 tests/structure_probe.py [PACKAGE_DIR]

Prints, for the package in PACKAGE_DIR (default: this checkout's):

1. calls into the package around one ``train`` on the post's data, and one
   layered (3-4-1) ``train`` on the sequel's first four examples, counted with
   ``sys.setprofile``, leaving out the compiled loop's own calls (``sigmoid``,
   ``train`` itself) and comprehensions;
2. the set-up of one ``train`` call on the post's set (0 iterations: checks,
   examples, the compiled loop from its cache), best of many, in µs;
3. the share of the package's code lines that check input, by an AST pass:
   every line of a function whose name says it checks (``check_*``,
   ``_check*``, ``is_*``, ``_is_*``, ``*_argument``), every ``raise`` with the
   ``if`` or ``except`` that guards it (when its body only raises), and
   every simple statement that calls a check function.  Not counted: a
   ``raise`` that passes on an exception already caught (``raise``,
   ``raise interruption``: cleaning up is not checking), and argparse's
   ``add_argument``, which declares an option (its name ends like our
   ``*_argument`` checks);
4. import cycles between the package's modules (any import, at the top or
   inside a function, or in a module's type stub);
5. the longest modules.

Nothing is asserted here: tests/test_structure.py holds the limits (the
set-up time is only printed: timing lives in benchmarks/).
"""

import ast
import os
import sys
import timeit

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def package_files(package_dir, suffixes=(".py",)):
    found = []
    for folder, _, names in os.walk(package_dir):
        for name in sorted(names):
            if name.endswith(suffixes):
                found.append(os.path.join(folder, name))
    return sorted(found)


def module_name(path, package_dir):
    relative = os.path.splitext(os.path.relpath(path, os.path.dirname(package_dir)))[0]
    parts = relative.split(os.sep)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


# ---------------------------------------------------------------------------
# 1, 2. Calls and set-up.

def count_calls(train):
    counted = [0]

    def profile(frame, event, arg):
        if event == "call" and frame.f_globals.get("__name__", "").startswith("neuron_pure") \
                and frame.f_code.co_name not in ("sigmoid", "train", "<genexpr>", "<listcomp>",
                                                 "<lambda>", "<dictcomp>", "<setcomp>"):
            counted[0] += 1
    sys.setprofile(profile)
    try:
        train()
    finally:
        sys.setprofile(None)
    return counted[0]


def calls_and_setup():
    from neuron_pure import NeuralNetwork
    from neuron_pure.multilayer import layered_network
    rows = [[0, 0, 1], [1, 1, 1], [1, 0, 1], [0, 1, 1]]
    targets = [[0], [1], [1], [0]]
    single = NeuralNetwork()
    single.train(rows, targets, 1)                  # compiled loop cached
    layered = layered_network(3, [4])
    layered.train(rows, targets, 1)
    calls_single = count_calls(lambda: single.train(rows, targets, 1))
    calls_layered = count_calls(lambda: layered.train(rows, targets, 1))
    timer = timeit.Timer(lambda: single.train(rows, targets, 0))
    number = 20000
    setup = min(timer.repeat(7, number)) / number * 1e6
    return calls_single, calls_layered, setup


# ---------------------------------------------------------------------------
# 3. Validation lines.

NOT_CHECKS = {"add_argument"}       # argparse's: it declares an option


def is_check_name(name):
    bare = name.lstrip("_")
    return name not in NOT_CHECKS and (bare.startswith(("check", "is_"))
                                       or name.endswith("_argument"))


def _passes_on(node):
    """``raise`` or ``raise caught``: an exception already raised, passed on."""
    return node.exc is None or isinstance(node.exc, ast.Name)


def code_lines(tree, source_lines):
    """Line numbers holding code: not blank, not comments, not docstrings."""
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(
                    getattr(body[0], "value", None), ast.Constant) \
                    and isinstance(body[0].value.value, str):
                docstrings.update(range(body[0].lineno, body[0].end_lineno + 1))
    lines = set()
    for number, text in enumerate(source_lines, 1):
        stripped = text.strip()
        if stripped and not stripped.startswith("#") and number not in docstrings:
            lines.add(number)
    return lines


def _span(node):
    return set(range(node.lineno, node.end_lineno + 1))


def _only_raises(body):
    return all(isinstance(statement, ast.Raise) and not _passes_on(statement)
               for statement in body)


SIMPLE_STATEMENTS = (ast.Expr, ast.Assign, ast.AugAssign, ast.AnnAssign, ast.Return)


def _calls_a_check(node):
    """A simple statement that calls a check function anywhere in it."""
    if not isinstance(node, SIMPLE_STATEMENTS):
        return False
    for inner in ast.walk(node):
        if isinstance(inner, ast.Call):
            function = inner.func
            name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
            if is_check_name(name):
                return True
    return False


def validation_lines(tree):
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and is_check_name(node.name):
            found |= _span(node)
        elif isinstance(node, ast.If) and _only_raises(node.body) and not node.orelse:
            found |= _span(node)
        elif isinstance(node, ast.Raise) and not _passes_on(node):
            found |= _span(node)
        elif isinstance(node, ast.ExceptHandler) and _only_raises(node.body):
            found |= set(range(node.lineno, node.body[0].lineno))   # the except line
        elif _calls_a_check(node):
            found |= _span(node)
    return found


def validation_share(package_dir):
    total = checks = 0
    per_module = []
    for path in package_files(package_dir):
        with open(path, encoding="utf-8") as handle:
            source = handle.read()
        tree = ast.parse(source)
        code = code_lines(tree, source.splitlines())
        checking = validation_lines(tree) & code
        total += len(code)
        checks += len(checking)
        per_module.append((module_name(path, package_dir), len(checking), len(code)))
    return checks, total, per_module


# ---------------------------------------------------------------------------
# 4. Import cycles.

def imports_of(path, module, package):
    with open(path, encoding="utf-8") as handle:
        tree = ast.parse(handle.read())
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:                      # relative: from . import x
                base = module.split(".")
                if not path.endswith(("__init__.py", "__init__.pyi")):
                    base = base[:-1]
                base = base[:len(base) - node.level + 1]
                prefix = ".".join(base + ([node.module] if node.module else []))
            else:
                prefix = node.module or ""
            names = [prefix] + [prefix + "." + alias.name for alias in node.names]
        else:
            continue
        for name in names:
            if name == package or name.startswith(package + "."):
                found.add(name)
    return found


def import_cycles(package_dir):
    """Cycles among the modules, counting the imports of their type stubs
    (``.pyi``) too: a type checker follows those."""
    package = os.path.basename(package_dir)
    paths = {}
    for path in package_files(package_dir, (".py", ".pyi")):
        paths.setdefault(module_name(path, package_dir), []).append(path)
    modules = set(paths)
    graph = {}
    for module in modules:
        targets = set()
        names = set()
        for path in paths[module]:
            names |= imports_of(path, module, package)
        for name in names:
            while name and name not in modules:
                name = name.rpartition(".")[0]
            if name and name != module and name != package:
                targets.add(name)
        graph[module] = targets
    # Tarjan's strongly connected components: any of more than one module is a cycle.
    index, low, stack, on_stack, cycles, counter = {}, {}, [], set(), [], [0]

    def visit(node):
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return cycles


def module_lengths(package_dir):
    lengths = []
    for path in package_files(package_dir):
        with open(path, encoding="utf-8") as handle:
            lengths.append((sum(1 for _ in handle), module_name(path, package_dir)))
    return sorted(lengths, reverse=True)


def main(argv):
    package_dir = os.path.abspath(argv[1] if len(argv) > 1 else os.path.join(ROOT, "neuron_pure"))
    sys.path.insert(0, os.path.dirname(package_dir))
    single, layered, setup = calls_and_setup()
    print("calls around one train: %d (post's neuron), %d (3-4-1 layers)" % (single, layered))
    print("set-up of one train call on the post's set: %.1f us" % setup)
    checks, total, per_module = validation_share(package_dir)
    print("validation: %d of %d code lines, %.1f%%" % (checks, total, 100.0 * checks / total))
    for module, module_checks, module_total in sorted(per_module, key=lambda m: -m[1]):
        if module_checks:
            print("    %-28s %4d of %4d  %3.0f%%" % (module, module_checks, module_total,
                                                      100.0 * module_checks / module_total))
    cycles = import_cycles(package_dir)
    print("import cycles: %s" % ("none" if not cycles else "; ".join(" <-> ".join(c) for c in cycles)))
    print("longest modules: %s" % ", ".join("%s %d" % (name, lines)
                                            for lines, name in module_lengths(package_dir)[:5]))


if __name__ == "__main__":
    main(sys.argv)
