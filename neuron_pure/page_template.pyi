# Types of neuron_pure.page_template: the page's HTML, style and script.

__all__: list[str] = []      # internal: the page module fills them

TEMPLATE: str
STYLE: str
SCRIPT: str
