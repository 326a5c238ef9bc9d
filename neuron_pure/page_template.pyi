# Types of neuron_pure.page_template: the page's HTML, style and script.

__all__ = ["TEMPLATE", "STYLE", "SCRIPT"]

TEMPLATE: str
STYLE: str
SCRIPT: str
