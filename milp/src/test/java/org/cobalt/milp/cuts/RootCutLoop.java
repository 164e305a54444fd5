package org.cobalt.milp.cuts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.milp.lp.BasisStatus;
import org.cobalt.milp.lp.DualSimplex;
import org.cobalt.milp.lp.LpStatus;

/**
 * A plain root cut loop for tests and measurements without the branch-and-bound engine: separate
 * with the given generators, select with a {@link CutSelector}, add, re-solve; cuts slack for
 * {@code maxSlackAge} rounds leave the LP; stops after {@code stallRounds} rounds with a bound
 * improvement below {@code 1e-4 max(1, |bound|)} or at {@code maxRounds}.
 */
final class RootCutLoop {

    record Outcome(double lpBound, double bound, int rounds, int cutsInLp, Map<CutKind, Integer> added,
                   List<Cut> allCuts, double seconds, LpStatus status) {
    }

    private final List<CutGenerator> generators;
    private final CutSelector selector;
    private final int maxRounds;
    private final int stallRounds;
    private final int maxSlackAge;

    RootCutLoop(List<CutGenerator> generators, CutSelector selector, int maxRounds, int stallRounds, int maxSlackAge) {
        this.generators = generators;
        this.selector = selector;
        this.maxRounds = maxRounds;
        this.stallRounds = stallRounds;
        this.maxSlackAge = maxSlackAge;
    }

    Outcome run(MilpModel model) {
        long t0 = System.nanoTime();
        int n = model.numVariables();
        int modelRows = model.numRows();
        boolean[] integral = new boolean[n];
        double[] objective = model.objectiveCoefficients();
        for (int j = 0; j < n; j++) {
            integral[j] = model.isIntegral(j);
        }
        DualSimplex lp = new DualSimplex(model);
        LpStatus st = lp.solve();
        Map<CutKind, Integer> added = new EnumMap<>(CutKind.class);
        List<Cut> all = new ArrayList<>();
        if (st != LpStatus.OPTIMAL) {
            return new Outcome(Double.NaN, Double.NaN, 0, 0, added, all, (System.nanoTime() - t0) / 1e9, st);
        }
        double sign = model.isMaximization() ? -1 : 1;
        double lpBound = lp.objective();
        double bound = lpBound;
        List<Integer> age = new ArrayList<>();
        int stall = 0;
        int round = 0;
        while (round < maxRounds) {
            LpSnapshot snap = LpSnapshot.of(lp, integral, modelRows);
            List<Cut> cands = new ArrayList<>();
            for (CutGenerator g : generators) {
                g.separate(snap, cands);
            }
            List<Cut> chosen = selector.select(cands, snap.columnValues(), objective, integral);
            if (chosen.isEmpty()) {
                break;
            }
            round++;
            CutValidityTest.addToLp(lp, chosen);
            for (Cut c : chosen) {
                added.merge(c.kind(), 1, Integer::sum);
                age.add(0);
            }
            all.addAll(chosen);
            st = lp.solve();
            if (st != LpStatus.OPTIMAL) {
                break;
            }
            double nb = lp.objective();
            double improvement = sign * (nb - bound);
            bound = nb;
            stall = improvement < 1e-4 * Math.max(1, Math.abs(bound)) ? stall + 1 : 0;
            // age slack cuts (basic logical) and drop the old ones
            List<Integer> remove = new ArrayList<>();
            for (int c = 0; c < age.size(); c++) {
                int row = modelRows + c;
                if (lp.rowStatus(row) == BasisStatus.BASIC) {
                    age.set(c, age.get(c) + 1);
                    if (age.get(c) >= maxSlackAge) {
                        remove.add(row);
                    }
                } else {
                    age.set(c, 0);
                }
            }
            if (!remove.isEmpty()) {
                int[] rows = remove.stream().mapToInt(Integer::intValue).toArray();
                lp.removeRows(rows);
                for (int k = rows.length - 1; k >= 0; k--) {
                    age.remove(rows[k] - modelRows);
                }
                st = lp.solve();
                if (st != LpStatus.OPTIMAL) {
                    break;
                }
            }
            if (stall >= stallRounds) {
                break;
            }
        }
        return new Outcome(lpBound, bound, round, lp.numRows() - modelRows, added, all,
                (System.nanoTime() - t0) / 1e9, st);
    }
}
