package org.cobalt.milp.lp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.ObjectiveSense;
import org.cobalt.core.milp.VarType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hand-made LPs with known answers, one per special case the engine must get right. */
class DualSimplexCasesTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    private static DualSimplex solve(MilpModel model) {
        DualSimplex lp = new DualSimplex(model);
        lp.solve();
        LpChecks.assertProven(model, lp);
        return lp;
    }

    private static void assertMatchesGlop(MilpModel model, DualSimplex lp) {
        Glop.Reference ref = Glop.reference(model);
        assertThat(ref.status().name()).isEqualTo("OPTIMAL");
        assertThat(lp.status()).isEqualTo(LpStatus.OPTIMAL);
        assertThat(LpChecks.close(lp.objective(), ref.objective(), 1e-7))
                .as("objective %s vs GLOP %s", lp.objective(), ref.objective()).isTrue();
    }

    @Test
    void textbookMaximizationWithDualsAndReducedCosts() {
        // max 3x + 2y  s.t.  x + y <= 4,  x + 3y <= 7,  0 <= x <= 3, y >= 0  ->  x=3, y=1, z=11
        MilpModel model = LpBuilder.of("textbook").sense(ObjectiveSense.MAXIMIZE)
                .addVariable("x", 0, 3, VarType.CONTINUOUS, 3)
                .addVariable("y", 0, INF, VarType.CONTINUOUS, 2)
                .addRow("c1", -INF, 4, new int[] {0, 1}, new double[] {1, 1})
                .addRow("c2", -INF, 7, new int[] {0, 1}, new double[] {1, 3})
                .build();
        DualSimplex lp = solve(model);
        assertThat(lp.status()).isEqualTo(LpStatus.OPTIMAL);
        assertThat(lp.objective()).isCloseTo(11.0, within(1e-9));
        assertThat(lp.primalValues()).containsExactly(new double[] {3, 1}, within(1e-9));
        // y = 2 on c1 (binding), c2 slack; x at its upper bound with reduced cost 3 - 2 = 1
        assertThat(lp.duals()).containsExactly(new double[] {2, 0}, within(1e-9));
        assertThat(lp.reducedCosts()).containsExactly(new double[] {1, 0}, within(1e-9));
        assertThat(lp.columnStatus(0)).isEqualTo(BasisStatus.AT_UPPER);
        assertThat(lp.columnStatus(1)).isEqualTo(BasisStatus.BASIC);
        assertThat(lp.rowStatus(0)).isEqualTo(BasisStatus.AT_UPPER);
        assertThat(lp.rowActivities()).containsExactly(new double[] {4, 6}, within(1e-9));
        assertThat(lp.rowStatus(1)).isEqualTo(BasisStatus.BASIC);
        assertThat(lp.dualBound()).isCloseTo(11.0, within(1e-9));
    }

    @Test
    void minimizationSignConventions() {
        // min x + 2y  s.t.  x + y >= 2,  x - y = 0 (free row sides both equal), x, y >= 0 -> x=y=1, z=3
        MilpModel model = LpBuilder.of("signs")
                .addVariable("x", 0, INF, VarType.CONTINUOUS, 1)
                .addVariable("y", 0, INF, VarType.CONTINUOUS, 2)
                .addRow("cover", 2, INF, new int[] {0, 1}, new double[] {1, 1})
                .addRow("equal", 0, 0, new int[] {0, 1}, new double[] {1, -1})
                .build();
        DualSimplex lp = solve(model);
        assertThat(lp.objective()).isCloseTo(3.0, within(1e-9));
        double[] y = lp.duals();
        // d = c - A^T y = 0 for both basic columns: 1 = y1 + y2, 2 = y1 - y2 -> y1 = 1.5, y2 = -0.5
        assertThat(y).containsExactly(new double[] {1.5, -0.5}, within(1e-9));
        assertThat(y[0]).as("dual of a >= row at its lower side in a minimization").isGreaterThanOrEqualTo(0);
    }

    @Test
    void infeasibleByRowsAndBoundsHasFarkasCertificate() {
        MilpModel model = LpBuilder.of("infeasible")
                .addVariable("x", 0, 1, VarType.CONTINUOUS, 1)
                .addVariable("y", 0, 1, VarType.CONTINUOUS, 1)
                .addRow("big", 5, INF, new int[] {0, 1}, new double[] {1, 1})
                .build();
        DualSimplex lp = solve(model);
        assertThat(lp.status()).isEqualTo(LpStatus.INFEASIBLE);
        assertThat(Certificates.farkasSupremum(model, lp.farkasCertificate())).isLessThan(-1e-6);
        assertThat(lp.result().farkas()).isNotNull();
    }

    @Test
    void infeasibleEqualitiesWithFreeColumns() {
        MilpModel model = LpBuilder.of("contradiction")
                .addVariable("x", -INF, INF, VarType.CONTINUOUS, 1)
                .addVariable("y", -INF, INF, VarType.CONTINUOUS, -1)
                .addRow("one", 1, 1, new int[] {0, 1}, new double[] {1, 1})
                .addRow("two", 3, 3, new int[] {0, 1}, new double[] {2, 2})
                .build();
        DualSimplex lp = solve(model);
        assertThat(lp.status()).isEqualTo(LpStatus.INFEASIBLE);
    }

    @Test
    void infeasibleAndDualInfeasibleIsReportedInfeasible() {
        // the objective would be unbounded on the (empty) feasible set: infeasibility wins
        MilpModel model = LpBuilder.of("both")
                .addVariable("x", 0, INF, VarType.CONTINUOUS, -1)
                .addVariable("y", 0, 1, VarType.CONTINUOUS, 0)
                .addRow("r", -INF, -1, new int[] {1}, new double[] {1})
                .build();
        DualSimplex lp = solve(model);
        assertThat(lp.status()).isEqualTo(LpStatus.INFEASIBLE);
    }

    @Test
    void crossingBoundsInTheModelAreInfeasible() {
        MilpModel column = LpBuilder.of("crossing")
                .addVariable("x", 2, 1, VarType.CONTINUOUS, 1)
                .addRow("r", 0, 10, new int[] {0}, new double[] {1})
                .build();
        DualSimplex lp = new DualSimplex(column);
        assertThat(lp.solve()).isEqualTo(LpStatus.INFEASIBLE);
        assertThat(lp.farkasCertificate()).isNull();
        MilpModel row = LpBuilder.of("crossingrow")
                .addVariable("x", 0, 1, VarType.CONTINUOUS, 1)
                .addRow("r", 3, 2, new int[] {0}, new double[] {1})
                .build();
        assertThat(new DualSimplex(row).solve()).isEqualTo(LpStatus.INFEASIBLE);
    }

    @Test
    void unboundedHasImprovingRay() {
        // min -x  s.t.  x - y <= 1, x, y >= 0
        MilpModel model = LpBuilder.of("unbounded")
                .addVariable("x", 0, INF, VarType.CONTINUOUS, -1)
                .addVariable("y", 0, INF, VarType.CONTINUOUS, 0)
                .addRow("r", -INF, 1, new int[] {0, 1}, new double[] {1, -1})
                .build();
        DualSimplex lp = solve(model);
        assertThat(lp.status()).isEqualTo(LpStatus.UNBOUNDED);
        double[] ray = lp.primalRay();
        assertThat(ray[0]).isGreaterThan(0);
        assertThat(ray[1]).isGreaterThan(0);
    }

    @Test
    void unboundedMaximizationOfFreeColumnWithoutRows() {
        MilpModel model = LpBuilder.of("free").sense(ObjectiveSense.MAXIMIZE)
                .addVariable("x", -INF, INF, VarType.CONTINUOUS, -2)
                .build();
        DualSimplex lp = solve(model);
        assertThat(lp.status()).isEqualTo(LpStatus.UNBOUNDED);
        assertThat(lp.primalRay()[0]).isLessThan(0);
    }

    @Test
    void noRowsPutsEveryColumnAtItsBestBound() {
        MilpModel model = LpBuilder.of("norows").objectiveConstant(7)
                .addVariable("a", -1, 2, VarType.CONTINUOUS, 1)
                .addVariable("b", -1, 2, VarType.CONTINUOUS, -1)
                .addVariable("c", 3, INF, VarType.CONTINUOUS, 0.5)
                .addVariable("d", -INF, 4, VarType.CONTINUOUS, -0.5)
                .addVariable("e", -INF, INF, VarType.CONTINUOUS, 0)
                .build();
        DualSimplex lp = solve(model);
        assertThat(lp.status()).isEqualTo(LpStatus.OPTIMAL);
        assertThat(lp.primalValues()).containsExactly(new double[] {-1, 2, 3, 4, 0}, within(1e-12));
        assertThat(lp.objective()).isCloseTo(7 - 1 - 2 + 1.5 - 2, within(1e-12));
    }

    @Test
    void emptyModel() {
        MilpModel model = LpBuilder.of("empty").objectiveConstant(3).build();
        DualSimplex lp = solve(model);
        assertThat(lp.status()).isEqualTo(LpStatus.OPTIMAL);
        assertThat(lp.objective()).isEqualTo(3.0);
    }

    @Test
    void freeRowsAreIgnoredAndReportActivities() {
        MilpModel model = LpBuilder.of("freerow")
                .addVariable("x", 0, 10, VarType.CONTINUOUS, -1)
                .addVariable("y", 0, 10, VarType.CONTINUOUS, -1)
                .addRow("free", -INF, INF, new int[] {0, 1}, new double[] {3, -7})
                .addRow("cap", -INF, 12, new int[] {0, 1}, new double[] {1, 1})
                .addRow("free2", -INF, INF, new int[] {1}, new double[] {1e6})
                .build();
        DualSimplex lp = solve(model);
        assertThat(lp.objective()).isCloseTo(-12, within(1e-9));
        double[] act = lp.rowActivities();
        double[] x = lp.primalValues();
        assertThat(act[0]).isCloseTo(3 * x[0] - 7 * x[1], within(1e-9));
        assertThat(lp.duals()[0]).isCloseTo(0.0, within(1e-12));
        assertThat(lp.rowStatus(0)).isEqualTo(BasisStatus.BASIC);
        assertMatchesGlop(model, lp);
    }

    @Test
    void emptyColumnsTakeTheirBestBound() {
        MilpModel model = LpBuilder.of("emptycols")
                .addVariable("used", 0, INF, VarType.CONTINUOUS, 1)
                .addVariable("cheap", -3, 5, VarType.CONTINUOUS, -2)
                .addVariable("idle", -INF, INF, VarType.CONTINUOUS, 0)
                .addVariable("costly", 1, INF, VarType.CONTINUOUS, 4)
                .addRow("r", 2, INF, new int[] {0}, new double[] {1})
                .build();
        DualSimplex lp = solve(model);
        assertThat(lp.status()).isEqualTo(LpStatus.OPTIMAL);
        assertThat(lp.primalValues()).containsExactly(new double[] {2, 5, 0, 1}, within(1e-12));
        assertThat(lp.reducedCosts()[1]).isCloseTo(-2, within(1e-12));
    }

    @Test
    void emptyColumnWithImprovingDirectionIsUnbounded() {
        MilpModel model = LpBuilder.of("emptyunb")
                .addVariable("x", 0, 4, VarType.CONTINUOUS, 1)
                .addVariable("loose", 0, INF, VarType.CONTINUOUS, -1)
                .addRow("r", 1, INF, new int[] {0}, new double[] {1})
                .build();
        DualSimplex lp = solve(model);
        assertThat(lp.status()).isEqualTo(LpStatus.UNBOUNDED);
        assertThat(lp.primalRay()).containsExactly(new double[] {0, 1}, within(1e-12));
    }

    @Test
    void fixedAndFreeColumns() {
        MilpModel model = LpBuilder.of("fixedfree")
                .addVariable("fixed", 2.5, 2.5, VarType.CONTINUOUS, 10)
                .addVariable("free", -INF, INF, VarType.CONTINUOUS, 1)
                .addVariable("z", 0, INF, VarType.CONTINUOUS, 1)
                .addRow("link", 4, 4, new int[] {0, 1, 2}, new double[] {1, 1, -1})
                .addRow("lowfree", -1, INF, new int[] {1}, new double[] {1})
                .build();
        DualSimplex lp = solve(model);
        assertThat(lp.status()).isEqualTo(LpStatus.OPTIMAL);
        // free = 1.5 + z, cost 25 + 1.5 + 2 z -> z = 0, free = 1.5
        assertThat(lp.primalValues()).containsExactly(new double[] {2.5, 1.5, 0}, within(1e-9));
        assertThat(lp.columnStatus(0)).isEqualTo(BasisStatus.FIXED);
        assertMatchesGlop(model, lp);
    }

    @Test
    void equalityOnlySystem() {
        SplittableRandom rnd = new SplittableRandom(11);
        int n = 30;
        int m = 18;
        LpBuilder b = LpBuilder.of("equalities");
        double[] point = new double[n];
        for (int j = 0; j < n; j++) {
            b.addVariable("x" + j, 0, INF, VarType.CONTINUOUS, rnd.nextDouble(0.5, 3));
            point[j] = rnd.nextDouble(0, 4);
        }
        for (int i = 0; i < m; i++) {
            int[] cols = new int[n];
            double[] vals = new double[n];
            int k = 0;
            double act = 0;
            for (int j = 0; j < n; j++) {
                if (rnd.nextDouble() < 0.3) {
                    cols[k] = j;
                    vals[k] = rnd.nextDouble(-2, 2);
                    act += vals[k] * point[j];
                    k++;
                }
            }
            b.addRow("e" + i, act, act, java.util.Arrays.copyOf(cols, k), java.util.Arrays.copyOf(vals, k));
        }
        MilpModel model = b.build();
        DualSimplex lp = solve(model);
        assertMatchesGlop(model, lp);
    }

    @ParameterizedTest(name = "scale exponent {0}")
    @ValueSource(ints = {0, 3, 6})
    void badlyScaledRowsAndColumns(int exponent) {
        double big = Math.pow(10, exponent);
        double small = 1 / big;
        // a production LP whose rows and columns live on wildly different scales
        MilpModel model = LpBuilder.of("scaled" + exponent)
                .addVariable("a", 0, INF, VarType.CONTINUOUS, -3 * small)
                .addVariable("b", 0, INF, VarType.CONTINUOUS, -5 * big)
                .addVariable("c", 0, 4 * big, VarType.CONTINUOUS, -1)
                .addRow("r1", -INF, 4 * big, new int[] {0, 2}, new double[] {small * big, 1})
                .addRow("r2", -INF, 12 * small, new int[] {1}, new double[] {2 * small * big})
                .addRow("r3", -INF, 18 * big, new int[] {0, 1, 2}, new double[] {3 * small * big, 2 * big, 0.5})
                .build();
        DualSimplex lp = solve(model);
        assertMatchesGlop(model, lp);
    }

    @Test
    void degenerateAssignmentProblem() {
        MilpModel model = TestModels.assignment(25, 3);
        DualSimplex lp = solve(model);
        assertMatchesGlop(model, lp);
        // the assignment polytope is integral: the optimal vertex is a permutation
        for (double v : lp.primalValues()) {
            assertThat(Math.min(Math.abs(v), Math.abs(v - 1))).isLessThan(1e-9);
        }
    }

    @Test
    void degenerateTransportationWithEqualCosts() {
        int s = 12;
        int t = 15;
        LpBuilder b = LpBuilder.of("transport");
        for (int i = 0; i < s; i++) {
            for (int j = 0; j < t; j++) {
                b.addVariable("x" + i + "_" + j, 0, INF, VarType.CONTINUOUS, 1 + ((i + j) % 2));
            }
        }
        for (int i = 0; i < s; i++) {
            int[] cols = new int[t];
            double[] ones = new double[t];
            for (int j = 0; j < t; j++) {
                cols[j] = i * t + j;
                ones[j] = 1;
            }
            b.addRow("supply" + i, -INF, 10, cols, ones);
        }
        for (int j = 0; j < t; j++) {
            int[] cols = new int[s];
            double[] ones = new double[s];
            for (int i = 0; i < s; i++) {
                cols[i] = i * t + j;
                ones[i] = 1;
            }
            b.addRow("demand" + j, 8, INF, cols, ones);
        }
        MilpModel model = b.build();
        DualSimplex lp = solve(model);
        assertMatchesGlop(model, lp);
        // cost-1 cells have i + j even: even demands need 64 but even suppliers hold 60, so 4 units pay 2
        assertThat(lp.objective()).isCloseTo(124, within(1e-6));
    }

    @Test
    void senseFlipNegatesTheObjective() {
        MilpModel min = RandomLp.generate(21, new RandomLp.Shape(20, 12, 0.3, 1, 1, 0));
        MilpModel.Builder flipped = min.toBuilder()
                .sense(min.sense() == ObjectiveSense.MINIMIZE ? ObjectiveSense.MAXIMIZE : ObjectiveSense.MINIMIZE)
                .objectiveConstant(-min.objectiveConstant());
        for (int j = 0; j < min.numVariables(); j++) {
            flipped.setCost(j, -min.cost(j));
        }
        DualSimplex a = solve(min);
        DualSimplex b = solve(flipped.build());
        assertThat(b.status()).isEqualTo(a.status());
        if (a.status() == LpStatus.OPTIMAL) {
            assertThat(b.objective()).isCloseTo(-a.objective(), within(1e-7 * (1 + Math.abs(a.objective()))));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void slackAndCrashStartsAgree(int seed) {
        MilpModel model = RandomLp.generate(100 + seed, new RandomLp.Shape(30, 25, 0.2, 1, 1, 0.05));
        DualSimplex crash = solve(model);
        DualSimplex slack = new DualSimplex(model, LpSettings.DEFAULT.withCrash(false));
        slack.solve();
        LpChecks.assertProven(model, slack);
        assertThat(crash.status()).isEqualTo(slack.status());
        if (slack.status() == LpStatus.OPTIMAL) {
            assertThat(LpChecks.close(crash.objective(), slack.objective(), 1e-7)).isTrue();
        }
    }

    @Test
    void crashBasisShortensDegenerateEqualityLps() {
        // deterministic iteration counts: the crash puts cheap columns into the equality rows
        MilpModel model = TestModels.assignment(30, 3);
        DualSimplex crash = solve(model);
        DualSimplex slack = new DualSimplex(model, LpSettings.DEFAULT.withCrash(false));
        slack.solve();
        assertThat(crash.objective()).isCloseTo(slack.objective(), within(1e-9));
        assertThat(crash.iterations()).isLessThan(slack.iterations());
    }

    @Test
    void scalingOffGivesTheSameAnswer() {
        MilpModel model = RandomLp.generate(5, new RandomLp.Shape(30, 20, 0.3, 1e-3, 1e3, 0));
        DualSimplex scaled = solve(model);
        DualSimplex plain = new DualSimplex(model, LpSettings.DEFAULT.withScaling(false));
        plain.solve();
        LpChecks.assertProven(model, plain);
        assertThat(plain.status()).isEqualTo(scaled.status());
        if (plain.status() == LpStatus.OPTIMAL) {
            assertThat(LpChecks.close(plain.objective(), scaled.objective(), 1e-7)).isTrue();
        }
    }
}
