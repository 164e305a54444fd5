package org.cobalt.scheduling.exact;

/**
 * Open-addressing hash table from packed subproblem keys to either an exact optimum (with the
 * decision that reaches it) or a proven lower bound. Primitive arrays only; grows by doubling
 * until {@code maxEntries}, after which {@link #isFull()} tells the owner to clear it.
 */
final class StateTable {

    private static final byte EMPTY = 0;
    private static final byte BOUND = 1;
    private static final byte EXACT = 2;

    private final int maxEntries;
    private long[] keys;
    private long[] values;
    private int[] decisions;
    private byte[] kinds;
    private int mask;
    private int size;

    StateTable(int maxEntries) {
        this.maxEntries = maxEntries;
        allocate(1 << 16);
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        values = new long[capacity];
        decisions = new int[capacity];
        kinds = new byte[capacity];
        mask = capacity - 1;
        size = 0;
    }

    int size() {
        return size;
    }

    boolean isFull() {
        return size >= maxEntries;
    }

    void clear() {
        allocate(1 << 16);
    }

    private static int hash(long key) {
        long h = key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) h;
    }

    /** Slot of {@code key}, or -1. */
    int find(long key) {
        int i = hash(key) & mask;
        while (kinds[i] != EMPTY) {
            if (keys[i] == key) {
                return i;
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    boolean isExact(int slot) {
        return kinds[slot] == EXACT;
    }

    long value(int slot) {
        return values[slot];
    }

    int decision(int slot) {
        return decisions[slot];
    }

    void putExact(long key, long value, int decision) {
        int i = slotFor(key);
        keys[i] = key;
        values[i] = value;
        decisions[i] = decision;
        kinds[i] = EXACT;
    }

    void putBound(long key, long bound) {
        int i = slotFor(key);
        if (kinds[i] == EXACT || (kinds[i] == BOUND && values[i] >= bound)) {
            return;
        }
        keys[i] = key;
        values[i] = bound;
        kinds[i] = BOUND;
    }

    private int slotFor(long key) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int i = hash(key) & mask;
        while (kinds[i] != EMPTY) {
            if (keys[i] == key) {
                return i;
            }
            i = (i + 1) & mask;
        }
        size++;
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        int[] oldDecisions = decisions;
        byte[] oldKinds = kinds;
        allocate(oldKeys.length * 2);
        for (int s = 0; s < oldKeys.length; s++) {
            if (oldKinds[s] != EMPTY) {
                int i = hash(oldKeys[s]) & mask;
                while (kinds[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[s];
                values[i] = oldValues[s];
                decisions[i] = oldDecisions[s];
                kinds[i] = oldKinds[s];
                size++;
            }
        }
    }
}
