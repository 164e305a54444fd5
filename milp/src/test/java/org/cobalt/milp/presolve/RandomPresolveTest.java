package org.cobalt.milp.presolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solution.MilpSolution;
import org.cobalt.core.verify.Verification;
import org.cobalt.core.verify.Verifiers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random MILPs solved by brute force before and after presolve: the same optimal value (or the
 * same infeasibility), and every enumerated feasible point of the reduced model — the optimum included —
 * postsolves to a point that passes {@link Verifiers#check} on the original model with the same
 * objective value.
 */
class RandomPresolveTest {

    private static final int MODELS = 400;
    private static final int SINGLE_REDUCTION_MODELS = 60;
    private static final int FREE_MODELS = 300;
    private static final double OBJECTIVE_TOL = 1e-6;

    static LongStream seeds() {
        return LongStream.range(0, MODELS);
    }

    static LongStream freeSeeds() {
        return LongStream.range(50_000, 50_000 + FREE_MODELS);
    }

    static Stream<Arguments> singleReductions() {
        List<Arguments> args = new ArrayList<>();
        for (ReductionKind kind : ReductionKind.values()) {
            for (long seed = 10_000; seed < 10_000 + SINGLE_REDUCTION_MODELS; seed++) {
                args.add(Arguments.of(kind, seed));
            }
        }
        return args.stream();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void fullPresolveKeepsTheOptimumAndPostsolvesFeasibly(long seed) {
        check(RandomMilps.generate(seed), PresolveOptions.DEFAULT);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("freeSeeds")
    void modelsWithFreeContinuousVariablesIncludingUnboundedOnes(long seed) {
        check(RandomMilps.generate(seed, true), PresolveOptions.DEFAULT);
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("singleReductions")
    void everyReductionAloneIsExact(ReductionKind kind, long seed) {
        check(RandomMilps.generate(seed), PresolveOptions.DEFAULT.only(kind));
    }

    @Test
    void theRandomModelsExerciseEveryReductionAndBothDecidedOutcomes() {
        Map<ReductionKind, Integer> total = new EnumMap<>(ReductionKind.class);
        Map<PresolveStatus, Integer> statuses = new EnumMap<>(PresolveStatus.class);
        int infeasible = 0;
        for (long seed = 0; seed < MODELS + FREE_MODELS; seed++) {
            MilpModel m = seed < MODELS ? RandomMilps.generate(seed) : RandomMilps.generate(seed - MODELS + 50_000, true);
            PresolveResult r = new DefaultPresolver().presolve(m);
            r.stats().reductions().forEach((k, v) -> total.merge(k, v, Integer::sum));
            statuses.merge(r.status(), 1, Integer::sum);
            if (!BruteForce.solve(m, 0).isFeasible()) {
                infeasible++;
            }
        }
        for (ReductionKind kind : ReductionKind.values()) {
            assertThat(total.getOrDefault(kind, 0)).as("changes by %s over %d models", kind, MODELS).isPositive();
        }
        assertThat(statuses.getOrDefault(PresolveStatus.REDUCED, 0)).isPositive();
        assertThat(statuses.getOrDefault(PresolveStatus.OPTIMAL, 0)).isPositive();
        assertThat(statuses.getOrDefault(PresolveStatus.INFEASIBLE, 0)).isPositive();
        assertThat(statuses.getOrDefault(PresolveStatus.INFEASIBLE_OR_UNBOUNDED, 0)).isPositive();
        assertThat(infeasible).as("infeasible random models").isGreaterThanOrEqualTo(20);
    }

    static void check(MilpModel m, PresolveOptions options) {
        BruteForce.Outcome original = BruteForce.solve(m, 0);
        PresolveResult r = new DefaultPresolver().presolve(m, options);
        String what = m.name() + " " + r.status() + " " + r.message() + " " + r.stats().reductions();
        switch (r.status()) {
            case INFEASIBLE -> assertThat(original.isFeasible())
                    .as("presolve says %s but brute force finds %s", what,
                            original.isFeasible() ? original.objective() : "none").isFalse();
            case INFEASIBLE_OR_UNBOUNDED -> assertThat(original.isOptimal())
                    .as("presolve says %s but brute force finds optimum %s", what,
                            original.isOptimal() ? original.objective() : "none").isFalse();
            case OPTIMAL -> {
                assertThat(original.isOptimal()).as(what).isTrue();
                Verification v = Verifiers.check(m, r.solution());
                assertThat(v.feasible()).as("%s: %s", what, v.summary()).isTrue();
                assertThat(v.objective()).as(what).isCloseTo(original.objective(), within(original.objective()));
                assertThat(r.reduced().objectiveConstant()).as(what).isCloseTo(original.objective(), within(original.objective()));
            }
            case REDUCED -> {
                MilpModel reduced = r.reduced();
                assertThat(reduced.numVariables()).isLessThanOrEqualTo(m.numVariables());
                assertThat(reduced.numRows()).isLessThanOrEqualTo(m.numRows());
                assertThat(reduced.matrix().nonZeros()).isLessThanOrEqualTo(m.matrix().nonZeros());
                BruteForce.Outcome after = BruteForce.solve(reduced, 64);
                assertThat(after.isFeasible()).as("feasibility after presolve, %s", what).isEqualTo(original.isFeasible());
                assertThat(after.unbounded()).as("unboundedness after presolve, %s", what).isEqualTo(original.unbounded());
                if (!after.isFeasible()) {
                    return;
                }
                if (!after.unbounded()) {
                    assertThat(after.objective()).as("optimum after presolve, %s", what)
                            .isCloseTo(original.objective(), within(original.objective()));
                }
                List<BruteForce.Point> points = new ArrayList<>(after.samples());
                points.add(after.best());
                for (BruteForce.Point p : points) {
                    MilpSolution x = r.postsolve(new MilpSolution(p.x()));
                    Verification v = Verifiers.check(m, x);
                    assertThat(v.feasible()).as("postsolved point, %s: %s", what, v.summary()).isTrue();
                    assertThat(v.objective()).as("postsolved objective, %s", what).isCloseTo(p.objective(), within(p.objective()));
                }
            }
        }
    }

    private static org.assertj.core.data.Offset<Double> within(double objective) {
        return org.assertj.core.data.Offset.offset(OBJECTIVE_TOL * Math.max(1.0, Math.abs(objective)));
    }
}
