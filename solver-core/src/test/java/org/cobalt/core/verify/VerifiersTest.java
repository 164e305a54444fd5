package org.cobalt.core.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.VarType;
import org.cobalt.core.routing.CoordinateMetric;
import org.cobalt.core.routing.CvrpProblem;
import org.cobalt.core.routing.EdgeWeightType;
import org.cobalt.core.routing.TspProblem;
import org.cobalt.core.scheduling.SingleMachineProblem;
import org.cobalt.core.solution.MilpSolution;
import org.cobalt.core.solution.RoutesSolution;
import org.cobalt.core.solution.SequenceSolution;
import org.cobalt.core.solution.TourSolution;
import org.junit.jupiter.api.Test;

class VerifiersTest {

    private static MilpModel knapsack() {
        MilpModel.Builder b = MilpModel.builder("k");
        int x = b.addBinary("x", -5);
        int y = b.addBinary("y", -4);
        int z = b.addVariable("z", 0, 10, VarType.INTEGER, -1);
        b.addRow("cap", Double.NEGATIVE_INFINITY, 10, new int[] {x, y, z}, new double[] {6, 5, 1});
        return b.build();
    }

    @Test
    void milpFeasibleSolutionRecomputesObjective() {
        Verification v = Verifiers.check(knapsack(), new MilpSolution(new double[] {1, 0, 4}));
        assertThat(v.feasible()).isTrue();
        assertThat(v.objective()).isEqualTo(-9.0);
        assertThat(v.objectiveMatches(-9.0000000001, 1e-9)).isTrue();
        assertThat(v.objectiveMatches(-8.9, 1e-6)).isFalse();
    }

    @Test
    void milpViolationsAreNamed() {
        Verification v = Verifiers.check(knapsack(), new MilpSolution(new double[] {1, 1, 0.5}));
        assertThat(v.feasible()).isFalse();
        assertThat(v.violations()).anyMatch(s -> s.contains("row cap"));
        assertThat(v.violations()).anyMatch(s -> s.contains("integer variable z"));
        Verification bounds = Verifiers.check(knapsack(), new MilpSolution(new double[] {2, 0, 0}));
        assertThat(bounds.feasible()).isFalse();
        assertThat(bounds.violations().get(0)).contains("variable x = 2.0 outside [0.0, 1.0]");
        assertThat(Verifiers.check(knapsack(), new MilpSolution(new double[] {1, 0})).summary()).contains("2 values");
    }

    @Test
    void toleranceAcceptsTinyViolations() {
        Verification v = Verifiers.check(knapsack(), new MilpSolution(new double[] {1, 0, 4.0000001}));
        assertThat(v.feasible()).isTrue();
    }

    @Test
    void tourVerifier() {
        TspProblem p = new TspProblem("sq", new CoordinateMetric(EdgeWeightType.EUC_2D,
                new double[] {0, 0, 3, 3}, new double[] {0, 4, 4, 0}));
        assertThat(Verifiers.check(p, new TourSolution(new int[] {0, 1, 2, 3})).objective()).isEqualTo(14.0);
        assertThat(Verifiers.check(p, new TourSolution(new int[] {0, 2, 1, 3})).objective()).isEqualTo(16.0);
        assertThat(Verifiers.check(p, new TourSolution(new int[] {0, 1, 1, 3})).violations()).containsExactly("node 1 visited twice");
        assertThat(Verifiers.check(p, new SequenceSolution(new int[] {0})).summary()).contains("needs a TourSolution");
    }

    @Test
    void routesVerifier() {
        CvrpProblem p = new CvrpProblem("c", new CoordinateMetric(EdgeWeightType.EUC_2D,
                new double[] {0, 0, 3, 3}, new double[] {0, 4, 4, 0}), 0, new int[] {0, 2, 2, 2}, 4, OptionalInt.of(2));
        Verification ok = Verifiers.check(p, new RoutesSolution(new int[][] {{1, 2}, {3}}));
        assertThat(ok.feasible()).isTrue();
        assertThat(ok.objective()).isEqualTo(4 + 3 + 5 + 3 + 3.0);
        Verification over = Verifiers.check(p, new RoutesSolution(new int[][] {{1, 2, 3}}));
        assertThat(over.violations()).containsExactly("route 1 carries 6 > capacity 4");
        Verification missing = Verifiers.check(p, new RoutesSolution(new int[][] {{1, 2}}));
        assertThat(missing.violations()).containsExactly("customer 3 not served");
        assertThat(Verifiers.check(p, new RoutesSolution(new int[][] {{1}, {2}, {3}})).violations())
                .containsExactly("3 routes > 2 vehicles");
    }

    @Test
    void scheduleVerifier() {
        SingleMachineProblem p = new SingleMachineProblem("s", new int[] {3, 2, 4}, new int[] {2, 6, 4}, new int[] {1, 2, 3});
        // order 0,2,1: C = 3,7,9 -> T = 1,3,3 -> weighted 1*1 + 3*3 + 2*3 = 16
        assertThat(Verifiers.check(p, new SequenceSolution(new int[] {0, 2, 1})).objective()).isEqualTo(16.0);
        assertThat(Verifiers.check(p, new SequenceSolution(new int[] {0, 0, 1})).feasible()).isFalse();
    }
}
