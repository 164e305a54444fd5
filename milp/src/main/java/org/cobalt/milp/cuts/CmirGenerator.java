package org.cobalt.milp.cuts;

import java.util.List;

/**
 * Complemented mixed-integer rounding cuts with the aggregation heuristic of Marchand &amp; Wolsey
 * (2001): start from a model row, try c-MIR on it; if no violated cut comes out, eliminate the
 * continuous column farthest from its bounds by adding a multiple of another row containing it
 * (the one with the smallest slack), and try again, up to {@code maxAggregations} times.
 *
 * <p>Rows enter as {@code a_i x - s_i = 0} with their logical {@code s_i}, so any multipliers give
 * a valid equality; both its {@code <=} and {@code >=} directions are rounded. For each, the
 * transformation uses the closest bounds (variable bounds {@code x <= d y + e} for continuous
 * columns where they are closer), then divisors {@code delta = |a_k|} of the integer variables
 * strictly inside their bounds are tried, the best by efficacy refined by {@code delta/2, /4, /8},
 * and finally integer variables inside their bounds are complemented the other way when that
 * raises the efficacy ({@link MirProcedure}).
 */
public final class CmirGenerator implements CutGenerator {

    private static final int MAX_DELTAS = 8;
    private static final int MAX_FLIPS = 10;

    private final int maxCuts;
    private final int maxStartRows;
    private final int maxAggregations;
    private final CutNumerics numerics;

    /** Defaults: 200 cuts, 300 start rows and 5 aggregations per call, {@link CutNumerics#DEFAULT}. */
    public CmirGenerator() {
        this(200, 300, 5, CutNumerics.DEFAULT);
    }

    public CmirGenerator(int maxCuts, int maxStartRows, int maxAggregations, CutNumerics numerics) {
        if (maxCuts < 0 || maxStartRows < 0 || maxAggregations < 0) {
            throw new IllegalArgumentException("negative c-MIR limit");
        }
        this.maxCuts = maxCuts;
        this.maxStartRows = maxStartRows;
        this.maxAggregations = maxAggregations;
        this.numerics = numerics;
    }

    @Override
    public String name() {
        return "cmir";
    }

    @Override
    public void separate(LpSnapshot s, List<Cut> out) {
        if (maxCuts == 0) {
            return;
        }
        VariableBounds vb = VariableBounds.of(s);
        int[] start = new int[s.modelRows];
        double[] key = new double[s.modelRows];
        int count = 0;
        for (int i = 0; i < s.modelRows; i++) {
            double score = startScore(s, vb, i);
            if (score > 0) {
                start[count] = i;
                key[count] = -score;
                count++;
            }
        }
        IndexSort.byKey(start, key, count);
        count = Math.min(count, maxStartRows);
        MirProcedure mir = new MirProcedure(s, vb, numerics);
        BaseRow base = new BaseRow(s);
        BaseRow work = new BaseRow(s);
        boolean[] used = new boolean[s.m];
        int[] usedList = new int[maxAggregations + 1];
        int found = 0;
        for (int c = 0; c < count && found < maxCuts; c++) {
            int r = start[c];
            base.clear();
            base.addRow(r, 1.0);
            int nUsed = 0;
            used[r] = true;
            usedList[nUsed++] = r;
            for (int aggr = 0; ; aggr++) {
                Cut cut = bestCut(base, work, mir);
                if (cut != null) {
                    out.add(cut);
                    found++;
                    break;
                }
                if (aggr >= maxAggregations) {
                    break;
                }
                int next = eliminate(s, vb, mir, base, used);
                if (next < 0) {
                    break;
                }
                used[next] = true;
                usedList[nUsed++] = next;
            }
            for (int u = 0; u < nUsed; u++) {
                used[usedList[u]] = false;
            }
        }
    }

    /** Positive for rows worth starting from: tight rows with fractional integers first. */
    private static double startScore(LpSnapshot s, VariableBounds vb, int i) {
        int len = s.rowStart[i + 1] - s.rowStart[i];
        if (len == 0) {
            return 0;
        }
        int fractional = 0;
        boolean hasInteger = false;
        double maxAbs = 0;
        for (int k = s.rowStart[i]; k < s.rowStart[i + 1]; k++) {
            int j = s.rowCol[k];
            maxAbs = Math.max(maxAbs, Math.abs(s.rowVal[k]));
            if (s.integral[j]) {
                hasInteger = true;
                if (s.fractionality(j) > 1e-6) {
                    fractional++;
                }
            } else if (vb.vlbVar[j] >= 0 || vb.vubVar[j] >= 0) {
                hasInteger = true;
            }
        }
        if (!hasInteger) {
            return 0;
        }
        double act = s.x[s.n + i];
        double slack = Math.min(act - s.lower[s.n + i], s.upper[s.n + i] - act) / Math.max(1e-9, maxAbs);
        if (!(slack < Double.POSITIVE_INFINITY)) {
            return 0;
        }
        return 1.0 / (1.0 + Math.max(0, slack)) + (fractional > 0 ? 1.0 + 1e-3 * fractional / len : 0.0);
    }

    /** The most efficacious c-MIR cut of the base row in either direction, or null. */
    private Cut bestCut(BaseRow base, BaseRow work, MirProcedure mir) {
        Cut best = null;
        double bestEff = 0;
        for (int dir = 0; dir < 2; dir++) {
            work.copyFrom(base);
            if (dir == 1) {
                work.negate();
            }
            if (!mir.transform(work, MirProcedure.Complement.CLOSEST)) {
                continue;
            }
            double[] eff = new double[1];
            Cut cut = search(mir, eff);
            if (cut != null && eff[0] > bestEff) {
                best = cut;
                bestEff = eff[0];
            }
        }
        return best;
    }

    /**
     * Tries divisors and complementations on the transformed row; the best cut or null, its
     * efficacy in {@code eff[0]}.
     */
    private static Cut search(MirProcedure mir, double[] eff) {
        double[] deltas = new double[MAX_DELTAS];
        int nd = 0;
        SparseAccumulator ty = mir.ty;
        for (int p = 0; p < ty.count && nd < MAX_DELTAS; p++) {
            int k = ty.index[p];
            double a = Math.abs(ty.values[k]);
            if (a < 1e-6 || !mir.isInteger(k)) {
                continue;
            }
            double v = mir.transformedValue(k);
            if (v <= 1e-6 || v >= mir.range(k) - 1e-6) {
                continue;
            }
            boolean seen = false;
            for (int q = 0; q < nd && !seen; q++) {
                seen = Math.abs(deltas[q] - a) <= 1e-9 * a;
            }
            if (!seen) {
                deltas[nd++] = a;
            }
        }
        Cut best = null;
        double bestEff = 0;
        double bestDelta = 0;
        for (int q = 0; q < nd; q++) {
            Cut c = mir.round(deltas[q], CutKind.CMIR);
            if (c != null && mir.lastEfficacy() > bestEff) {
                best = c;
                bestEff = mir.lastEfficacy();
                bestDelta = deltas[q];
            }
        }
        if (best == null) {
            return null;
        }
        double d0 = bestDelta;
        for (int h = 2; h <= 8; h *= 2) {
            Cut c = mir.round(d0 / h, CutKind.CMIR);
            if (c != null && mir.lastEfficacy() > bestEff * (1 + 1e-6)) {
                best = c;
                bestEff = mir.lastEfficacy();
                bestDelta = d0 / h;
            }
        }
        int flips = 0;
        for (int p = 0; p < ty.count && flips < MAX_FLIPS; p++) {
            int k = ty.index[p];
            if (!mir.isInteger(k) || ty.values[k] == 0.0 || !(mir.range(k) < Double.POSITIVE_INFINITY)) {
                continue;
            }
            double v = mir.transformedValue(k);
            if (v <= 1e-6 || v >= mir.range(k) - 1e-6) {
                continue;
            }
            flips++;
            mir.flip(k);
            Cut c = mir.round(bestDelta, CutKind.CMIR);
            if (c != null && mir.lastEfficacy() > bestEff * (1 + 1e-6)) {
                best = c;
                bestEff = mir.lastEfficacy();
            } else {
                mir.flip(k);
            }
        }
        eff[0] = bestEff;
        return best;
    }

    /**
     * Adds a multiple of a row to eliminate the continuous column farthest from its bounds;
     * returns the row used, or -1 when there is none.
     */
    private static int eliminate(LpSnapshot s, VariableBounds vb, MirProcedure mir, BaseRow base, boolean[] used) {
        SparseAccumulator c = base.coef;
        int bestCol = -1;
        double bestDist = 1e-6;
        for (int p = 0; p < c.count; p++) {
            int j = c.index[p];
            if (j >= s.n || s.integral[j] || c.values[j] == 0.0) {
                continue;
            }
            double d = boundDistance(s, vb, j);
            if (d > bestDist) {
                bestDist = d;
                bestCol = j;
            }
        }
        if (bestCol < 0) {
            return -1;
        }
        int bestRow = -1;
        double bestSlack = Double.POSITIVE_INFINITY;
        double bestCoef = 0;
        double colMax = 0;
        for (int k = s.colStart[bestCol]; k < s.colStart[bestCol + 1]; k++) {
            colMax = Math.max(colMax, Math.abs(s.colVal[k]));
        }
        for (int k = s.colStart[bestCol]; k < s.colStart[bestCol + 1]; k++) {
            int i = s.colRow[k];
            if (i >= s.modelRows || used[i] || Math.abs(s.colVal[k]) < 1e-3 * colMax) {
                continue;
            }
            double act = s.x[s.n + i];
            double slack = Math.min(act - s.lower[s.n + i], s.upper[s.n + i] - act);
            double len = s.rowStart[i + 1] - s.rowStart[i];
            double score = Math.max(0, slack) + 1e-9 * len;
            if (score < bestSlack) {
                bestSlack = score;
                bestRow = i;
                bestCoef = s.colVal[k];
            }
        }
        if (bestRow < 0) {
            return -1;
        }
        base.addRow(bestRow, -c.values[bestCol] / bestCoef);
        return bestRow;
    }

    private static double boundDistance(LpSnapshot s, VariableBounds vb, int j) {
        double x = s.x[j];
        double d = Math.min(x - s.lower[j], s.upper[j] - x);
        if (vb.vlbVar[j] >= 0) {
            d = Math.min(d, x - (vb.vlbCoef[j] * s.x[vb.vlbVar[j]] + vb.vlbConst[j]));
        }
        if (vb.vubVar[j] >= 0) {
            d = Math.min(d, vb.vubCoef[j] * s.x[vb.vubVar[j]] + vb.vubConst[j] - x);
        }
        return d;
    }
}
