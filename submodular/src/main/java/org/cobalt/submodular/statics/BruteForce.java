package org.cobalt.submodular.statics;

import org.cobalt.submodular.function.FunctionState;
import org.cobalt.submodular.function.SetFunction;

/**
 * Exact optimum by enumeration, evaluated directly on the function (not through an oracle: it is
 * the independent reference of the tests). Monotonicity lets it enumerate only sets of size
 * {@code min(k, m)}. Meant for {@code C(m, k)} up to a few hundred thousand.
 */
public final class BruteForce {

    private BruteForce() {
    }

    /** The best subset of {@code candidates} with at most {@code k} elements. */
    public static Selection optimum(SetFunction f, int[] candidates, int k) {
        int m = candidates.length;
        int r = Math.min(k, m);
        if (r <= 0) {
            return Selection.empty();
        }
        int[] idx = new int[r];
        for (int i = 0; i < r; i++) {
            idx[i] = i;
        }
        int[] best = new int[r];
        double bestValue = Double.NEGATIVE_INFINITY;
        FunctionState s = f.newState();
        while (true) {
            s.clear();
            for (int i : idx) {
                s.add(candidates[i]);
            }
            if (s.value() > bestValue) {
                bestValue = s.value();
                for (int i = 0; i < r; i++) {
                    best[i] = candidates[idx[i]];
                }
            }
            int i = r - 1;
            while (i >= 0 && idx[i] == m - r + i) {
                i--;
            }
            if (i < 0) {
                break;
            }
            idx[i]++;
            for (int j = i + 1; j < r; j++) {
                idx[j] = idx[j - 1] + 1;
            }
        }
        return new Selection(best, bestValue);
    }
}
