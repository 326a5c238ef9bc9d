# The heap MicroPython keeps for neuron_pure, measured by gc.mem_alloc()
# across separate runPython calls (tests/micropython/run.mjs splits this file
# at its markers): inside one call MicroPython frees nothing, so each
# gc.collect() runs in a call of its own.  Prints, in bytes:
#   import                  kept after `import neuron_pure`
#   NeuralNetwork()         kept by one more network (none on a think-only board)
#   load a model and think  kept after loading model.json and one think
#   in all                  import + load a model and think
#   in all after many thinks  the same once 1,000 thinks have filled the exp's
#                           table and one has needed the exact reference
import gc
gc.collect()
#--- next runPython call ---
gc.collect()
#--- next runPython call ---
heap = [gc.mem_alloc(), 0, 0, 0]
#--- next runPython call ---
import neuron_pure
#--- next runPython call ---
gc.collect()
#--- next runPython call ---
heap[1] = gc.mem_alloc()
#--- next runPython call ---
try:
    network = neuron_pure.NeuralNetwork()
except AttributeError:          # a think-only board (board --think-only): no training
    network = None
#--- next runPython call ---
gc.collect()
#--- next runPython call ---
heap[2] = gc.mem_alloc()
#--- next runPython call ---
del network
from neuron_pure.thinking import model_from_file
model = model_from_file("model.json")
output = model.think([1, 0, 0])
#--- next runPython call ---
gc.collect()
#--- next runPython call ---
heap[3] = gc.mem_alloc()
#--- next runPython call ---
for i in range(1000):            # sums across the sigmoid's range fill the exp's table,
    model.think([i / 50 - 10, 0, 0])
model.think([100, 0, 0])        # and e^-967 needs the exact reference, glibc_exp
#--- next runPython call ---
gc.collect()
#--- next runPython call ---
heap.append(gc.mem_alloc())
#--- next runPython call ---
print("import", heap[1] - heap[0])
print("NeuralNetwork()", heap[2] - heap[1])
print("load a model and think", heap[3] - heap[1])
print("in all", heap[3] - heap[0])
print("in all after many thinks", heap[4] - heap[0])
