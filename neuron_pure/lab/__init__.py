"""The lab: one offline HTML page where a learner changes the data and the
network and trains the package itself, live, in MicroPython's WebAssembly
build (``python3 -m neuron_pure page --out lab.html``).

* ``neuron_pure.lab.build`` writes the page (``lab_html``): the standard
  library's ``os``, ``gzip``, ``base64`` and ``json``, on the computer that
  builds it;
* ``neuron_pure.lab.session`` is what the page's worker runs, beside the core
  modules, in MicroPython: it imports only the core;
* ``micropython.mjs.gz`` and ``micropython.wasm.gz`` are MicroPython's
  WebAssembly build (MIT, see ``MICROPYTHON-LICENSE.txt``), vendored by
  tests/micropython/vendor.py; ``lab.html``, ``lab.css``, ``lab.js`` and
  ``worker.js`` are the page.

>>> import os
>>> sorted(name for name in os.listdir(os.path.dirname(__file__)) if name.endswith(".gz"))
['micropython.mjs.gz', 'micropython.wasm.gz']
"""

__all__ = []
