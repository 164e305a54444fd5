package org.cobalt.milp.heuristics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.milp.bb.spi.PrimalHeuristic;
import org.cobalt.milp.lp.LpStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Heuristics only submit feasible points (checked by the independent verifier, without the
 * engine's rounding), leave the LP as they found it, and find solutions on typical models.
 */
class HeuristicsTest {

    static final List<String> KINDS = List.of("setcover", "facility", "knapsack", "auction", "random");

    static List<Supplier<PrimalHeuristic>> heuristics() {
        return List.of(ZiRounding::new, DivingHeuristic::fractional, DivingHeuristic::coefficient,
                DivingHeuristic::pseudocost, DivingHeuristic::guided, FeasibilityPump::new, Rins::new);
    }

    static Stream<Arguments> models() {
        List<Arguments> out = new ArrayList<>();
        for (String kind : KINDS) {
            for (long seed = 0; seed < (kind.equals("random") ? 40 : 8); seed++) {
                out.add(Arguments.of(kind, seed));
            }
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("models")
    void submissionsAreFeasibleAndTheLpIsRestored(String kind, long seed) {
        MilpModel model = HeuristicModels.model(kind, seed);
        FakeHeuristicContext probe;
        try {
            probe = new FakeHeuristicContext(model, seed);
        } catch (IllegalArgumentException e) {
            return; // LP relaxation infeasible: nothing to round
        }
        double[] incumbent = null;
        for (Supplier<PrimalHeuristic> make : heuristics()) {
            FakeHeuristicContext ctx = new FakeHeuristicContext(model, seed);
            if (incumbent != null) {
                ctx.setIncumbent(incumbent);
            }
            double before = ctx.lp.objective();
            PrimalHeuristic h = make.get().forSolve();
            h.run(ctx);
            for (FakeHeuristicContext.Submission s : ctx.submissions) {
                assertThat(s.verification().feasible()).as("%s on %s: %s", s.source(), model.name(),
                        s.verification().summary()).isTrue();
            }
            if (ctx.hasIncumbent() && (incumbent == null
                    || model.objectiveValue(ctx.incumbent()) < model.objectiveValue(incumbent))) {
                incumbent = ctx.incumbent();
            }
            // the dive put everything back: same bounds, costs, and optimum after a re-solve
            for (int j = 0; j < model.numVariables(); j++) {
                assertThat(ctx.lp.lower(j)).isEqualTo(model.lower(j));
                assertThat(ctx.lp.upper(j)).isEqualTo(model.upper(j));
                assertThat(ctx.lp.cost(j)).isEqualTo(model.cost(j));
            }
            assertThat(ctx.lp.solve()).isEqualTo(LpStatus.OPTIMAL);
            assertThat(ctx.lp.objective()).isCloseTo(before, org.assertj.core.data.Offset.offset(
                    1e-7 * Math.max(1, Math.abs(before))));
        }
        assertThat(probe.model).isSameAs(model);
    }

    @Test
    void heuristicsFindSolutions() {
        Map<String, Integer> found = new TreeMap<>();
        int fractionalModels = 0;
        int rinsRuns = 0;
        int rinsImproved = 0;
        for (String kind : List.of("setcover", "facility", "knapsack", "auction")) {
            for (long seed = 0; seed < 8; seed++) {
                MilpModel model = HeuristicModels.model(kind, seed);
                if (new FakeHeuristicContext(model, seed).fractionalColumns().length == 0) {
                    continue; // integral LP optimum: nothing to do
                }
                fractionalModels++;
                double[] best = null;
                for (Supplier<PrimalHeuristic> make : List.<Supplier<PrimalHeuristic>>of(ZiRounding::new,
                        DivingHeuristic::fractional, DivingHeuristic::coefficient, FeasibilityPump::new)) {
                    FakeHeuristicContext ctx = new FakeHeuristicContext(model, seed);
                    PrimalHeuristic h = make.get();
                    h.run(ctx);
                    if (ctx.hasIncumbent()) {
                        found.merge(h.name(), 1, Integer::sum);
                        if (best == null || model.objectiveValue(ctx.incumbent()) < model.objectiveValue(best)) {
                            best = ctx.incumbent();
                        }
                    }
                }
                if (best != null) {
                    FakeHeuristicContext ctx = new FakeHeuristicContext(model, seed);
                    ctx.setIncumbent(best);
                    double before = ctx.incumbentValue();
                    new Rins().forSolve().run(ctx);
                    rinsRuns += ctx.subMipCalls;
                    if (ctx.incumbentValue() < before) {
                        rinsImproved++;
                    }
                }
            }
        }
        assertThat(fractionalModels).isGreaterThanOrEqualTo(16);
        for (String h : List.of("zirounding", "fracdiving", "coefdiving", "fpump")) {
            assertThat(found.getOrDefault(h, 0)).as("%s found solutions on %s of %d models", h, found.get(h),
                    fractionalModels).isGreaterThanOrEqualTo(fractionalModels * 3 / 4);
        }
        assertThat(rinsRuns).isPositive();
        assertThat(rinsImproved).isPositive();
    }
}
