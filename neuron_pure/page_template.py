"""What the browser gets of a page: its HTML, its style and its script, as text.

``neuron_pure.page`` fills the ``{{NAME}}`` places of ``TEMPLATE`` with the
run's pictures and data.  The script decodes the data's columns (the reading
``neuron_pure.columns.decode_columns`` does in Python), finds the kept
iteration an address's ``#iteration=N`` names, and copies texts and
coordinates into the page: it computes no number of the run.  Nothing here
fetches anything: no ``src``, no ``href``, no web font.

>>> sorted(set(name.split("}}")[0] for name in TEMPLATE.split("{{")[1:]))[:4]
['CURVE', 'DATA', 'DESCRIPTION', 'DIAGRAM']
>>> "fetch(" in SCRIPT or "XMLHttpRequest" in SCRIPT or "://" in TEMPLATE + STYLE
False
"""

__all__ = []      # internal: the page module fills them


TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{TITLE}}: step through the training</title>
<style>
{{STYLE}}
</style>
</head>
<body>
<header>
<h1>{{TITLE}}</h1>
<p>{{DESCRIPTION}} {{KEPT}} Every number here was computed by neuron-pure's Python run
and written into this page.</p>
</header>
<nav id="controls">
<button id="previous" type="button" title="previous iteration (left arrow)">&#9664;</button>
<input id="slider" type="range" min="0" max="{{LAST_INDEX}}" step="1" value="0" aria-label="iteration">
<button id="next" type="button" title="next iteration (right arrow)">&#9654;</button>
<span class="where">iteration <output id="iteration">0</output> of {{LAST}}</span>
<span id="note" role="status"></span>
</nav>
<main class="{{NETWORK_CLASS}}">
<section id="network"><h2>The network <small>(weights after the iteration)</small></h2>
{{DIAGRAM}}
</section>
<section id="examples"><h2>The training set <small>(outputs after the iteration)</small></h2>
{{TABLE}}
<p class="error-line">mean absolute error <output id="error"></output></p>
</section>
<section id="curve"><h2>The sigmoid curve</h2>
{{CURVE}}
</section>
<section id="errors"><h2>The error over the iterations</h2>
{{ERROR}}
</section>
<section id="arithmetic"><h2>The arithmetic of the iteration</h2>
<pre id="explanation"></pre>
</section>
</main>
<script type="application/json" id="np-data">{{DATA}}</script>
<script>
{{SCRIPT}}
</script>
</body>
</html>
"""

STYLE = """body { font-family: Helvetica, Arial, sans-serif; font-size: 18px; margin: 0 1.2em 2em;
       color: #222222; background: white; }
h1 { font-size: 1.6em; margin: 0.6em 0 0.2em; }
h2 { font-size: 1.15em; margin: 0.4em 0; }
h2 small { font-weight: normal; color: #555555; }
header p { margin: 0 0 0.6em; color: #444444; }
#controls { position: sticky; top: 0; background: white; padding: 0.5em 0; z-index: 1;
            display: flex; align-items: center; gap: 0.7em; border-bottom: 1px solid #dddddd;
            flex-wrap: wrap; }
#controls button { font-size: 1em; padding: 0.2em 0.7em; }
#slider { flex: 1 1 20em; height: 2em; }
.where { font-size: 1.25em; white-space: nowrap; }
#iteration { font-weight: bold; font-variant-numeric: tabular-nums; }
#note { color: #b35900; font-weight: bold; }
main { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 0.8em 1.5em; }
section svg { width: 100%; height: auto; display: block; }
#arithmetic, main.wide #network { grid-column: 1 / -1; }
#network svg { max-height: 80vh; }
section { overflow-x: auto; }
table.examples { border-collapse: collapse; font-variant-numeric: tabular-nums; font-size: 16px; }
table.examples th, table.examples td { border-bottom: 1px solid #dddddd; padding: 0.25em 0.35em;
                                       text-align: right; }
table.examples th { font-size: 13px; vertical-align: bottom; }
td.output { font-weight: bold; }
table.examples .first { padding-left: 0.8em; }
.error-line { font-variant-numeric: tabular-nums; }
#error { font-weight: bold; }
@media (max-width: 900px) { main { grid-template-columns: minmax(0, 1fr); } }
pre#explanation { font-size: 15px; line-height: 1.35; background: #f7f7f4; padding: 0.8em;
                  overflow-x: auto; border-radius: 4px; }
"""

SCRIPT = """(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("np-data").textContent);
  var count = data.count;

  function fromFrontCoded(text) {
    var values = [], previous = "", start = 0;
    while (start < text.length) {
      var end = start + 1;
      while (end < text.length && !(text[end] >= "A" && text[end] <= "Z")) end++;
      var value = previous.slice(0, text.charCodeAt(start) - 65) + text.slice(start + 1, end);
      values.push(value);
      previous = value;
      start = end;
    }
    return values;
  }
  function toggle(text) { return text.charAt(0) === "-" ? text.slice(1) : "-" + text; }
  var columns = [];
  data.columns.forEach(function (spec) {
    var values = [], row;
    if (spec[0] === "c") {
      for (row = 0; row < count; row++) values.push(spec[1]);
    } else if (spec[0] === "f") {
      values = fromFrontCoded(spec[1]);
    } else {
      var base = columns[spec[1]], offset = spec[2], negate = spec[3], exceptions = spec[4];
      for (row = 0; row < count; row++) {
        if (Object.prototype.hasOwnProperty.call(exceptions, String(row))) {
          values.push(exceptions[String(row)]);
        } else {
          var source = base[row + offset];
          values.push(negate ? toggle(source) : source);
        }
      }
    }
    columns.push(values);
  });
  function group(name) {
    var place = data.groups[name];
    return columns.slice(place[0], place[0] + place[1]);
  }
  var iterations = group("iteration")[0], skeletons = group("skeleton")[0];
  var holes = group("explain"), labels = group("labels"), widths = group("widths");
  var sums = group("sums"), outputs = group("outputs"), errors = group("error")[0];
  var points = group("points"), mark = group("mark");

  function all(selector) { return Array.prototype.slice.call(document.querySelectorAll(selector)); }
  var slider = document.getElementById("slider");
  var weightTexts = all("#network .np-weight, #network .np-bias");
  var synapses = all("#network .np-synapse");
  var sumCells = all("[data-sum]"), outputCells = all("[data-output]"), dots = all(".np-point");
  var rule = document.getElementById("np-error-rule");
  var errorMark = document.getElementById("np-error-mark");
  var selected = -1;

  function explanation(row) {
    var index = skeletons[row];
    if (index === "-1") {
      return "Iteration 0: the starting weights, before any training.\\n" +
             "Move to iteration 1 to see the arithmetic of the first iteration.";
    }
    var pieces = data.skeletons[index], text = pieces[0];
    for (var k = 1; k < pieces.length; k++) text += holes[k - 1][row] + pieces[k];
    return text;
  }

  function show(row, note) {
    selected = row;
    slider.value = String(row);
    document.getElementById("iteration").textContent = iterations[row];
    document.getElementById("note").textContent = note || "";
    weightTexts.forEach(function (element) {
      var text = labels[element.getAttribute("data-index")][row];
      var negative = text.charAt(0) === "-";
      element.textContent = element.classList.contains("np-bias") ? "b = " + text : text;
      element.setAttribute("fill", negative ? data.negative : data.positive);
    });
    synapses.forEach(function (element) {
      var index = element.getAttribute("data-synapse");
      element.setAttribute("stroke-width", widths[index][row]);
      var label = document.querySelector('#network .np-weight[data-index="' + index + '"]');
      element.setAttribute("stroke", label.getAttribute("fill"));
    });
    sumCells.forEach(function (cell) {
      cell.textContent = sums[cell.getAttribute("data-sum")][row];
    });
    outputCells.forEach(function (cell) {
      cell.textContent = outputs[cell.getAttribute("data-output")][row];
    });
    dots.forEach(function (dot) {
      var k = dot.getAttribute("data-point");
      dot.setAttribute("cx", points[2 * k][row]);
      dot.setAttribute("cy", points[2 * k + 1][row]);
    });
    document.getElementById("error").textContent = errors[row];
    errorMark.setAttribute("cx", mark[0][row]);
    errorMark.setAttribute("cy", mark[1][row]);
    rule.setAttribute("x1", mark[0][row]);
    rule.setAttribute("x2", mark[0][row]);
    document.getElementById("explanation").textContent = explanation(row);
    var fragment = "#iteration=" + iterations[row];
    if (window.location.hash !== fragment && !note) {
      history.replaceState(null, "", fragment);
    }
  }

  function fromFragment() {
    var match = /^#iteration=(\\d+)$/.exec(window.location.hash);
    if (!match) {
      show(0, window.location.hash ? "The address names no iteration: showing iteration 0." : "");
      return;
    }
    var wanted = match[1].replace(/^0+(?=\\d)/, "");
    // the kept iteration at or before the one named: compare as whole numbers
    var low = 0, high = count - 1;
    function atMost(text) {
      return text.length < wanted.length || (text.length === wanted.length && text <= wanted);
    }
    if (!atMost(iterations[0])) { show(0, ""); return; }
    while (low < high) {
      var middle = Math.ceil((low + high) / 2);
      if (atMost(iterations[middle])) low = middle; else high = middle - 1;
    }
    if (iterations[low] === wanted) {
      show(low, "");
    } else if (low === count - 1) {
      show(low, "The run has " + iterations[low] + " iterations: showing the last.");
    } else {
      show(low, "Iteration " + wanted + " was not kept: showing iteration " + iterations[low] +
                ", the nearest earlier one.");
    }
  }

  slider.addEventListener("input", function () { show(Number(slider.value), ""); });
  document.getElementById("previous").addEventListener("click", function () {
    if (selected > 0) show(selected - 1, "");
  });
  document.getElementById("next").addEventListener("click", function () {
    if (selected < count - 1) show(selected + 1, "");
  });
  document.addEventListener("keydown", function (event) {
    if (event.target === slider) return;
    if (event.key === "ArrowLeft" && selected > 0) show(selected - 1, "");
    if (event.key === "ArrowRight" && selected < count - 1) show(selected + 1, "");
  });
  window.addEventListener("hashchange", fromFragment);
  fromFragment();
})();
"""
