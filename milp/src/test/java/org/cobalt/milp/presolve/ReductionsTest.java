package org.cobalt.milp.presolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.ObjectiveSense;
import org.cobalt.core.milp.VarType;
import org.cobalt.core.solution.MilpSolution;
import org.cobalt.core.verify.Verification;
import org.cobalt.core.verify.Verifiers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One small hand-written model per reduction: what it removes or tightens, and that postsolve is exact. */
class ReductionsTest {

    private static final double INF = Double.POSITIVE_INFINITY;
    private static final PresolveOptions CLEANUP = PresolveOptions.CLEANUP_ONLY;

    private static PresolveResult presolve(MilpModel m, PresolveOptions o) {
        return new DefaultPresolver().presolve(m, o);
    }

    private static PresolveOptions only(ReductionKind kind) {
        return PresolveOptions.DEFAULT.only(kind);
    }

    private static int row(MilpModel.Builder b, String name, double lo, double up, int[] cols, double[] vals) {
        return b.addRow(name, lo, up, cols, vals);
    }

    /** Postsolves a reduced point, verifies it on the original, and checks the objective carries over. */
    private static double[] postsolveChecked(MilpModel original, PresolveResult r, double... reducedValues) {
        MilpSolution reduced = new MilpSolution(reducedValues);
        Verification onReduced = Verifiers.check(r.reduced(), reduced);
        assertThat(onReduced.feasible()).as("test point on the reduced model: %s", onReduced.summary()).isTrue();
        MilpSolution x = r.postsolve(reduced);
        Verification v = Verifiers.check(original, x);
        assertThat(v.feasible()).as(v.summary()).isTrue();
        assertThat(v.objective()).isCloseTo(onReduced.objective(), within(1e-9));
        return x.values();
    }

    @Nested
    class Cleanups {

        @Test
        void fixedColumnIsSubstitutedIntoRowsAndObjective() {
            MilpModel.Builder b = MilpModel.builder("fixed").objectiveConstant(1);
            int x = b.addVariable("x", 2, 2, VarType.INTEGER, 3);
            int y = b.addVariable("y", 0, 10, VarType.INTEGER, 1);
            int z = b.addVariable("z", 0, 10, VarType.INTEGER, 1);
            row(b, "r", 5, INF, new int[] {x, y, z}, new double[] {1, 1, 1});
            MilpModel m = b.build();
            PresolveResult r = presolve(m, CLEANUP);
            assertThat(r.status()).isEqualTo(PresolveStatus.REDUCED);
            assertThat(r.reduced().numVariables()).isEqualTo(2);
            assertThat(r.reduced().rowLower(0)).isEqualTo(3.0);
            assertThat(r.reduced().objectiveConstant()).isEqualTo(7.0);
            assertThat(r.postsolve().objectiveOffset()).isEqualTo(6.0);
            double[] full = postsolveChecked(m, r, 1, 2);
            assertThat(full).containsExactly(2, 1, 2);
        }

        @Test
        void emptyRowIsDroppedOrProvesInfeasibility() {
            MilpModel.Builder b = MilpModel.builder("empty");
            b.addVariable("x", 0, 1, VarType.BINARY, 1);
            b.addRow("nothing", -1, 1);
            b.addRow("x", 0, 1, new int[] {0}, new double[] {1});
            PresolveResult r = presolve(b.build(), CLEANUP);
            assertThat(r.reduced().numRows()).isEqualTo(1);
            assertThat(r.stats().cleanups()).isEqualTo(1);

            MilpModel.Builder c = MilpModel.builder("bad");
            c.addVariable("x", 0, 1, VarType.BINARY, 1);
            c.addRow("impossible", 1, 2);
            PresolveResult bad = presolve(c.build(), CLEANUP);
            assertThat(bad.status()).isEqualTo(PresolveStatus.INFEASIBLE);
            assertThat(bad.message()).contains("impossible");
            assertThat(bad.reduced()).isNull();
        }

        @Test
        void emptyColumnGoesToTheBoundItsCostPrefers() {
            MilpModel.Builder b = MilpModel.builder("cols").sense(ObjectiveSense.MAXIMIZE);
            b.addVariable("up", -3, 4, VarType.INTEGER, 2);
            b.addVariable("down", -3, 4, VarType.INTEGER, -2);
            b.addContinuous("free", Double.NEGATIVE_INFINITY, INF, 0);
            MilpModel m = b.build();
            PresolveResult r = presolve(m, CLEANUP);
            assertThat(r.status()).isEqualTo(PresolveStatus.OPTIMAL);
            assertThat(r.solution().values()).containsExactly(4, -3, 0);
            assertThat(r.reduced().objectiveConstant()).isEqualTo(14.0);
        }

        @Test
        void emptyColumnImprovingWithoutLimitIsInfeasibleOrUnbounded() {
            MilpModel.Builder b = MilpModel.builder("unb");
            b.addContinuous("x", 0, INF, -1);
            PresolveResult r = presolve(b.build(), CLEANUP);
            assertThat(r.status()).isEqualTo(PresolveStatus.INFEASIBLE_OR_UNBOUNDED);
            assertThat(r.status().toSolveStatus()).isEqualTo(org.cobalt.core.solver.SolveStatus.INFEASIBLE_OR_UNBOUNDED);
        }

        @Test
        void integerBoundsAreRoundedInwardAndEmptyDomainsAreInfeasible() {
            MilpModel.Builder b = MilpModel.builder("round");
            int x = b.addVariable("x", 0.5, 2.7, VarType.INTEGER, 1);
            int y = b.addVariable("y", 0, 3, VarType.INTEGER, 1);
            row(b, "r", -INF, 4, new int[] {x, y}, new double[] {1, 1});
            PresolveResult r = presolve(b.build(), CLEANUP);
            assertThat(r.reduced().lower(0)).isEqualTo(1.0);
            assertThat(r.reduced().upper(0)).isEqualTo(2.0);

            MilpModel.Builder c = MilpModel.builder("none");
            c.addVariable("x", 0.2, 0.8, VarType.INTEGER, 1);
            assertThat(presolve(c.build(), CLEANUP).status()).isEqualTo(PresolveStatus.INFEASIBLE);
        }
    }

    @Nested
    class SingletonRowsTest {

        @Test
        void singletonRowBecomesARoundedBound() {
            MilpModel.Builder b = MilpModel.builder("single");
            int x = b.addVariable("x", 0, 10, VarType.INTEGER, -1);
            int y = b.addContinuous("y", 0, 10, -1);
            int z = b.addVariable("z", 0, 10, VarType.INTEGER, 1);
            row(b, "rx", -INF, 7, new int[] {x}, new double[] {2});
            row(b, "ry", -7, INF, new int[] {y}, new double[] {-2});
            row(b, "link", -INF, 12, new int[] {x, y, z}, new double[] {1, 1, -1});
            MilpModel m = b.build();
            PresolveResult r = presolve(m, only(ReductionKind.SINGLETON_ROWS));
            assertThat(r.reduced().numRows()).isEqualTo(1);
            assertThat(r.reduced().upper(0)).isEqualTo(3.0);
            assertThat(r.reduced().upper(1)).isEqualTo(3.5);
            assertThat(r.stats().count(ReductionKind.SINGLETON_ROWS)).isGreaterThanOrEqualTo(2);
            postsolveChecked(m, r, 3, 3.5, 0);
        }

        @Test
        void contradictorySingletonRowIsInfeasible() {
            MilpModel.Builder b = MilpModel.builder("bad");
            int x = b.addVariable("x", 0, 3, VarType.INTEGER, 1);
            int y = b.addVariable("y", 0, 3, VarType.INTEGER, 1);
            row(b, "r", 5, INF, new int[] {x}, new double[] {1});
            row(b, "s", 1, INF, new int[] {x, y}, new double[] {1, 1});
            PresolveResult r = presolve(b.build(), only(ReductionKind.SINGLETON_ROWS));
            assertThat(r.status()).isEqualTo(PresolveStatus.INFEASIBLE);
        }
    }

    @Nested
    class BoundTighteningTest {

        @Test
        void rowActivityBoundsEachVariable() {
            MilpModel.Builder b = MilpModel.builder("bt");
            int x = b.addVariable("x", 0, 10, VarType.INTEGER, -1);
            int y = b.addVariable("y", 1, 10, VarType.INTEGER, -1);
            int z = b.addContinuous("z", 0, 100, -1);
            row(b, "r", -INF, 4.5, new int[] {x, y}, new double[] {1, 1});
            row(b, "s", -INF, 20, new int[] {x, z}, new double[] {-2, 4});
            MilpModel m = b.build();
            PresolveResult r = presolve(m, only(ReductionKind.BOUND_TIGHTENING));
            MilpModel red = r.reduced();
            assertThat(red.upper(0)).isEqualTo(3.0); // x <= 4.5 - 1, rounded down
            assertThat(red.upper(1)).isEqualTo(4.0); // y <= 4.5 - 0, rounded down
            assertThat(red.upper(2)).isCloseTo(6.5, within(1e-12)); // 4z <= 20 + 2*3
            assertThat(red.numRows()).isEqualTo(2); // tightening alone keeps rows
            postsolveChecked(m, r, 3, 1, 6.5);
        }

        @Test
        void forcingRowFixesAllItsVariables() {
            MilpModel.Builder b = MilpModel.builder("forcing");
            int x = b.addVariable("x", 0, 5, VarType.INTEGER, -1);
            int y = b.addContinuous("y", 2, 5, -1);
            row(b, "r", -INF, 2, new int[] {x, y}, new double[] {1, 1});
            MilpModel m = b.build();
            PresolveResult r = presolve(m, only(ReductionKind.BOUND_TIGHTENING));
            assertThat(r.status()).isEqualTo(PresolveStatus.OPTIMAL);
            assertThat(r.solution().values()).containsExactly(0, 2);
            assertThat(Verifiers.check(m, r.solution()).feasible()).isTrue();
        }

        @Test
        void tinyContinuousChangesAndHugeBoundsAreIgnored() {
            MilpModel.Builder b = MilpModel.builder("tiny");
            int x = b.addContinuous("x", 0, 10, 1);
            int y = b.addContinuous("y", 0, 1, 1);
            int z = b.addContinuous("z", -1e12, 1e12, 1);
            row(b, "r", -INF, 9.9999, new int[] {x, y}, new double[] {1, 1});
            row(b, "s", -INF, 1e12, new int[] {x, z}, new double[] {1, -1});
            PresolveResult r = presolve(b.build(), only(ReductionKind.BOUND_TIGHTENING));
            assertThat(r.reduced().upper(0)).isEqualTo(10.0);
            assertThat(r.reduced().lower(2)).isEqualTo(-1e12);
            assertThat(r.stats().count(ReductionKind.BOUND_TIGHTENING)).isZero();
        }
    }

    @Nested
    class RedundantRowsTest {

        @Test
        void impliedRowsAndSidesAreDropped() {
            MilpModel.Builder b = MilpModel.builder("red");
            int x = b.addVariable("x", 0, 10, VarType.INTEGER, 1);
            int y = b.addVariable("y", 0, 10, VarType.INTEGER, 1);
            row(b, "always", -INF, 30, new int[] {x, y}, new double[] {1, 1});
            row(b, "half", 5, 30, new int[] {x, y}, new double[] {1, 2});
            MilpModel m = b.build();
            PresolveResult r = presolve(m, only(ReductionKind.REDUNDANT_ROWS));
            assertThat(r.reduced().numRows()).isEqualTo(1);
            assertThat(r.reduced().rowName(0)).isEqualTo("half");
            assertThat(r.reduced().rowLower(0)).isEqualTo(5.0);
            assertThat(r.reduced().rowUpper(0)).isEqualTo(INF);
            postsolveChecked(m, r, 5, 0);
        }

        @Test
        void unreachableSideIsInfeasible() {
            MilpModel.Builder b = MilpModel.builder("inf");
            int x = b.addVariable("x", 0, 10, VarType.INTEGER, 1);
            int y = b.addContinuous("y", 0, 10, 1);
            row(b, "big", 25, INF, new int[] {x, y}, new double[] {1, 1});
            PresolveResult r = presolve(b.build(), only(ReductionKind.REDUNDANT_ROWS));
            assertThat(r.status()).isEqualTo(PresolveStatus.INFEASIBLE);
            assertThat(r.message()).contains("big");
        }

        @Test
        void violationsWithinTheInfeasibilityToleranceDoNotProveInfeasibility() {
            MilpModel.Builder b = MilpModel.builder("edge");
            int x = b.addContinuous("x", 0, 10, 1);
            int y = b.addContinuous("y", 0, 10, 1);
            row(b, "r", 20 + 1e-7, INF, new int[] {x, y}, new double[] {1, 1});
            PresolveResult r = presolve(b.build(), only(ReductionKind.REDUNDANT_ROWS));
            assertThat(r.status()).isEqualTo(PresolveStatus.REDUCED);
            assertThat(r.reduced().numRows()).isEqualTo(1);
        }
    }

    @Nested
    class CoefficientTighteningTest {

        @Test
        void binaryKnapsackRowIsStrengthened() {
            // 3a + 5b <= 6 holds at exactly the binary points of a + b <= 1
            MilpModel.Builder b = MilpModel.builder("ct").sense(ObjectiveSense.MAXIMIZE);
            int a = b.addBinary("a", 1);
            int c = b.addBinary("b", 1);
            int y = b.addContinuous("y", 0, 1, 1);
            row(b, "knap", -INF, 6, new int[] {a, c}, new double[] {3, 5});
            row(b, "link", -INF, 1, new int[] {a, y}, new double[] {1, 1});
            MilpModel m = b.build();
            PresolveResult r = presolve(m, only(ReductionKind.COEFFICIENT_TIGHTENING));
            MilpModel red = r.reduced();
            int knap = red.rowIndex("knap").orElseThrow();
            double ca = red.matrix().get(knap, 0);
            double cb = red.matrix().get(knap, 1);
            double rhs = red.rowUpper(knap);
            assertThat(ca).isEqualTo(cb);
            assertThat(rhs).isEqualTo(ca);
            assertThat(r.stats().count(ReductionKind.COEFFICIENT_TIGHTENING)).isGreaterThanOrEqualTo(2);
            for (double[] p : new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}) {
                boolean before = 3 * p[0] + 5 * p[1] <= 6;
                boolean after = ca * p[0] + cb * p[1] <= rhs;
                assertThat(after).as("point %s", java.util.Arrays.toString(p)).isEqualTo(before);
            }
            postsolveChecked(m, r, 0, 1, 1);
        }

        @Test
        void negativeCoefficientAndGeneralIntegerAndGeRow() {
            // -(2x - 7z) >= -4 with z binary, x integer in [0, 3]: z's coefficient shrinks
            MilpModel.Builder b = MilpModel.builder("ct2");
            int x = b.addVariable("x", 0, 3, VarType.INTEGER, -1);
            int z = b.addBinary("z", 2);
            row(b, "r", -4, INF, new int[] {x, z}, new double[] {-2, 7});
            MilpModel m = b.build();
            PresolveResult r = presolve(m, only(ReductionKind.COEFFICIENT_TIGHTENING));
            MilpModel red = r.reduced();
            assertThat(red.matrix().get(0, 1)).isLessThan(7.0);
            for (int xv = 0; xv <= 3; xv++) {
                for (int zv = 0; zv <= 1; zv++) {
                    boolean before = -2 * xv + 7 * zv >= -4;
                    double act = red.matrix().get(0, 0) * xv + red.matrix().get(0, 1) * zv;
                    assertThat(act >= red.rowLower(0) - 1e-9).as("x=%d z=%d", xv, zv).isEqualTo(before);
                }
            }
        }

        @Test
        void allIntegerRowSidesRoundToTheCoefficientGcd() {
            MilpModel.Builder b = MilpModel.builder("gcd");
            int x = b.addVariable("x", -5, 5, VarType.INTEGER, 1);
            int y = b.addVariable("y", -5, 5, VarType.INTEGER, 1);
            row(b, "r", -7, 5, new int[] {x, y}, new double[] {2, 4});
            MilpModel m = b.build();
            PresolveResult r = presolve(m, only(ReductionKind.COEFFICIENT_TIGHTENING));
            assertThat(r.reduced().rowLower(0)).isEqualTo(-6.0);
            assertThat(r.reduced().rowUpper(0)).isEqualTo(4.0);

            MilpModel.Builder c = MilpModel.builder("odd");
            int u = c.addVariable("u", -5, 5, VarType.INTEGER, 1);
            int v = c.addVariable("v", -5, 5, VarType.INTEGER, 1);
            row(c, "r", 3, 3, new int[] {u, v}, new double[] {2, 4});
            assertThat(presolve(c.build(), only(ReductionKind.COEFFICIENT_TIGHTENING)).status())
                    .isEqualTo(PresolveStatus.INFEASIBLE);
        }
    }

    @Nested
    class ColumnSingletonsTest {

        @Test
        void impliedFreeSingletonInEqualityIsSubstituted() {
            // s = 10 - x - y lies in [4, 10] for x, y in [0, 3]: its bounds [0, 20] are implied
            MilpModel.Builder b = MilpModel.builder("subst");
            int x = b.addVariable("x", 0, 3, VarType.INTEGER, 1);
            int y = b.addVariable("y", 0, 3, VarType.INTEGER, 1);
            int s = b.addContinuous("s", 0, 20, 2);
            row(b, "eq", 10, 10, new int[] {x, y, s}, new double[] {1, 1, 1});
            row(b, "other", 1, INF, new int[] {x, y}, new double[] {1, 1});
            MilpModel m = b.build();
            PresolveResult r = presolve(m, only(ReductionKind.COLUMN_SINGLETONS));
            MilpModel red = r.reduced();
            assertThat(red.numVariables()).isEqualTo(2);
            assertThat(red.numRows()).isEqualTo(1);
            assertThat(red.cost(0)).isEqualTo(-1.0);
            assertThat(red.cost(1)).isEqualTo(-1.0);
            assertThat(red.objectiveConstant()).isEqualTo(20.0);
            double[] full = postsolveChecked(m, r, 3, 2);
            assertThat(full[2]).isEqualTo(5.0);
        }

        @Test
        void singletonWhoseBoundsBindIsNotSubstituted() {
            MilpModel.Builder b = MilpModel.builder("bound");
            int x = b.addVariable("x", 0, 3, VarType.INTEGER, 1);
            int s = b.addContinuous("s", 0, 5, 2);
            row(b, "eq", 6, 6, new int[] {x, s}, new double[] {1, 1});
            PresolveResult r = presolve(b.build(), only(ReductionKind.COLUMN_SINGLETONS));
            assertThat(r.reduced().numVariables()).isEqualTo(2);
            assertThat(r.stats().count(ReductionKind.COLUMN_SINGLETONS)).isZero();
        }

        @Test
        void zeroCostSlackWidensItsRow() {
            MilpModel.Builder b = MilpModel.builder("slack");
            int x = b.addVariable("x", 0, 9, VarType.INTEGER, -1);
            int y = b.addVariable("y", 0, 9, VarType.INTEGER, -1);
            int s = b.addContinuous("s", -3, 2, 0);
            row(b, "r", -INF, 10, new int[] {x, y, s}, new double[] {1, 1, 1});
            MilpModel m = b.build();
            PresolveResult r = presolve(m, only(ReductionKind.COLUMN_SINGLETONS));
            assertThat(r.reduced().numVariables()).isEqualTo(2);
            assertThat(r.reduced().rowUpper(0)).isEqualTo(13.0);
            double[] full = postsolveChecked(m, r, 9, 4);
            assertThat(full[2]).isEqualTo(-3.0);
            full = postsolveChecked(m, r, 1, 2);
            assertThat(full[2]).isEqualTo(0.0);
        }

        @Test
        void severalSlacksOfOneRowShareOnePostsolveRecord() {
            MilpModel.Builder b = MilpModel.builder("slacks").sense(ObjectiveSense.MAXIMIZE);
            int x = b.addVariable("x", 0, 20, VarType.INTEGER, 1);
            int s1 = b.addContinuous("s1", 0, 1, 0);
            int s2 = b.addContinuous("s2", -1, 1, 0);
            int s3 = b.addContinuous("s3", 0, INF, 0);
            row(b, "r", 4, 6, new int[] {x, s1, s2, s3}, new double[] {1, 1, -2, 0.5});
            MilpModel m = b.build();
            PresolveResult r = presolve(m, only(ReductionKind.COLUMN_SINGLETONS));
            assertThat(r.reduced().numVariables()).isEqualTo(1);
            assertThat(r.reduced().rowLower(0)).isEqualTo(Double.NEGATIVE_INFINITY);
            assertThat(r.reduced().rowUpper(0)).isEqualTo(8.0);
            assertThat(r.postsolve().steps()).isEqualTo(1);
            assertThat(postsolveChecked(m, r, 8)).containsExactly(8, 0, 1, 0);
            assertThat(postsolveChecked(m, r, 0)).containsExactly(0, 1, -1, 2);
            assertThat(postsolveChecked(m, r, 5)).containsExactly(5, 0, 0, 0);
        }

        @Test
        void objectiveMakesAFreeSingletonsRowTight() {
            // min s with s free and x + y + s >= 4: s = 4 - x - y at the optimum
            MilpModel.Builder b = MilpModel.builder("tight");
            int x = b.addVariable("x", 0, 3, VarType.INTEGER, 0);
            int y = b.addVariable("y", 0, 3, VarType.INTEGER, 0.5);
            int s = b.addContinuous("s", Double.NEGATIVE_INFINITY, INF, 1);
            row(b, "r", 4, INF, new int[] {x, y, s}, new double[] {1, 1, 1});
            row(b, "o", -INF, 5, new int[] {x, y}, new double[] {1, 1});
            MilpModel m = b.build();
            PresolveResult r = presolve(m, only(ReductionKind.COLUMN_SINGLETONS));
            assertThat(r.reduced().numVariables()).isEqualTo(2);
            assertThat(r.reduced().rowIndex("r")).isEmpty();
            double[] full = postsolveChecked(m, r, 3, 2);
            assertThat(full[2]).isEqualTo(-1.0);
        }

        @Test
        void freeSingletonWithNothingToStopItIsInfeasibleOrUnbounded() {
            MilpModel.Builder b = MilpModel.builder("unb");
            int x = b.addVariable("x", 0, 3, VarType.INTEGER, 0);
            int s = b.addContinuous("s", Double.NEGATIVE_INFINITY, INF, 1);
            row(b, "r", -INF, 4, new int[] {x, s}, new double[] {1, 1});
            row(b, "o", 1, INF, new int[] {x}, new double[] {1});
            PresolveResult r = presolve(b.build(), only(ReductionKind.COLUMN_SINGLETONS));
            assertThat(r.status()).isEqualTo(PresolveStatus.INFEASIBLE_OR_UNBOUNDED);
        }

        @Test
        void aHugeButFiniteBoundIsNotTakenForInfinite() {
            // min s with s >= -1e10 and x + s <= 4: the optimum is finite (s = -1e10), not unbounded
            MilpModel.Builder b = MilpModel.builder("huge");
            int x = b.addVariable("x", 0, 3, VarType.INTEGER, 0);
            int s = b.addContinuous("s", -1e10, INF, 1);
            row(b, "r", -INF, 4, new int[] {x, s}, new double[] {1, 1});
            row(b, "o", 1, INF, new int[] {x}, new double[] {1});
            MilpModel m = b.build();
            PresolveResult r = presolve(m, only(ReductionKind.COLUMN_SINGLETONS));
            assertThat(r.status()).isEqualTo(PresolveStatus.REDUCED);
            assertThat(r.reduced().numVariables()).isEqualTo(2);
            PresolveResult all = presolve(m, PresolveOptions.DEFAULT);
            assertThat(all.status()).isNotIn(PresolveStatus.INFEASIBLE, PresolveStatus.INFEASIBLE_OR_UNBOUNDED);
        }

        @Test
        void integerSingletonsAreLeftAlone() {
            MilpModel.Builder b = MilpModel.builder("int");
            int x = b.addVariable("x", 0, 3, VarType.INTEGER, 1);
            int s = b.addVariable("s", -100, 100, VarType.INTEGER, 1);
            row(b, "eq", 5, 5, new int[] {x, s}, new double[] {2, 3});
            PresolveResult r = presolve(b.build(), only(ReductionKind.COLUMN_SINGLETONS));
            assertThat(r.reduced().numVariables()).isEqualTo(2);
        }
    }

    @Nested
    class DualFixingTest {

        @Test
        void columnsWithoutLocksInTheirCostDirectionAreFixed() {
            // min 2x - y s.t. x - y <= 3: lowering x and raising y never hurts
            MilpModel.Builder b = MilpModel.builder("dual");
            int x = b.addVariable("x", 1, 5, VarType.INTEGER, 2);
            int y = b.addContinuous("y", 0, 4, -1);
            int z = b.addVariable("z", 0, 5, VarType.INTEGER, 1);
            row(b, "r", -INF, 3, new int[] {x, y}, new double[] {1, -1});
            row(b, "s", 2, INF, new int[] {y, z}, new double[] {1, 1});
            MilpModel m = b.build();
            PresolveResult r = presolve(m, only(ReductionKind.DUAL_FIXING));
            assertThat(r.reduced().numVariables()).isEqualTo(1); // z keeps its down-lock in s: z >= -2
            assertThat(r.reduced().numRows()).isEqualTo(1);
            assertThat(r.reduced().rowLower(0)).isEqualTo(-2.0);
            assertThat(r.stats().count(ReductionKind.DUAL_FIXING)).isEqualTo(2);
            assertThat(postsolveChecked(m, r, 0)).containsExactly(1, 4, 0);
            assertThat(presolve(m, PresolveOptions.DEFAULT).solution().values()).containsExactly(1, 4, 0);
        }

        @Test
        void improvingWithoutBoundOrLockIsInfeasibleOrUnbounded() {
            MilpModel.Builder b = MilpModel.builder("dual-unb").sense(ObjectiveSense.MAXIMIZE);
            int x = b.addVariable("x", 0, INF, VarType.INTEGER, 1);
            int y = b.addVariable("y", 0, 5, VarType.INTEGER, 0);
            row(b, "r", 1, INF, new int[] {x, y}, new double[] {1, 1});
            PresolveResult r = presolve(b.build(), only(ReductionKind.DUAL_FIXING));
            assertThat(r.status()).isEqualTo(PresolveStatus.INFEASIBLE_OR_UNBOUNDED);
        }

        @Test
        void lockedColumnsStay() {
            MilpModel.Builder b = MilpModel.builder("locked");
            int x = b.addVariable("x", 0, 5, VarType.INTEGER, 1);
            int y = b.addVariable("y", 0, 5, VarType.INTEGER, 1);
            row(b, "r", 3, 4, new int[] {x, y}, new double[] {1, 1});
            PresolveResult r = presolve(b.build(), only(ReductionKind.DUAL_FIXING));
            assertThat(r.reduced().numVariables()).isEqualTo(2);
            assertThat(r.stats().count(ReductionKind.DUAL_FIXING)).isZero();
        }
    }

    @Nested
    class ParallelRowsTest {

        @Test
        void parallelRowsMergeIntoTheTighterSides() {
            MilpModel.Builder b = MilpModel.builder("par");
            int x = b.addVariable("x", 0, 9, VarType.INTEGER, -1);
            int y = b.addVariable("y", 0, 9, VarType.INTEGER, -1);
            row(b, "a", -INF, 12, new int[] {x, y}, new double[] {1, 2});
            row(b, "b", -INF, 20, new int[] {x, y}, new double[] {2, 4});
            row(b, "c", -10, INF, new int[] {x, y}, new double[] {-0.5, -1});
            row(b, "d", 1, INF, new int[] {x, y}, new double[] {3, 6});
            MilpModel m = b.build();
            PresolveResult r = presolve(m, only(ReductionKind.PARALLEL_ROWS));
            assertThat(r.reduced().numRows()).isEqualTo(1);
            assertThat(r.reduced().rowName(0)).isEqualTo("a");
            assertThat(r.reduced().rowUpper(0)).isEqualTo(10.0);
            assertThat(r.reduced().rowLower(0)).isCloseTo(1.0 / 3.0, within(1e-15));
            assertThat(r.stats().count(ReductionKind.PARALLEL_ROWS)).isEqualTo(3);
            postsolveChecked(m, r, 0, 5);
        }

        @Test
        void parallelEqualitiesWithDifferentSidesAreInfeasible() {
            MilpModel.Builder b = MilpModel.builder("parbad");
            int x = b.addContinuous("x", 0, 9, 1);
            int y = b.addContinuous("y", 0, 9, 1);
            row(b, "a", 2, 2, new int[] {x, y}, new double[] {1, 1});
            row(b, "b", 5, 5, new int[] {x, y}, new double[] {2, 2});
            assertThat(presolve(b.build(), only(ReductionKind.PARALLEL_ROWS)).status())
                    .isEqualTo(PresolveStatus.INFEASIBLE);
        }

        @Test
        void nearlyParallelRowsStay() {
            MilpModel.Builder b = MilpModel.builder("near");
            int x = b.addContinuous("x", 0, 9, 1);
            int y = b.addContinuous("y", 0, 9, 1);
            row(b, "a", -INF, 2, new int[] {x, y}, new double[] {1, 1});
            row(b, "b", -INF, 5, new int[] {x, y}, new double[] {2, 2 + 1e-9});
            assertThat(presolve(b.build(), only(ReductionKind.PARALLEL_ROWS)).reduced().numRows()).isEqualTo(2);
        }
    }

    @Nested
    class ParallelColumnsTest {

        @Test
        void continuousParallelColumnsMergeAndSplitBack() {
            MilpModel.Builder b = MilpModel.builder("pcol");
            int x = b.addContinuous("x", 0, 4, 1);
            int y = b.addContinuous("y", -1, 3, 2);
            int z = b.addVariable("z", 0, 5, VarType.INTEGER, 1);
            row(b, "r", 6, INF, new int[] {x, y, z}, new double[] {1, 2, 1});
            row(b, "s", -INF, 9, new int[] {x, y, z}, new double[] {-1, -2, 3});
            MilpModel m = b.build();
            PresolveResult r = presolve(m, only(ReductionKind.PARALLEL_COLUMNS));
            MilpModel red = r.reduced();
            assertThat(red.numVariables()).isEqualTo(2);
            assertThat(red.lower(0)).isEqualTo(-2.0); // x + 2y in [0 - 2, 4 + 6]
            assertThat(red.upper(0)).isEqualTo(10.0);
            for (double merged : new double[] {4, 5.5, 7, 10}) {
                double[] full = postsolveChecked(m, r, merged, 2);
                assertThat(full[0] + 2 * full[1]).isCloseTo(merged, within(1e-12));
            }
        }

        @Test
        void integerParallelColumnsMergeOnlyWithRatioOne() {
            MilpModel.Builder b = MilpModel.builder("pint");
            int x = b.addVariable("x", 0, 2, VarType.INTEGER, 3);
            int y = b.addVariable("y", 1, 3, VarType.INTEGER, 3);
            int w = b.addVariable("w", 0, 3, VarType.INTEGER, 6);
            row(b, "r", 2, 7, new int[] {x, y, w}, new double[] {1, 1, 2});
            MilpModel m = b.build();
            PresolveResult r = presolve(m, only(ReductionKind.PARALLEL_COLUMNS));
            assertThat(r.reduced().numVariables()).isEqualTo(2);
            assertThat(r.reduced().lower(0)).isEqualTo(1.0);
            assertThat(r.reduced().upper(0)).isEqualTo(5.0);
            for (int merged = 2; merged <= 5; merged++) {
                double[] full = postsolveChecked(m, r, merged, 0);
                assertThat(full[0] + full[1]).isEqualTo(merged);
                assertThat(full[0]).isEqualTo(Math.rint(full[0]));
            }
        }
    }
}
