package org.cobalt.milp.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.cobalt.core.event.Finished;
import org.cobalt.core.event.SolverEvent;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.core.solver.Solver;
import org.cobalt.core.solver.SolverListener;
import org.cobalt.core.solver.SolverProvider;
import org.cobalt.core.solver.SolverRegistry;
import org.junit.jupiter.api.Test;

/** Registration, versions, and what happens when the native libraries cannot load. */
class ReferenceProvidersTest {

    @Test
    void allFourSolversAreRegisteredAvailableAndVersioned() {
        SolverRegistry registry = SolverRegistry.load();
        assertThat(registry.ids()).contains("scip", "cbc", "glop", "ojalgo");
        for (String id : List.of("scip", "cbc", "glop", "ojalgo")) {
            SolverProvider p = registry.require(id);
            assertThat(p.unavailableReason()).as(id).isNull();
            assertThat(p.problemType()).isEqualTo(MilpModel.class);
            assertThat(p.description()).isNotBlank();
        }
        assertThat(registry.require("scip").version()).startsWith("SCIP 10").contains("OR-Tools 9.15");
        assertThat(registry.require("cbc").version()).startsWith("Cbc 2.10");
        assertThat(registry.require("glop").version()).startsWith("Glop");
        assertThat(registry.require("ojalgo").version()).startsWith("ojAlgo 57");
    }

    @Test
    void theRegistrySolvesThroughTheSpi() {
        Solver<Problem> scip = SolverRegistry.load().get("scip");
        SolveResult r = scip.solve(TestModels.knapsack().model(), SolveOptions.DEFAULT);
        assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(r.objective()).isEqualTo(23.0);
        SolveOptions relax = SolveOptions.DEFAULT.withParameter("glop.relax", "true");
        Solver<Problem> glop = SolverRegistry.load().get("glop");
        assertThat(glop.unsupportedReason(TestModels.knapsack().model())).contains("LPs only");
        assertThat(glop.unsupportedReason(TestModels.knapsack().model(), relax)).isNull();
        assertThat(glop.solve(TestModels.knapsack().model(), relax).bound()).isEqualTo(23.5);
    }

    @Test
    void aFailedNativeLoadIsOneClearErrorNotAnException() {
        OrToolsRuntime broken = new OrToolsRuntime(() -> {
            throw new UnsatisfiedLinkError("simulated: libjniortools.so not found");
        });
        assertThat(broken.isLoaded()).isFalse();
        assertThat(broken.unavailableReason("SCIP")).contains("failed to load").contains("simulated");
        assertThat(broken.version()).isEqualTo("unavailable");
        for (ReferenceMilpSolver s : List.of(new ReferenceMilpSolver(new ScipBackend(broken)),
                new ReferenceMilpSolver(new CbcBackend(broken)), new ReferenceMilpSolver(new GlopBackend(broken)))) {
            assertThat(s.unavailableReason()).contains("simulated");
            assertThat(s.version()).isEqualTo("unavailable");
            List<SolverEvent> events = new ArrayList<>();
            SolveResult r = s.solve(TestModels.lpMax().model(), SolveOptions.DEFAULT, SolverListener.of(events::add));
            assertThat(r.status()).isEqualTo(SolveStatus.ERROR);
            assertThat(r.message()).isEqualTo(broken.unavailableReason("SCIP"));
            assertThat(events.get(events.size() - 1)).isInstanceOf(Finished.class);
        }
    }

    @Test
    void aLoaderThatThrowsARuntimeExceptionIsAlsoCaught() {
        OrToolsRuntime broken = new OrToolsRuntime(() -> {
            throw new IllegalStateException("no natives for this platform");
        });
        assertThat(broken.unavailableReason("GLOP")).contains("no natives for this platform");
    }

    @Test
    void theSharedRuntimeLoadsOnceAndKnowsEveryBackend() {
        OrToolsRuntime rt = OrToolsRuntime.shared();
        assertThat(rt).isSameAs(OrToolsRuntime.shared());
        assertThat(rt.isLoaded()).isTrue();
        for (String backend : OrToolsRuntime.BACKENDS) {
            assertThat(rt.unavailableReason(backend)).isNull();
        }
        assertThat(rt.unavailableReason("NO_SUCH_SOLVER")).isNull();
        assertThat(rt.solverVersion("NO_SUCH_SOLVER")).isEqualTo("unavailable");
    }
}
