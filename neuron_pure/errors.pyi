# Types of neuron_pure.errors: the one error type and its two file kinds.

class NeuronPureError(ValueError): ...
class DataFileError(NeuronPureError): ...    # a CSV file: names the file, line and column
class ModelFileError(NeuronPureError): ...   # a JSON model: names the file and the key
