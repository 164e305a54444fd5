package org.cobalt.neural.coco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solution.MilpSolution;
import org.cobalt.core.solver.Solver;
import org.cobalt.core.solver.SolverRegistry;
import org.cobalt.core.verify.Verification;
import org.cobalt.core.verify.Verifiers;
import org.cobalt.instances.generate.milp.IndependentSetGenerator;
import org.junit.jupiter.api.Test;

class NoGoodPoolCollectorTest {

    @Test
    void restrictionCutsOffFoundSolutionsAndBoundsTheDistance() {
        MilpModel.Builder b = MilpModel.builder("k");
        for (int j = 0; j < 4; j++) {
            b.addBinary("x" + j, 1);
        }
        MilpModel m = b.build();
        double[] found = {1, 0, 1, 0};
        MilpModel r = NoGoodPoolCollector.restrict(m, List.<double[]>of(found), found, 1, Double.NaN);
        assertThat(Verifiers.check(r, new MilpSolution(found)).feasible()).as("the found solution is cut off").isFalse();
        assertThat(Verifiers.check(r, new MilpSolution(new double[] {1, 1, 1, 0})).feasible()).as("distance 1").isTrue();
        assertThat(Verifiers.check(r, new MilpSolution(new double[] {0, 1, 1, 0})).feasible()).as("distance 2").isFalse();
        assertThat(Verifiers.check(NoGoodPoolCollector.restrict(m, List.<double[]>of(found), found, 0, Double.NaN),
                new MilpSolution(new double[] {0, 1, 0, 1})).feasible()).as("radius 0 = unrestricted").isTrue();
        // cutoff 2.5 on the objective sum(x) (minimized): three ones are too many
        MilpModel c = NoGoodPoolCollector.restrict(m, List.of(), found, 0, 2.5);
        assertThat(Verifiers.check(c, new MilpSolution(new double[] {1, 1, 1, 0})).feasible()).isFalse();
        assertThat(Verifiers.check(c, new MilpSolution(new double[] {1, 1, 0, 0})).feasible()).isTrue();
    }

    @Test
    void collectsDistinctVerifiedNearOptimalSolutionsWithScip() {
        SolverRegistry reg = SolverRegistry.load();
        assumeThat(reg.require("scip").unavailableReason()).as("SCIP natives").isNull();
        Solver<MilpModel> scip = reg.get("scip", MilpModel.class);
        MilpModel m = IndependentSetGenerator.barabasiAlbert(40, 3).generate(11, "is40");
        PoolSettings s = new PoolSettings(Duration.ofSeconds(20), 6, Duration.ofSeconds(5), 4, 5, 0.2, 1);
        SolutionPool pool = new NoGoodPoolCollector(scip).collect(m, s);
        SolutionPool stored = new NoGoodPoolCollector(new ScipStoredSolutions(20), scip).collect(m, s);
        assertThat(stored.objective(0)).isEqualTo(pool.objective(0));
        assertThat(stored.size()).isBetween(2, 5);
        assertThat(pool.size()).isBetween(2, 5);
        Set<String> distinct = new HashSet<>();
        for (int k = 0; k < pool.size(); k++) {
            Verification v = Verifiers.check(m, new MilpSolution(pool.values(k)));
            assertThat(v.feasible()).isTrue();
            assertThat(v.objective()).isEqualTo(pool.objective(k));
            assertThat(pool.gap(k)).isLessThanOrEqualTo(0.2);
            distinct.add(java.util.Arrays.toString(pool.bits(k)));
        }
        assertThat(distinct).hasSize(pool.size());
        // the best is SCIP's optimum: nothing in the pool beats it
        assertThat(pool.objective(0)).isEqualTo(reg.get("scip", MilpModel.class)
                .solve(m, org.cobalt.core.solver.SolveOptions.builder().timeLimit(Duration.ofSeconds(20)).build()).objective());
    }
}
