package org.cobalt.scheduling.mip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.scheduling.SingleMachineProblem;
import org.cobalt.core.solution.MilpSolution;
import org.cobalt.core.solution.SequenceSolution;
import org.cobalt.core.solver.AbstractSolver;
import org.cobalt.core.solver.SolveContext;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.core.solver.Solver;
import org.cobalt.core.solver.SolverProvider;
import org.cobalt.core.solver.SolverRegistry;
import org.cobalt.core.verify.Verifiers;
import org.cobalt.scheduling.Tardiness;
import org.cobalt.scheduling.TestInstances;
import org.cobalt.scheduling.rules.MddChallenger;
import org.junit.jupiter.api.Test;

/** The MIP driver's plumbing, with stand-in MILP solvers registered under test ids. */
class MipSolverTest {

    /** Records the warm start it gets and returns it unchanged (a MILP solver that finds nothing better). */
    static final class EchoMilp extends AbstractSolver<MilpModel> {
        final List<MilpSolution> seen;

        EchoMilp(List<MilpSolution> seen) {
            super("echo-milp", MilpModel.class);
            this.seen = seen;
        }

        @Override
        protected SolveResult doSolve(MilpModel model, SolveContext ctx) {
            if (!(ctx.options().warmStart() instanceof MilpSolution ws)) {
                return ctx.result(SolveStatus.LIMIT_REACHED).build();
            }
            seen.add(ws);
            return ctx.result(SolveStatus.FEASIBLE).objective(model.objectiveValue(ws.values())).bound(0).solution(ws).build();
        }
    }

    /**
     * Solves the model exactly by trying the encoding of every job order (tiny instances only),
     * checking each with the MILP verifier: a MILP solver whose answer we know.
     */
    static final class EnumeratingMilp extends AbstractSolver<MilpModel> {
        final SingleMachineProblem problem;
        final SmttFormulation formulation;

        EnumeratingMilp(SingleMachineProblem problem, SmttFormulation formulation) {
            super("enum-milp", MilpModel.class);
            this.problem = problem;
            this.formulation = formulation;
        }

        @Override
        protected SolveResult doSolve(MilpModel model, SolveContext ctx) {
            MilpSolution best = null;
            double bestValue = Double.POSITIVE_INFINITY;
            for (int[] seq : FormulationTest.permutations(problem.size())) {
                MilpSolution x = formulation.encode(problem, seq);
                var v = Verifiers.check(model, x);
                if (v.feasible() && v.objective() < bestValue) {
                    bestValue = v.objective();
                    best = x;
                }
            }
            return ctx.result(SolveStatus.OPTIMAL).objective(bestValue).bound(bestValue).solution(best).nodes(1).build();
        }
    }

    static SolverProvider provider(String id, Solver<MilpModel> solver) {
        return new SolverProvider() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String description() {
                return "test stand-in";
            }

            @Override
            public Class<? extends Problem> problemType() {
                return MilpModel.class;
            }

            @Override
            public Solver<? extends Problem> create() {
                return solver;
            }
        };
    }

    @Test
    void heuristicWarmStartReachesTheMilpSolverAndComesBack() {
        SingleMachineProblem p = TestInstances.random(7, 8, 20, 0.5, 0.4, false);
        List<MilpSolution> seen = new ArrayList<>();
        SolverRegistry reg = SolverRegistry.of(List.of(provider("echo", new EchoMilp(seen))));
        SolveResult r = new MipSolver(() -> reg).solve(p, SolveOptions.builder().parameter(MipSolver.MILP, "echo").build());
        int[] mddc = new MddChallenger().sequence(p);
        assertThat(seen).hasSize(1);
        assertThat(new PositionalFormulation().decode(p, seen.get(0))).containsExactly(mddc);
        assertThat(r.status()).isEqualTo(SolveStatus.FEASIBLE);
        assertThat(r.solution()).isEqualTo(new SequenceSolution(mddc));
        assertThat(r.objective()).isEqualTo((double) Tardiness.total(p, mddc));
    }

    @Test
    void noWarmStartAndNoSolutionIsALimitResult() {
        SingleMachineProblem p = TestInstances.random(8, 6, 20, 0.5, 0.4, false);
        SolverRegistry reg = SolverRegistry.of(List.of(provider("echo", new EchoMilp(new ArrayList<>()))));
        SolveResult r = new MipSolver(() -> reg).solve(p, SolveOptions.builder().parameter(MipSolver.MILP, "echo")
                .parameter(MipSolver.WARM_START, "none").build());
        assertThat(r.status()).isEqualTo(SolveStatus.LIMIT_REACHED);
        assertThat(r.hasSolution()).isFalse();
    }

    @Test
    void exactMilpGivesTheOptimalScheduleForBothFormulations() {
        for (long seed = 0; seed < 6; seed++) {
            SingleMachineProblem p = TestInstances.random(seed, 6, 8, 0.6, 0.6, seed % 2 == 0);
            for (String f : List.of("positional", "time-indexed")) {
                SolverRegistry reg = SolverRegistry.of(List.of(provider("enum", new EnumeratingMilp(p, MipSolver.formulation(f)))));
                SolveResult r = new MipSolver(() -> reg).solve(p, SolveOptions.builder().parameter(MipSolver.MILP, "enum")
                        .parameter(MipSolver.FORMULATION, f).parameter(MipSolver.WARM_START, "edd+ls").build());
                assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);
                assertThat((long) r.objective()).isEqualTo(TestInstances.bruteForce(p));
                assertThat(TestInstances.verifiedCost(p, ((SequenceSolution) r.solution()).sequence())).isEqualTo((long) r.objective());
                assertThat(r.bound()).isEqualTo(r.objective());
            }
        }
    }

    /** Claims optimality for values that are no schedule (a broken backend). */
    static final class BrokenMilp extends AbstractSolver<MilpModel> {
        BrokenMilp() {
            super("broken-milp", MilpModel.class);
        }

        @Override
        protected SolveResult doSolve(MilpModel model, SolveContext ctx) {
            return ctx.result(SolveStatus.OPTIMAL).objective(0).bound(0).solution(new MilpSolution(new double[model.numVariables()])).build();
        }
    }

    @Test
    void aSolutionThatIsNoScheduleFallsBackToTheWarmStartWithoutClaimingOptimality() {
        SingleMachineProblem p = TestInstances.random(9, 7, 20, 0.6, 0.4, false);
        SolverRegistry reg = SolverRegistry.of(List.of(provider("broken", new BrokenMilp())));
        SolveResult r = new MipSolver(() -> reg).solve(p, SolveOptions.builder().parameter(MipSolver.MILP, "broken").build());
        assertThat(r.solution()).isEqualTo(new SequenceSolution(new MddChallenger().sequence(p)));
        assertThat(r.message()).contains("not a schedule");
        assertThat(r.objective()).isPositive();
        assertThat(r.status()).isEqualTo(SolveStatus.FEASIBLE);
    }

    @Test
    void unknownMilpSolverIsAnErrorNamingTheKnownOnes() {
        SingleMachineProblem p = TestInstances.random(1, 5, 10, 0.5, 0.5, false);
        SolverRegistry reg = SolverRegistry.of(List.of(provider("echo", new EchoMilp(new ArrayList<>()))));
        SolveResult r = new MipSolver(() -> reg).solve(p, SolveOptions.builder().parameter(MipSolver.MILP, "gurobi").build());
        assertThat(r.status()).isEqualTo(SolveStatus.ERROR);
        assertThat(r.message()).contains("gurobi").contains("echo");
    }
}
