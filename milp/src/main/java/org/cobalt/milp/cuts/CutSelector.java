package org.cobalt.milp.cuts;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses which separated cuts enter the LP in a round, in the manner of SCIP's default ("hybrid")
 * selector: every candidate gets a score
 * {@code efficacy + objectiveWeight * |cos(cut, objective)| + supportWeight * (integral share of the
 * support)}; candidates are taken in order of decreasing score, skipping any whose
 * {@link Cut#parallelism parallelism} with an already chosen cut exceeds {@code maxParallelism}
 * ({@code goodMaxParallelism} for candidates scoring at least 90% of the best, as SCIP does), until
 * {@code maxCuts} are chosen. Cuts below the minimum efficacy never enter. The score's
 * secondary terms are normalized by the best efficacy of the round, so they break near-ties without
 * letting a weak cut win.
 *
 * @param maxCuts          cuts chosen per round at most
 * @param minEfficacy      candidates below this efficacy are dropped
 * @param maxParallelism   largest |cos| to any chosen cut (SCIP: minimal orthogonality 0.9 → 0.1);
 *                         1 disables the filter
 * @param goodMaxParallelism the same for candidates scoring within 90% of the best (SCIP: 0.5)
 * @param objectiveWeight  weight of the objective parallelism (SCIP: 0.1)
 * @param supportWeight    weight of the integral support share (SCIP: 0.1)
 */
public record CutSelector(int maxCuts, double minEfficacy, double maxParallelism, double goodMaxParallelism,
                          double objectiveWeight, double supportWeight) {

    /** The defaults: 100 cuts, efficacy 1e-4, parallelism 0.1 (0.5 for good cuts), weights 0.1 and 0.1. */
    public static final CutSelector DEFAULT = new CutSelector(100, 1e-4, 0.1, 0.5, 0.1, 0.1);

    private static final double GOOD_SCORE = 0.9;

    public CutSelector {
        if (maxCuts < 0 || !(minEfficacy >= 0) || !(maxParallelism > 0 && maxParallelism <= 1)
                || !(goodMaxParallelism >= maxParallelism && goodMaxParallelism <= 1)
                || !(objectiveWeight >= 0) || !(supportWeight >= 0)) {
            throw new IllegalArgumentException("invalid cut selector " + this);
        }
    }

    public CutSelector withMaxCuts(int k) {
        return new CutSelector(k, minEfficacy, maxParallelism, goodMaxParallelism, objectiveWeight, supportWeight);
    }

    /** Both parallelism limits at once. */
    public CutSelector withMaxParallelism(double p, double good) {
        return new CutSelector(maxCuts, minEfficacy, p, good, objectiveWeight, supportWeight);
    }

    public CutSelector withMinEfficacy(double e) {
        return new CutSelector(maxCuts, e, maxParallelism, goodMaxParallelism, objectiveWeight, supportWeight);
    }

    /**
     * Selects from {@code candidates} at point {@code x}.
     *
     * @param objective objective coefficients of the columns (any sense; only |cos| is used), or null
     * @param integral  integrality of the columns, or null
     * @return the chosen cuts, best first
     */
    public List<Cut> select(List<Cut> candidates, double[] x, double[] objective, boolean[] integral) {
        int count = candidates.size();
        double[] eff = new double[count];
        double best = 0;
        for (int c = 0; c < count; c++) {
            eff[c] = candidates.get(c).efficacy(x);
            best = Math.max(best, eff[c]);
        }
        double objNorm = 0;
        if (objective != null) {
            for (double v : objective) {
                objNorm += v * v;
            }
            objNorm = Math.sqrt(objNorm);
        }
        int[] order = new int[count];
        double[] key = new double[count];
        int kept = 0;
        for (int c = 0; c < count; c++) {
            if (!(eff[c] >= minEfficacy)) {
                continue;
            }
            Cut cut = candidates.get(c);
            double score = eff[c];
            if (objNorm > 0 && objectiveWeight > 0) {
                double dot = 0;
                for (int k = 0; k < cut.size(); k++) {
                    dot += cut.value(k) * objective[cut.column(k)];
                }
                score += objectiveWeight * best * Math.abs(dot) / (objNorm * cut.norm());
            }
            if (integral != null && supportWeight > 0 && cut.size() > 0) {
                int ints = 0;
                for (int k = 0; k < cut.size(); k++) {
                    ints += integral[cut.column(k)] ? 1 : 0;
                }
                score += supportWeight * best * ints / cut.size();
            }
            order[kept] = c;
            key[kept] = -score;
            kept++;
        }
        IndexSort.byKey(order, key, kept);
        List<Cut> chosen = new ArrayList<>();
        double bestScore = kept > 0 ? -key[0] : 0;
        for (int p = 0; p < kept && chosen.size() < maxCuts; p++) {
            Cut cut = candidates.get(order[p]);
            double limit = -key[p] >= GOOD_SCORE * bestScore ? goodMaxParallelism : maxParallelism;
            boolean ok = true;
            for (int q = 0; q < chosen.size() && ok; q++) {
                ok = limit >= 1 || cut.parallelism(chosen.get(q)) <= limit;
            }
            if (ok) {
                chosen.add(cut);
            }
        }
        return chosen;
    }
}
