package org.cobalt.milp.lp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.cobalt.core.event.SolverEvent;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.VarType;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.core.solver.Solver;
import org.cobalt.core.solver.SolverListener;
import org.cobalt.core.solver.Solvers;
import org.cobalt.core.verify.Verification;
import org.cobalt.core.verify.Verifiers;
import org.junit.jupiter.api.Test;

/** {@code cobalt-lp} through the common solver SPI. */
class CobaltLpSolverTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void registeredAndSolvesAnLpToAVerifiedOptimum() {
        assertThat(Solvers.ids()).contains("cobalt-lp");
        MilpModel model = DualSimplexWarmStartTest.boundedLp(2);
        List<SolverEvent> events = new ArrayList<>();
        SolveResult r = Solvers.get("cobalt-lp").solve(model, SolveOptions.DEFAULT, SolverListener.of(events::add));
        assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);
        Verification v = Verifiers.check(model, r.solution());
        assertThat(v.feasible()).as(v.summary()).isTrue();
        assertThat(v.objectiveMatches(r.objective(), 1e-9)).isTrue();
        assertThat(r.bound()).isEqualTo(r.objective());
        assertThat(r.stats().lpIterations()).isPositive();
        Glop.Reference ref = Glop.reference(model);
        assertThat(LpChecks.close(r.objective(), ref.objective(), 1e-7)).isTrue();
        assertThat(events).extracting(e -> e.getClass().getSimpleName())
                .containsSubsequence("Started", "NewIncumbent", "Finished");
    }

    @Test
    void integerModelsNeedTheRelaxationParameter() {
        MilpModel model = LpBuilder.of("knap").sense(org.cobalt.core.milp.ObjectiveSense.MAXIMIZE)
                .addVariable("a", 0, 1, VarType.BINARY, 5)
                .addVariable("b", 0, 1, VarType.BINARY, 4)
                .addRow("cap", -INF, 1.5, new int[] {0, 1}, new double[] {1, 1})
                .build();
        Solver<MilpModel> solver = Solvers.get("cobalt-lp", MilpModel.class);
        SolveResult refused = solver.solve(model, SolveOptions.DEFAULT);
        assertThat(refused.status()).isEqualTo(SolveStatus.ERROR);
        assertThat(refused.message()).contains("integer variables").contains("cobalt-lp.relaxation=true");
        assertThat(solver.unsupportedReason(model)).isEqualTo(refused.message());
        SolveOptions relax = SolveOptions.DEFAULT.withParameter("cobalt-lp.relaxation", "true");
        assertThat(solver.unsupportedReason(model, relax)).isNull();
        assertThat(solver.unsupportedReason(model, SolveOptions.DEFAULT.withParameter("cobalt-lp.relaxation", "maybe")))
                .contains("cobalt-lp.relaxation");
        assertThat(Solvers.get("cobalt-lp").unsupportedReason(model)).isNotNull();

        SolveResult relaxed = solver.solve(model, relax);
        assertThat(relaxed.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(relaxed.objective()).isEqualTo(5 + 0.5 * 4, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(relaxed.message()).contains("LP relaxation");
        assertThat(Verifiers.check(LpChecks.relax(model), relaxed.solution()).feasible()).isTrue();
    }

    @Test
    void infeasibleAndUnboundedStatuses() {
        MilpModel infeasible = LpBuilder.of("inf")
                .addVariable("x", 0, 1, VarType.CONTINUOUS, 1)
                .addRow("r", 2, INF, new int[] {0}, new double[] {1})
                .build();
        MilpModel unbounded = LpBuilder.of("unb")
                .addVariable("x", 0, INF, VarType.CONTINUOUS, -1)
                .build();
        Solver<MilpModel> solver = Solvers.get("cobalt-lp", MilpModel.class);
        assertThat(solver.solve(infeasible, SolveOptions.DEFAULT).status()).isEqualTo(SolveStatus.INFEASIBLE);
        assertThat(solver.solve(unbounded, SolveOptions.DEFAULT).status()).isEqualTo(SolveStatus.UNBOUNDED);
    }

    @Test
    void iterationLimitGivesLimitReachedWithABound() {
        MilpModel model = TestModels.assignment(20, 4);
        SolveResult r = Solvers.get("cobalt-lp").solve(model,
                SolveOptions.builder().iterationLimit(3).build());
        assertThat(r.status()).isEqualTo(SolveStatus.LIMIT_REACHED);
        assertThat(r.solution()).isNull();
        assertThat(r.stats().lpIterations()).isEqualTo(3);
    }
}
