package org.cobalt.milp.cuts;

import java.util.List;
import org.cobalt.milp.lp.LpSolver;

/**
 * Gomory mixed-integer cuts (Gomory 1960; Balas, Ceria, Cornuéjols &amp; Natraj 1996) from the rows
 * of the optimal simplex tableau whose basic variable is integer with a fractional value.
 *
 * <p>For basic variable {@code k} the engine's tableau row gives the multipliers {@code w} of the
 * rows ({@link LpSolver#tableauRow}: {@code w_i = -t_{n+i}}); the base equality
 * {@code sum_i w_i (a_i x - s_i) = 0} is then rebuilt from the rows themselves, so the cut is valid
 * whatever the accuracy of the basis inverse — an inexact inverse only weakens it. The mixed-integer
 * rounding of that equality with divisor 1, complementing nonbasic variables at the bound the basis
 * holds them at, is the GMI cut ({@link MirProcedure}). Rows whose basic value is within
 * {@link CutNumerics#minFractionality()} of an integer are skipped; candidates are taken in order of
 * fractionality closest to 1/2.
 */
public final class GomoryCutGenerator implements CutGenerator {

    private final int maxCuts;
    private final CutNumerics numerics;

    /** Defaults: at most 200 cuts per call, {@link CutNumerics#DEFAULT}. */
    public GomoryCutGenerator() {
        this(200, CutNumerics.DEFAULT);
    }

    public GomoryCutGenerator(int maxCuts, CutNumerics numerics) {
        if (maxCuts < 0) {
            throw new IllegalArgumentException("maxCuts " + maxCuts);
        }
        this.maxCuts = maxCuts;
        this.numerics = numerics;
    }

    @Override
    public String name() {
        return "gomory";
    }

    @Override
    public void separate(LpSnapshot s, List<Cut> out) {
        if (!s.hasTableau() || maxCuts == 0) {
            return;
        }
        int n = s.n;
        int m = s.m;
        int[] header = s.tableau.basicVariables();
        int count = 0;
        int[] cand = new int[header.length];
        double[] key = new double[header.length];
        for (int pos = 0; pos < header.length; pos++) {
            int k = header[pos];
            if (s.integral[k]) {
                double f = s.x[k] - Math.floor(s.x[k]);
                if (f >= numerics.minFractionality() && f <= 1 - numerics.minFractionality()
                        && Math.abs(s.x[k]) < numerics.maxRhs()) {
                    cand[count] = pos;
                    key[count] = Math.abs(f - 0.5);
                    count++;
                }
            }
        }
        IndexSort.byKey(cand, key, count);
        double[] t = new double[n + m];
        BaseRow base = new BaseRow(s);
        MirProcedure mir = new MirProcedure(s, null, numerics);
        int found = 0;
        for (int c = 0; c < count && found < maxCuts; c++) {
            int k = header[cand[c]];
            s.tableau.tableauRow(cand[c], t);
            double maxW = 0.0;
            for (int i = 0; i < m; i++) {
                maxW = Math.max(maxW, Math.abs(t[n + i]));
            }
            base.clear();
            // multipliers at rounding-noise level only add noise to the base row
            double drop = maxW * 1e-13;
            for (int i = 0; i < m; i++) {
                double w = -t[n + i];
                if (w != 0.0 && Math.abs(w) > drop) {
                    base.addRow(i, w);
                }
            }
            if (k < n && base.coef.count == 0) {
                continue;
            }
            if (!mir.transform(base, MirProcedure.Complement.BASIS)) {
                continue;
            }
            Cut cut = mir.round(1.0, CutKind.GOMORY);
            if (cut != null) {
                out.add(cut);
                found++;
            }
        }
    }
}
