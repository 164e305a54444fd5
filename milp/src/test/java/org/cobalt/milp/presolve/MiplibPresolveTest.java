package org.cobalt.milp.presolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solution.MilpSolution;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.core.solver.Solvers;
import org.cobalt.core.verify.Verification;
import org.cobalt.core.verify.Verifiers;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Presolve on the MIPLIB 3 files of {@code shared/data}: every instance reduces to a valid model, and
 * for the instances SCIP solves in about a second, SCIP's optimum of the reduced model (whose objective
 * constant carries the offset) equals the {@code .solu} value and the postsolved solution passes the
 * verifier on the original model. The full table with times is {@link MiplibPresolveBenchmark}.
 */
class MiplibPresolveTest {

    /** Instances SCIP solves in about a second (docs/solvers/reference.md). */
    private static final String[] QUICK = {"p0033", "p0548", "flugpl", "egout", "gt2", "vpm1", "enigma"};

    @Test
    void everyInstanceReducesToAValidSmallerModel() {
        List<Path> files = Miplib.files();
        Assumptions.assumeTrue(!files.isEmpty(), "shared/data/milp/miplib3 or the MPS reader not found: skipping");
        int reducedSomething = 0;
        for (Path p : files) {
            MilpModel m = Miplib.read(p);
            PresolveResult r = new DefaultPresolver().presolve(m);
            assertThat(r.status()).as(Miplib.name(p)).isEqualTo(PresolveStatus.REDUCED);
            PresolveStats s = r.stats();
            assertThat(s.rowsAfter()).isLessThanOrEqualTo(s.rowsBefore()).isEqualTo(r.reduced().numRows());
            assertThat(s.columnsAfter()).isLessThanOrEqualTo(s.columnsBefore()).isEqualTo(r.reduced().numVariables());
            assertThat(s.nonZerosAfter()).isLessThanOrEqualTo(s.nonZerosBefore());
            assertThat(s.limitHit()).as(Miplib.name(p)).isFalse();
            assertThat(r.postsolve().reducedColumns()).isEqualTo(r.reduced().numVariables());
            assertThat(r.postsolve().originalColumns()).isEqualTo(m.numVariables());
            if (s.rowsAfter() < s.rowsBefore() || s.columnsAfter() < s.columnsBefore() || s.nonZerosAfter() < s.nonZerosBefore()) {
                reducedSomething++;
            }
        }
        assertThat(reducedSomething).isGreaterThanOrEqualTo(files.size() / 2);
    }

    @Test
    void scipOptimumOfTheReducedModelIsTheKnownOptimum() {
        List<Path> files = Miplib.named(QUICK);
        Map<String, Double> optima = Miplib.optima();
        Assumptions.assumeTrue(!files.isEmpty() && !optima.isEmpty(), "shared/data/milp/miplib3 not found: skipping");
        Assumptions.assumeTrue(Solvers.ids().contains("scip"), "no scip solver registered: skipping");
        SolveOptions options = SolveOptions.builder().timeLimit(Duration.ofSeconds(60)).build();
        for (Path p : files) {
            String name = Miplib.name(p);
            double opt = optima.get(name);
            MilpModel m = Miplib.read(p);
            PresolveResult r = new DefaultPresolver().presolve(m);
            SolveResult sr = Solvers.get("scip", MilpModel.class).solve(r.reduced(), options);
            assertThat(sr.status()).as(name).isEqualTo(SolveStatus.OPTIMAL);
            double tol = 1e-6 * Math.max(1.0, Math.abs(opt));
            assertThat(sr.objective()).as("%s: reduced optimum incl. offset %s", name, r.postsolve().objectiveOffset())
                    .isCloseTo(opt, within(tol));
            MilpSolution x = r.postsolve((MilpSolution) sr.solution());
            Verification v = Verifiers.check(m, x);
            assertThat(v.feasible()).as("%s: %s", name, v.summary()).isTrue();
            assertThat(v.objective()).as(name).isCloseTo(opt, within(tol));
        }
    }

    @Test
    void presolvingSolverWrapsScipEndToEnd() {
        List<Path> files = Miplib.named("p0282");
        Map<String, Double> optima = Miplib.optima();
        Assumptions.assumeTrue(!files.isEmpty() && !optima.isEmpty(), "shared/data/milp/miplib3 not found: skipping");
        Assumptions.assumeTrue(Solvers.ids().contains("scip"), "no scip solver registered: skipping");
        MilpModel m = Miplib.read(files.get(0));
        PresolvingSolver solver = PresolvingSolver.of("scip");
        assertThat(solver.id()).isEqualTo("presolve+scip");
        SolveResult r = solver.solve(m, SolveOptions.builder().timeLimit(Duration.ofSeconds(60)).build());
        assertThat(r.status()).as(r.message()).isEqualTo(SolveStatus.OPTIMAL);
        Verification v = Verifiers.check(m, r.solution());
        assertThat(v.feasible()).isTrue();
        assertThat(r.objective()).isEqualTo(v.objective());
        assertThat(r.objective()).isCloseTo(optima.get("p0282"), within(1e-6));
        assertThat(r.stats().counters()).containsKey("presolve.rowsRemoved");
        assertThat(r.stats().counters().get("presolve.rowsRemoved")).isPositive();
    }
}
