# Types of neuron_pure.exp_table: 2^(j/128) as two doubles, for the exps (no
# public names).

__all__: list[str] = []

TABLE_BITS: int
N: int                          # 128 entries
table: list[float]              # H[0..127], then T[0..127]; NaN: not worked out yet
def table_entry(j: int) -> tuple[float, float]: ...   # (H[j], T[j]): 2^(j/128) and its rest
