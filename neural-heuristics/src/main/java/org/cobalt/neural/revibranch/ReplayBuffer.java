package org.cobalt.neural.revibranch;

import java.util.random.RandomGenerator;

/**
 * Fixed-capacity experience replay (a ring: the oldest transition is overwritten). A transition is a
 * reference to a decision in an {@link EpisodeStore} (whose compact node graphs it shares with the other
 * transitions of that episode), its reward and the index of the next decision ({@code -1}: terminal).
 * No model or trajectory copies are stored.
 */
public final class ReplayBuffer {

    private final EpisodeStore[] stores;
    private final int[] decision;
    private final int[] next;
    private final float[] reward;
    private int size;
    private int head;
    private long added;

    /** An empty buffer holding at most {@code capacity} transitions. */
    public ReplayBuffer(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("replay capacity " + capacity);
        }
        stores = new EpisodeStore[capacity];
        decision = new int[capacity];
        next = new int[capacity];
        reward = new float[capacity];
    }

    /** Adds one transition. */
    public void add(EpisodeStore store, int decisionIndex, double r, int nextDecision) {
        stores[head] = store;
        decision[head] = decisionIndex;
        reward[head] = (float) r;
        next[head] = nextDecision;
        head = (head + 1) % stores.length;
        size = Math.min(size + 1, stores.length);
        added++;
    }

    /** Adds every decision of an episode: decision {@code i} is followed by {@code i+1}, the last is terminal. */
    public void addEpisode(EpisodeStore store, double[] rewards) {
        for (int i = 0; i < store.size(); i++) {
            add(store, i, rewards[i], i + 1 < store.size() ? i + 1 : -1);
        }
    }

    /** {@code n} slots drawn uniformly with replacement. */
    public int[] sample(int n, RandomGenerator rng) {
        if (size == 0) {
            throw new IllegalStateException("empty replay buffer");
        }
        int[] s = new int[n];
        for (int i = 0; i < n; i++) {
            s[i] = rng.nextInt(size);
        }
        return s;
    }

    /** Transitions held. */
    public int size() {
        return size;
    }

    /** Capacity. */
    public int capacity() {
        return stores.length;
    }

    /** Transitions ever added. */
    public long added() {
        return added;
    }

    /** The store of a slot. */
    public EpisodeStore store(int slot) {
        return stores[slot];
    }

    /** The decision index of a slot. */
    public int decision(int slot) {
        return decision[slot];
    }

    /** The next decision of a slot, -1 when terminal. */
    public int next(int slot) {
        return next[slot];
    }

    /** The reward of a slot. */
    public float reward(int slot) {
        return reward[slot];
    }
}
