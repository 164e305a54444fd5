package org.cobalt.milp.cuts;

import java.util.Arrays;
import java.util.List;

/**
 * Lifted knapsack cover cuts (Balas 1975; Crowder, Johnson &amp; Padberg 1983) from model rows.
 *
 * <p>Each finite side of a model row is relaxed to a knapsack over its non-fixed binary columns:
 * other columns are replaced by the bound that minimizes their contribution, binaries with a
 * negative coefficient are complemented ({@code x' = 1 - x}), so the knapsack reads
 * {@code sum a_j x_j <= b} with {@code a_j > 0}. A cover {@code C} ({@code sum_C a_j > b}) is found
 * greedily by {@code (1 - x*_j)/a_j} and made minimal; the cover inequality
 * {@code sum_C x_j <= |C| - 1} is then lifted sequentially and exactly
 * ({@code alpha_k = |C| - 1 - max{sum alpha_j x_j : sum a_j x_j <= b - a_k}} over the items lifted
 * so far, solved by a dynamic program over the integral profits), variables with a positive LP
 * value first.
 *
 * <p>All weight comparisons carry a tolerance in the safe direction: a set counts as a cover only
 * when it exceeds {@code b} by the tolerance, and a subset counts as fitting when it exceeds the
 * capacity by less than it (which can only lower a lifting coefficient).
 */
public final class KnapsackCoverGenerator implements CutGenerator {

    /** Largest total profit of the lifting dynamic program (bounds its work per row). */
    private static final int MAX_PROFIT = 4096;

    private final int maxCuts;
    private final CutNumerics numerics;

    /** Defaults: at most 200 cuts per call, {@link CutNumerics#DEFAULT}. */
    public KnapsackCoverGenerator() {
        this(200, CutNumerics.DEFAULT);
    }

    public KnapsackCoverGenerator(int maxCuts, CutNumerics numerics) {
        if (maxCuts < 0) {
            throw new IllegalArgumentException("maxCuts " + maxCuts);
        }
        this.maxCuts = maxCuts;
        this.numerics = numerics;
    }

    @Override
    public String name() {
        return "knapsack";
    }

    @Override
    public void separate(LpSnapshot s, List<Cut> out) {
        Work w = new Work(s);
        int found = 0;
        for (int i = 0; i < s.modelRows && found < maxCuts; i++) {
            double up = s.upper[s.n + i];
            double lo = s.lower[s.n + i];
            if (up < Double.POSITIVE_INFINITY && separateSide(s, w, i, 1.0, up, out)) {
                found++;
            }
            if (found < maxCuts && lo > Double.NEGATIVE_INFINITY && separateSide(s, w, i, -1.0, -lo, out)) {
                found++;
            }
        }
    }

    /** Per-call work arrays. */
    private static final class Work {
        final int[] item;
        final double[] weight;
        final double[] value;
        final boolean[] complemented;
        final double[] key;
        final int[] order;
        final boolean[] inCover;
        final int[] alpha;
        final CutBuilder builder;

        Work(LpSnapshot s) {
            int cap = 1;
            for (int i = 0; i < s.modelRows; i++) {
                cap = Math.max(cap, s.rowStart[i + 1] - s.rowStart[i]);
            }
            item = new int[cap];
            weight = new double[cap];
            value = new double[cap];
            complemented = new boolean[cap];
            key = new double[cap];
            order = new int[cap];
            inCover = new boolean[cap];
            alpha = new int[cap];
            builder = new CutBuilder(s);
        }
    }

    private static boolean isBinary(LpSnapshot s, int j) {
        return s.integral[j] && s.lower[j] == 0.0 && s.upper[j] == 1.0;
    }

    /** Separates {@code sign * a_i x <= rhs}; true when a cut was added. */
    private boolean separateSide(LpSnapshot s, Work w, int i, double sign, double rhs, List<Cut> out) {
        int count = 0;
        double b = rhs;
        boolean fractional = false;
        double scale = Math.abs(rhs);
        for (int k = s.rowStart[i]; k < s.rowStart[i + 1]; k++) {
            int j = s.rowCol[k];
            double a = sign * s.rowVal[k];
            if (isBinary(s, j)) {
                double v = s.x[j];
                if (a < 0) {
                    b -= a;
                    a = -a;
                    w.complemented[count] = true;
                    v = 1.0 - v;
                } else {
                    w.complemented[count] = false;
                }
                w.item[count] = j;
                w.weight[count] = a;
                w.value[count] = v;
                fractional |= v > 1e-6 && v < 1 - 1e-6;
                scale = Math.max(scale, a);
                count++;
            } else {
                double bound = a > 0 ? s.lower[j] : s.upper[j];
                if (!Double.isFinite(bound)) {
                    return false;
                }
                b -= a * bound;
                scale = Math.max(scale, Math.abs(a * bound));
            }
        }
        if (!fractional || count < 2 || !Double.isFinite(b)) {
            return false;
        }
        double eps = 1e-9 * Math.max(1.0, scale);
        double total = 0.0;
        for (int q = 0; q < count; q++) {
            total += w.weight[q];
        }
        if (total <= b + eps || b < 0) {
            return false; // no cover (redundant row), or an infeasible knapsack left to the LP
        }
        // greedy cover: smallest (1 - x*)/a first
        for (int q = 0; q < count; q++) {
            w.order[q] = q;
            w.key[q] = (1.0 - w.value[q]) / w.weight[q];
            w.inCover[q] = false;
            w.alpha[q] = 0;
        }
        IndexSort.byKey(w.order, w.key, count);
        double coverWeight = 0.0;
        int coverSize = 0;
        for (int p = 0; p < count && coverWeight <= b + eps; p++) {
            int q = w.order[p];
            w.inCover[q] = true;
            coverWeight += w.weight[q];
            coverSize++;
        }
        if (coverWeight <= b + eps) {
            return false;
        }
        // minimal: drop cover items of smallest LP value while the rest still covers
        for (int p = coverSize - 1; p >= 0; p--) {
            int q = w.order[p];
            if (w.inCover[q] && coverWeight - w.weight[q] > b + eps) {
                w.inCover[q] = false;
                coverWeight -= w.weight[q];
                coverSize--;
            }
        }
        double coverValue = 0.0;
        for (int q = 0; q < count; q++) {
            if (w.inCover[q]) {
                coverValue += w.value[q];
            }
        }
        int r = coverSize - 1;
        // lifting: DP over profits, minWeight[p] = least weight reaching profit >= p
        int maxProfit = coverSize;
        double[] minWeight = new double[coverSize + 1];
        double[] coverWeights = new double[coverSize];
        int cw = 0;
        for (int q = 0; q < count; q++) {
            if (w.inCover[q]) {
                coverWeights[cw++] = w.weight[q];
                w.alpha[q] = 1;
            }
        }
        Arrays.sort(coverWeights);
        for (int p = 1; p <= coverSize; p++) {
            minWeight[p] = minWeight[p - 1] + coverWeights[p - 1];
        }
        int[] liftOrder = new int[count - coverSize];
        double[] liftKey = new double[count - coverSize];
        int nl = 0;
        for (int q = 0; q < count; q++) {
            if (!w.inCover[q]) {
                liftOrder[nl] = q;
                liftKey[nl] = -(w.value[q] * 1e6 + w.weight[q] / scale);
                nl++;
            }
        }
        IndexSort.byKey(liftOrder, liftKey, nl);
        double liftedValue = 0.0;
        for (int p = 0; p < nl; p++) {
            int q = liftOrder[p];
            double cap = b - w.weight[q];
            int a;
            if (cap < -eps) {
                a = r; // x_q = 1 alone overfills the knapsack
            } else {
                int best = 0;
                for (int pr = maxProfit; pr >= 0; pr--) {
                    if (minWeight[pr] <= cap + eps) {
                        best = pr;
                        break;
                    }
                }
                a = r - best;
            }
            if (a <= 0) {
                continue;
            }
            if (maxProfit + a > MAX_PROFIT) {
                break; // leaving the remaining coefficients at 0 is valid, only weaker
            }
            w.alpha[q] = a;
            liftedValue += a * w.value[q];
            int newMax = maxProfit + a;
            double[] nw = new double[newMax + 1];
            for (int pr = 0; pr <= newMax; pr++) {
                double keep = pr <= maxProfit ? minWeight[pr] : Double.POSITIVE_INFINITY;
                double via = minWeight[Math.max(0, pr - a)] + w.weight[q];
                nw[pr] = Math.min(keep, via);
            }
            minWeight = nw;
            maxProfit = newMax;
        }
        if (coverValue + liftedValue <= r + 1e-6) {
            return false;
        }
        CutBuilder cb = w.builder;
        cb.clear();
        cb.rhs = r;
        for (int q = 0; q < count; q++) {
            int a = w.alpha[q];
            if (a == 0) {
                continue;
            }
            if (w.complemented[q]) {
                cb.pi.add(w.item[q], -a);
                cb.rhs -= a;
            } else {
                cb.pi.add(w.item[q], a);
            }
        }
        Cut cut = cb.finish(CutKind.KNAPSACK_COVER, numerics);
        if (cut != null) {
            out.add(cut);
            return true;
        }
        return false;
    }
}
