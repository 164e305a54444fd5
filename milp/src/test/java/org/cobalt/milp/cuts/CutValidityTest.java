package org.cobalt.milp.cuts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.milp.lp.DualSimplex;
import org.cobalt.milp.lp.LpStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No cut may remove a mixed-integer feasible point: on 320 seeded small MILPs, several rounds of
 * Gomory, c-MIR and knapsack cover cuts (each round's cuts added to the LP, so later rounds cut
 * from cut rows too) are checked against every vertex of the mixed-integer hull found by
 * enumeration ({@link MixedIntegerPoints}), and each must cut off the LP point it was separated from.
 */
class CutValidityTest {

    private static final int ROUNDS = 4;

    static Stream<Long> seeds() {
        return LongStream.range(0, 320).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void noCutRemovesAMixedIntegerPoint(long seed) {
        MilpModel model = RandomCutModels.generate(seed);
        List<double[]> points = MixedIntegerPoints.enumerate(model);
        assertThat(points).as("model %d is feasible by construction", seed).isNotEmpty();
        separateAndCheck(model, points, new EnumMap<>(CutKind.class));
    }

    @Test
    void everyFamilyFindsCuts() {
        Map<CutKind, Integer> counts = new EnumMap<>(CutKind.class);
        for (long seed = 0; seed < 120; seed++) {
            MilpModel model = RandomCutModels.generate(seed);
            separateAndCheck(model, MixedIntegerPoints.enumerate(model), counts);
        }
        assertThat(counts.getOrDefault(CutKind.GOMORY, 0)).isGreaterThan(100);
        assertThat(counts.getOrDefault(CutKind.CMIR, 0)).isGreaterThan(30);
        assertThat(counts.getOrDefault(CutKind.KNAPSACK_COVER, 0)).isGreaterThan(10);
    }

    static void separateAndCheck(MilpModel model, List<double[]> points, Map<CutKind, Integer> counts) {
        int n = model.numVariables();
        boolean[] integral = new boolean[n];
        for (int j = 0; j < n; j++) {
            integral[j] = model.isIntegral(j);
        }
        DualSimplex lp = new DualSimplex(model);
        List<CutGenerator> generators = List.of(new GomoryCutGenerator(), new CmirGenerator(),
                new KnapsackCoverGenerator());
        for (int round = 0; round < ROUNDS; round++) {
            if (lp.solve() != LpStatus.OPTIMAL) {
                return;
            }
            LpSnapshot snap = LpSnapshot.of(lp, integral, model.numRows());
            double[] x = snap.columnValues();
            List<Cut> all = new ArrayList<>();
            for (CutGenerator g : generators) {
                List<Cut> cuts = new ArrayList<>();
                g.separate(snap, cuts);
                for (Cut c : cuts) {
                    assertThat(c.efficacy(x)).as("%s: %s cuts off the LP point", model.name(), c)
                            .isGreaterThanOrEqualTo(CutNumerics.DEFAULT.minEfficacy() * 0.999);
                    for (double[] p : points) {
                        double act = c.activity(p);
                        double scale = Math.max(1.0, Math.abs(c.rhs()));
                        for (int k = 0; k < c.size(); k++) {
                            scale = Math.max(scale, Math.abs(c.value(k) * p[c.column(k)]));
                        }
                        assertThat(act - c.rhs()).as("%s round %d: %s removes feasible point %s", model.name(), round,
                                c, java.util.Arrays.toString(p)).isLessThanOrEqualTo(1e-7 * scale);
                    }
                    counts.merge(c.kind(), 1, Integer::sum);
                }
                all.addAll(cuts);
            }
            if (all.isEmpty()) {
                return;
            }
            addToLp(lp, all.subList(0, Math.min(all.size(), 25)));
        }
    }

    static void addToLp(DualSimplex lp, List<Cut> cuts) {
        int nnz = 0;
        for (Cut c : cuts) {
            nnz += c.size();
        }
        int[] starts = new int[cuts.size() + 1];
        int[] cols = new int[nnz];
        double[] vals = new double[nnz];
        double[] lo = new double[cuts.size()];
        double[] up = new double[cuts.size()];
        int at = 0;
        for (int r = 0; r < cuts.size(); r++) {
            Cut c = cuts.get(r);
            for (int k = 0; k < c.size(); k++) {
                cols[at] = c.column(k);
                vals[at] = c.value(k);
                at++;
            }
            starts[r + 1] = at;
            lo[r] = Double.NEGATIVE_INFINITY;
            up[r] = c.rhs();
        }
        lp.addRows(cuts.size(), starts, cols, vals, lo, up);
    }
}
