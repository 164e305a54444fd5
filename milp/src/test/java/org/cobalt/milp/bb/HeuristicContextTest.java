package org.cobalt.milp.bb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solution.MilpSolution;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.core.verify.Verifiers;
import org.cobalt.milp.bb.spi.HeuristicContext;
import org.cobalt.milp.bb.spi.HeuristicTiming;
import org.cobalt.milp.bb.spi.LpDive;
import org.cobalt.milp.bb.spi.PrimalHeuristic;
import org.cobalt.milp.bb.spi.SubMipLimits;
import org.cobalt.milp.lp.LpStatus;
import org.junit.jupiter.api.Test;

/** Dives restore the node's LP exactly; sub-MIPs run nested cobalt-bb with a depth limit; submissions are checked. */
class HeuristicContextTest {

    /** Dives at every node: rounds fractional columns, perturbs costs, re-solves; then checks the restore. */
    private static final class MessyDiver implements PrimalHeuristic {
        int dives;
        double worst;

        @Override
        public String name() {
            return "messy";
        }

        @Override
        public HeuristicTiming timing() {
            return HeuristicTiming.everyNode();
        }

        @Override
        public void run(HeuristicContext ctx) {
            double[] before = ctx.lpSolution().clone();
            try (LpDive dive = ctx.startDive()) {
                assertThatThrownBy(ctx::startDive).isInstanceOf(IllegalStateException.class);
                for (int j : ctx.fractionalColumns()) {
                    double v = Math.floor(before[j]);
                    dive.setBounds(j, v, v);
                }
                for (int j = 0; j < dive.numColumns(); j += 3) {
                    dive.setCost(j, dive.cost(j) * 2 + 1);
                }
                var cp = dive.checkpoint();
                LpStatus st = dive.solve(50);
                assertThat(st).isNotNull();
                dive.restore(cp);
                dive.solve(0);
            }
            dives++;
            try (LpDive look = ctx.startDive()) {
                for (int j = 0; j < before.length; j++) {
                    worst = Math.max(worst, Math.abs(look.value(j) - before[j]));
                    assertThat(look.lower(j)).isEqualTo(ctx.lower(j));
                    assertThat(look.upper(j)).isEqualTo(ctx.upper(j));
                    assertThat(look.cost(j)).isEqualTo(ctx.model().cost(j));
                }
            }
        }
    }

    @Test
    void divesRestoreTheNodeLp() {
        MilpModel m = TestInstances.knapsack(12, 25);
        MessyDiver diver = new MessyDiver();
        SolveResult with = new CobaltBbSolver(BbSettings.defaults().withHeuristics(List.of(diver)).withSeparators(List.of()))
                .solve(m, SolveOptions.DEFAULT, null);
        SolveResult without = new CobaltBbSolver(BbSettings.defaults().withHeuristics(List.of()).withSeparators(List.of()))
                .solve(m, SolveOptions.DEFAULT, null);
        assertThat(diver.dives).isGreaterThan(3);
        assertThat(diver.worst).isLessThan(1e-9);
        assertThat(with.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(with.objective()).isEqualTo(without.objective());
        assertThat(with.stats().counters().get("diveIterations")).isPositive();
    }

    /** At the root: fixes the integral-valued integer columns of even index and solves the rest as a sub-MIP. */
    private static final class FixAndSolve implements PrimalHeuristic {
        final List<SolveResult> results = new ArrayList<>();
        final List<Integer> depths = new ArrayList<>();
        int accepted;

        @Override
        public String name() {
            return "fix-and-solve";
        }

        @Override
        public HeuristicTiming timing() {
            return HeuristicTiming.rootOnly();
        }

        @Override
        public void run(HeuristicContext ctx) {
            MilpModel model = ctx.model();
            MilpModel.Builder b = model.toBuilder();
            double[] x = ctx.lpSolution();
            for (int j = 0; j < model.numVariables(); j++) {
                if (j % 2 == 0 && model.isIntegral(j) && Math.abs(x[j] - Math.rint(x[j])) < 1e-9) {
                    b.setBounds(j, Math.rint(x[j]), Math.rint(x[j]));
                }
            }
            MilpModel sub = b.build();
            SolveResult r = ctx.solveSubMip(sub, new SubMipLimits(10_000, 20, ctx.cutoffBound()));
            results.add(r);
            depths.add(ctx.subMipDepth());
            if (r.hasSolution()) {
                assertThat(Verifiers.check(sub, r.solution()).feasible()).isTrue();
                if (ctx.submit(((MilpSolution) r.solution()).values(), name())) {
                    accepted++;
                }
            }
        }
    }

    @Test
    void subMipsAreSolvedWithCobaltBbAndNestOnlyOneLevel() {
        MilpModel m = TestInstances.knapsack(31, 40);
        FixAndSolve h = new FixAndSolve();
        SolveResult r = new CobaltBbSolver(BbSettings.defaults().withHeuristics(List.of(h)).withSeparators(List.of()))
                .solve(m, SolveOptions.DEFAULT, null);
        assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);
        // the outer call (depth 0) and the same heuristic inside the sub-MIP (depth 1), whose own sub-MIP is refused
        assertThat(h.depths).contains(0, 1);
        assertThat(h.results).anySatisfy(x -> assertThat(x.message()).contains("nesting limit"));
        assertThat(h.results).anySatisfy(x -> assertThat(x.status()).isIn(SolveStatus.OPTIMAL, SolveStatus.INFEASIBLE));
        assertThat(h.accepted).isPositive();
    }

    @Test
    void submissionsAreCheckedBeforeAcceptance() {
        MilpModel m = TestInstances.knapsack(13, 15);
        List<Boolean> answers = new ArrayList<>();
        PrimalHeuristic bad = new PrimalHeuristic() {
            @Override
            public String name() {
                return "bad";
            }

            @Override
            public HeuristicTiming timing() {
                return HeuristicTiming.rootOnly();
            }

            @Override
            public void run(HeuristicContext ctx) {
                int n = ctx.numColumns();
                double[] all = new double[n];
                java.util.Arrays.fill(all, 1.0);
                answers.add(ctx.submit(all, name()));                 // overweight
                answers.add(ctx.submit(ctx.lpSolution(), name()));    // fractional
                double[] zero = new double[n];
                answers.add(ctx.submit(zero, name()));                // feasible (empty knapsack)
                answers.add(ctx.submit(zero, name()));                // not better
                assertThatThrownBy(() -> ctx.submit(new double[n + 1], name())).isInstanceOf(IllegalArgumentException.class);
            }
        };
        SolveResult r = new CobaltBbSolver(BbSettings.defaults().withHeuristics(List.of(bad)).withPresolve(false))
                .solve(m, SolveOptions.DEFAULT, null);
        assertThat(answers).containsExactly(false, false, true, false);
        assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);
    }
}
