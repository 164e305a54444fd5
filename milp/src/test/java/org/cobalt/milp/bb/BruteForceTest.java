package org.cobalt.milp.bb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.core.verify.Verification;
import org.cobalt.core.verify.Verifiers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * cobalt-bb against enumeration on 240 seeded small MILPs; every seed uses another combination of
 * branching rule, node selector and presolve so that all of them meet every kind of model.
 */
class BruteForceTest {

    private static final List<String> RULES = List.of("mostfrac", "pscost", "strong", "reliability");
    private static final List<String> SELECTORS = List.of("bestbound", "dfs", "estimate");

    static LongStream seeds() {
        return LongStream.range(0, 240);
    }

    @Test
    void generatorCoversFeasibleInfeasibleAndMixedModels() {
        int feasible = 0;
        int mixed = 0;
        int max = 0;
        for (long seed = 0; seed < 240; seed++) {
            MilpModel m = SmallMilps.generate(seed);
            feasible += Enumeration.solve(m).feasible() ? 1 : 0;
            mixed += m.isLp() || m.numIntegerVariables() == m.numVariables() ? 0 : 1;
            max += m.isMaximization() ? 1 : 0;
        }
        assertThat(feasible).isBetween(120, 230);
        assertThat(mixed).isGreaterThan(60);
        assertThat(max).isBetween(60, 180);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void optimalValueEqualsEnumeration(long seed) {
        MilpModel model = SmallMilps.generate(seed);
        Enumeration.Result expected = Enumeration.solve(model);
        SolveOptions options = SolveOptions.builder().seed(seed)
                .parameter("cobalt-bb.branching", RULES.get((int) (seed % RULES.size())))
                .parameter("cobalt-bb.nodeselection", SELECTORS.get((int) (seed / 4 % SELECTORS.size())))
                .parameter("cobalt-bb.presolve", Boolean.toString(seed % 5 != 0))
                .build();
        SolveResult r = new CobaltBbSolver().solve(model, options, null);
        if (!expected.feasible()) {
            assertThat(r.status()).as(r.message()).isEqualTo(SolveStatus.INFEASIBLE);
            return;
        }
        assertThat(r.status()).as(r.message()).isEqualTo(SolveStatus.OPTIMAL);
        Verification v = Verifiers.check(model, r.solution());
        assertThat(v.feasible()).as(v.summary()).isTrue();
        assertThat(v.objectiveMatches(r.objective(), 1e-9)).isTrue();
        assertThat(r.objective()).isCloseTo(expected.objective(), org.assertj.core.api.Assertions.within(
                1e-6 * Math.max(1, Math.abs(expected.objective()))));
        double gap = model.isMaximization() ? r.bound() - r.objective() : r.objective() - r.bound();
        assertThat(gap).isBetween(-1e-9, 1e-6 * Math.max(1, Math.abs(r.objective())));
    }
}
