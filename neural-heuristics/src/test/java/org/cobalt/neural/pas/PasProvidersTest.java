package org.cobalt.neural.pas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.time.Duration;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solution.MilpSolution;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.core.solver.Solver;
import org.cobalt.core.solver.SolverRegistry;
import org.cobalt.core.verify.Verifiers;
import org.cobalt.instances.generate.milp.CombinatorialAuctionGenerator;
import org.junit.jupiter.api.Test;

class PasProvidersTest {

    private final SolverRegistry registry = SolverRegistry.load();

    @Test
    void predictAndSearchIsRegisteredForTheReferenceSolvers() {
        assertThat(registry.ids()).contains("pas-scip", "pas-cbc", "pas-cobalt-bb", "pas-scip-plain", "pas-scip-coco",
                "pas-scip-coco-no-competition", "pas-scip-coco-no-contrastive");
        assertThat(registry.require("pas-scip-coco").description()).contains("pas.model.coco");
        assertThat(registry.require("pas-scip").problemType()).isEqualTo(MilpModel.class);
        if (registry.find("cobalt-bb").isEmpty()) {
            assertThat(registry.require("pas-cobalt-bb").unavailableReason()).isEqualTo("inner solver cobalt-bb is not registered");
        }
    }

    @Test
    void pasScipWithAPerfectPredictorAgreesWithScip() {
        assumeThat(registry.require("scip").unavailableReason()).as("SCIP natives").isNull();
        MilpModel m = new CombinatorialAuctionGenerator(12, 30).generate(3, "ca");
        SolveOptions plainOptions = SolveOptions.builder().timeLimit(Duration.ofSeconds(20)).build();
        SolveResult plain = registry.get("scip", MilpModel.class).solve(m, plainOptions);
        assumeThat(plain.status()).isEqualTo(SolveStatus.OPTIMAL);
        Solver<MilpModel> scip = registry.get("scip", MilpModel.class);
        PredictAndSearchSolver pas = PredictAndSearchSolver.withPredictor("pas-scip", scip,
                FixedPredictor.fromSolution("oracle", ((MilpSolution) plain.solution()).values()));
        double[] x = ((MilpSolution) plain.solution()).values();
        long ones = java.util.Arrays.stream(x).filter(v -> v > 0.5).count();
        SolveOptions o = plainOptions.withParameter("pas.k0", Long.toString(x.length - ones))
                .withParameter("pas.k1", Long.toString(ones)).withParameter("pas.delta", "3");
        SolveResult r = pas.solve(m, o);
        assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(r.objective()).isCloseTo(plain.objective(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(Verifiers.check(m, r.solution()).feasible()).isTrue();
    }

    @Test
    void pasScipFromTheRegistryWithoutAModelSolvesLikeScip() {
        assumeThat(registry.require("scip").unavailableReason()).as("SCIP natives").isNull();
        // the availability check also starts the neural runtime once; it must not make the solver unavailable
        assertThat(registry.require("pas-scip").unavailableReason()).isNull();
        assertThat(registry.require("pas-scip-coco").unavailableReason()).isNull();
        MilpModel m = new CombinatorialAuctionGenerator(10, 25).generate(4, "ca");
        SolveOptions o = SolveOptions.builder().timeLimit(Duration.ofSeconds(20)).build();
        SolveResult r = registry.get("pas-scip").solve(m, o);
        SolveResult plain = registry.get("scip").solve(m, o);
        assertThat(r.status()).isEqualTo(plain.status());
        assertThat(r.objective()).isCloseTo(plain.objective(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(r.message()).contains("scip alone");
    }
}
