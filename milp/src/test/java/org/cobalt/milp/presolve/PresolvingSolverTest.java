package org.cobalt.milp.presolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.cobalt.core.event.NewIncumbent;
import org.cobalt.core.event.SolverEvent;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.VarType;
import org.cobalt.core.solution.MilpSolution;
import org.cobalt.core.solver.AbstractSolver;
import org.cobalt.core.solver.SolveContext;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.core.verify.Verification;
import org.cobalt.core.verify.Verifiers;
import org.junit.jupiter.api.Test;

/** {@link PresolvingSolver} around a brute-force inner solver: every presolve outcome and the plumbing. */
class PresolvingSolverTest {

    /** Solves by {@link BruteForce}; records what it was given and can corrupt its answer. */
    static final class BruteSolver extends AbstractSolver<MilpModel> {
        final List<MilpModel> models = new ArrayList<>();
        final List<SolveOptions> options = new ArrayList<>();
        boolean sawStop;
        UnaryOperator<double[]> corrupt = UnaryOperator.identity();

        BruteSolver() {
            super("brute", MilpModel.class);
        }

        @Override
        protected SolveResult doSolve(MilpModel m, SolveContext ctx) {
            models.add(m);
            options.add(ctx.options());
            BruteForce.Outcome o = BruteForce.solve(m, 0);
            if (!o.isFeasible()) {
                return ctx.result(SolveStatus.INFEASIBLE).build();
            }
            if (o.unbounded()) {
                return ctx.result(SolveStatus.UNBOUNDED).build();
            }
            ctx.newIncumbent(o.objective(), "enumeration");
            sawStop = ctx.shouldStop();
            return ctx.result(SolveStatus.OPTIMAL).objective(o.objective()).bound(o.objective())
                    .solution(new MilpSolution(corrupt.apply(o.best().x()))).build();
        }
    }

    private static MilpModel model() {
        // reducible but not solved by presolve: a knapsack with a fixed column and a parallel row
        MilpModel.Builder b = MilpModel.builder("knap").sense(org.cobalt.core.milp.ObjectiveSense.MAXIMIZE).objectiveConstant(3);
        int[] cols = new int[6];
        double[] w = {3, 4, 5, 6, 7, 2};
        for (int j = 0; j < 5; j++) {
            cols[j] = b.addVariable("x" + j, 0, 2, VarType.INTEGER, 2 + j);
        }
        cols[5] = b.addVariable("fixed", 1, 1, VarType.INTEGER, 10);
        b.addRow("cap", Double.NEGATIVE_INFINITY, 17, cols, w);
        b.addRow("cap2", Double.NEGATIVE_INFINITY, 40, cols, new double[] {6, 8, 10, 12, 14, 4});
        b.addRow("mix", 1, Double.POSITIVE_INFINITY, new int[] {cols[0], cols[4]}, new double[] {1, 1});
        return b.build();
    }

    @Test
    void solvesTheReducedModelAndReturnsAVerifiedOriginalSolution() {
        MilpModel m = model();
        BruteSolver inner = new BruteSolver();
        PresolvingSolver solver = new PresolvingSolver(inner, new DefaultPresolver(), PresolveOptions.DEFAULT);
        List<SolverEvent> events = new ArrayList<>();
        SolveResult r = solver.solve(m, SolveOptions.DEFAULT, (e, c) -> events.add(e));
        double truth = BruteForce.solve(m, 0).objective();
        assertThat(r.solverId()).isEqualTo("presolve+brute");
        assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(r.objective()).isEqualTo(truth);
        assertThat(r.bound()).isEqualTo(truth);
        Verification v = Verifiers.check(m, r.solution());
        assertThat(v.feasible()).isTrue();
        assertThat(v.objective()).isEqualTo(r.objective());
        assertThat(inner.models).hasSize(1);
        assertThat(inner.models.get(0).numVariables()).isLessThan(m.numVariables());
        assertThat(inner.models.get(0).numRows()).isLessThan(m.numRows());
        assertThat(events).filteredOn(NewIncumbent.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((NewIncumbent) e).objective()).isEqualTo(truth));
        assertThat(r.stats().counters()).containsKeys("presolve.rowsRemoved", "presolve.columnsRemoved", "presolve.micros");
        assertThat(r.message()).startsWith("presolve: rows 3 -> ");
    }

    @Test
    void warmStartIsRestrictedToTheKeptColumnsAndStopRequestsReachTheInnerSolver() {
        MilpModel m = model();
        BruteSolver inner = new BruteSolver();
        PresolvingSolver solver = new PresolvingSolver(inner, new DefaultPresolver(), PresolveOptions.DEFAULT);
        MilpSolution start = new MilpSolution(new double[] {1, 0, 0, 0, 1, 1});
        solver.solve(m, SolveOptions.DEFAULT.withWarmStart(start), (e, c) -> {
            if (e instanceof NewIncumbent) {
                c.requestStop();
            }
        });
        MilpSolution passed = (MilpSolution) inner.options.get(0).warmStart();
        assertThat(passed.size()).isEqualTo(inner.models.get(0).numVariables());
        assertThat(inner.sawStop).isTrue();
    }

    @Test
    void modelSolvedByPresolveNeedsNoInnerSolve() {
        MilpModel.Builder b = MilpModel.builder("easy");
        int x = b.addVariable("x", 0, 5, VarType.INTEGER, 1);
        int y = b.addVariable("y", 0, 5, VarType.INTEGER, 2);
        b.addRow("r", 3, Double.POSITIVE_INFINITY, new int[] {x}, new double[] {1});
        b.addRow("s", -4, Double.POSITIVE_INFINITY, new int[] {x, y}, new double[] {-1, 1});
        MilpModel m = b.build();
        BruteSolver inner = new BruteSolver();
        SolveResult r = new PresolvingSolver(inner, new DefaultPresolver(), PresolveOptions.DEFAULT).solve(m, SolveOptions.DEFAULT);
        assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(r.objective()).isEqualTo(3.0);
        assertThat(((MilpSolution) r.solution()).values()).containsExactly(3, 0);
        assertThat(inner.models).isEmpty();
    }

    @Test
    void infeasibleByPresolveAndUndecidedUnboundednessFallsBackToTheOriginal() {
        MilpModel.Builder b = MilpModel.builder("inf");
        int x = b.addVariable("x", 0, 5, VarType.INTEGER, 1);
        b.addRow("r", 7, Double.POSITIVE_INFINITY, new int[] {x}, new double[] {1});
        BruteSolver inner = new BruteSolver();
        PresolvingSolver solver = new PresolvingSolver(inner, new DefaultPresolver(), PresolveOptions.DEFAULT);
        SolveResult r = solver.solve(b.build(), SolveOptions.DEFAULT);
        assertThat(r.status()).isEqualTo(SolveStatus.INFEASIBLE);
        assertThat(inner.models).isEmpty();

        MilpModel.Builder c = MilpModel.builder("unb");
        int y = c.addVariable("y", 0, 5, VarType.INTEGER, 1);
        int z = c.addContinuous("z", 0, Double.POSITIVE_INFINITY, -1);
        c.addRow("r", 1, Double.POSITIVE_INFINITY, new int[] {y, z}, new double[] {1, 1});
        MilpModel unb = c.build();
        SolveResult u = solver.solve(unb, SolveOptions.DEFAULT);
        assertThat(u.status()).isEqualTo(SolveStatus.UNBOUNDED);
        assertThat(inner.models).containsExactly(unb);
        assertThat(u.message()).contains("solved the original");
    }

    @Test
    void aPostsolvedSolutionThatFailsVerificationIsAnError() {
        MilpModel m = model();
        BruteSolver inner = new BruteSolver();
        inner.corrupt = x -> {
            double[] y = x.clone();
            java.util.Arrays.fill(y, 2.0);
            return y;
        };
        SolveResult r = new PresolvingSolver(inner, new DefaultPresolver(), PresolveOptions.DEFAULT).solve(m, SolveOptions.DEFAULT);
        assertThat(r.status()).isEqualTo(SolveStatus.ERROR);
        assertThat(r.solution()).isNull();
        assertThat(r.message()).contains("fails verification");
    }
}
