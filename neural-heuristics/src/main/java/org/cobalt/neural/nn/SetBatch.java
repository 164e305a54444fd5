package org.cobalt.neural.nn;

import java.util.List;

/**
 * Many sets of feature vectors without padding: all elements concatenated, each tagged with the index
 * of its set (a segment index for sum pooling).
 *
 * @param numSets    sets in the batch
 * @param featureDim features per element
 * @param elements   [elements, featureDim], row-major
 * @param setIndex   set of each element, in [0, numSets)
 */
public record SetBatch(int numSets, int featureDim, float[] elements, int[] setIndex) {

    /** Validates sizes and index ranges. */
    public SetBatch {
        if (setIndex == null) {
            throw new IllegalArgumentException("set index array must exist");
        }
        BipartiteGraph.requireShape("set elements", elements, setIndex.length, featureDim);
        BipartiteGraph.requireRange("set index", setIndex, numSets);
    }

    /** Number of elements over all sets. */
    public int numElements() {
        return setIndex.length;
    }

    /** Batches sets given as row-major [size, featureDim] arrays (an empty array is an empty set). */
    public static SetBatch of(List<float[]> sets, int featureDim) {
        int n = 0;
        for (float[] s : sets) {
            if (s.length % featureDim != 0) {
                throw new IllegalArgumentException("a set's length " + s.length + " is not a multiple of " + featureDim);
            }
            n = Math.addExact(n, s.length / featureDim);
        }
        float[] el = new float[Math.multiplyExact(n, featureDim)];
        int[] idx = new int[n];
        int pos = 0;
        for (int i = 0; i < sets.size(); i++) {
            float[] s = sets.get(i);
            System.arraycopy(s, 0, el, pos * featureDim, s.length);
            java.util.Arrays.fill(idx, pos, pos + s.length / featureDim, i);
            pos += s.length / featureDim;
        }
        return new SetBatch(sets.size(), featureDim, el, idx);
    }
}
