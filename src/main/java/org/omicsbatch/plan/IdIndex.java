package org.omicsbatch.plan;

import java.util.function.IntFunction;

/**
 * Finds an earlier run with the same {@code runSettingId} while runs are added one by one, as a table
 * of run positions: no map entry and no boxed number per run. For 100,000 runs a hash map held
 * 200,000 small objects that every garbage collection of the import or validation had to copy.
 */
public final class IdIndex {
    private final IntFunction<String> idOf;
    /** Run position + 1 per slot; 0 is empty. Open addressing, at most half full. */
    private int[] slots = new int[256];
    /** The id's hash per slot, compared first so that a probe rarely needs to look at the run itself. */
    private int[] hashes = new int[256];
    private int size;

    /** @param idOf the id of the run at a position already added */
    public IdIndex(IntFunction<String> idOf) {
        this.idOf = idOf;
    }

    /**
     * Adds the run at {@code position} with this {@code id} (not null) unless an earlier run has it.
     *
     * @return the position of the earlier run with the same id, or -1 when the id is new
     */
    public int addIfAbsent(String id, int position) {
        int hash = id.hashCode();
        int mask = slots.length - 1;
        for (int i = spread(hash) & mask;; i = (i + 1) & mask) {
            int at = slots[i];
            if (at == 0) {
                slots[i] = position + 1;
                hashes[i] = hash;
                if (++size * 2 > slots.length) {
                    grow();
                }
                return -1;
            }
            if (hashes[i] == hash && id.equals(idOf.apply(at - 1))) {
                return at - 1;
            }
        }
    }

    private void grow() {
        int[] oldSlots = slots;
        int[] oldHashes = hashes;
        slots = new int[oldSlots.length * 2];
        hashes = new int[oldSlots.length * 2];
        int mask = slots.length - 1;
        for (int k = 0; k < oldSlots.length; k++) {
            if (oldSlots[k] != 0) {
                int i = spread(oldHashes[k]) & mask;
                while (slots[i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = oldSlots[k];
                hashes[i] = oldHashes[k];
            }
        }
    }

    /** Ids such as S000001, S000002 hash to neighbours; multiplying scatters them over the table. */
    private static int spread(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }
}
