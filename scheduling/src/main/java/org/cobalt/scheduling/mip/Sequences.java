package org.cobalt.scheduling.mip;

/** Checks on job sequences shared by the formulations. */
final class Sequences {

    private Sequences() {
    }

    static void requirePermutation(int[] seq, int n) {
        if (seq.length != n) {
            throw new IllegalArgumentException("sequence has " + seq.length + " jobs, problem has " + n);
        }
        boolean[] seen = new boolean[n];
        for (int j : seq) {
            if (j < 0 || j >= n) {
                throw new IllegalArgumentException("job " + j + " is not in 0.." + (n - 1));
            }
            if (seen[j]) {
                throw new IllegalArgumentException("job " + j + " appears twice");
            }
            seen[j] = true;
        }
    }
}
