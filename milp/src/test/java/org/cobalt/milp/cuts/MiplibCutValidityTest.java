package org.cobalt.milp.cuts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solution.MilpSolution;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.milp.reference.ReferenceSolvers;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On MIPLIB 3 instances, every cut of a full root cut loop (all three families, many rounds, cuts on
 * cuts) keeps an optimal solution computed by SCIP, and the bound after the cuts never passes the
 * known optimum. Skips without {@code shared/data}.
 */
class MiplibCutValidityTest {

    /** Quick instances, in the default test run. */
    static Stream<String> instances() {
        return Stream.of("p0033", "lseu", "egout", "gt2", "flugpl", "rgn");
    }

    /** Instances whose cut loop or SCIP reference takes seconds: {@code ./mvnw -pl milp test -Pslow}. */
    static Stream<String> slowInstances() {
        return Stream.of("p0201", "p0282", "p0548", "mod008", "vpm2", "khb05250");
    }

    @ParameterizedTest
    @MethodSource("instances")
    void cutsKeepTheOptimum(String name) {
        check(name);
    }

    @Tag("slow")
    @ParameterizedTest
    @MethodSource("slowInstances")
    void cutsKeepTheOptimumOnLargerInstances(String name) {
        check(name);
    }

    private static void check(String name) {
        List<Path> files = MiplibFiles.files().stream().filter(p -> MiplibFiles.name(p).equals(name)).toList();
        Assumptions.assumeTrue(!files.isEmpty(), "shared/data/milp/miplib3/" + name + " not found: skipping");
        MilpModel model = MiplibFiles.read(files.get(0));
        Map<String, Double> optima = MiplibFiles.optima();
        SolveResult ref = ReferenceSolvers.scip().solve(model,
                SolveOptions.builder().timeLimit(Duration.ofSeconds(60)).build());
        Assumptions.assumeTrue(ref.status() == SolveStatus.OPTIMAL, "SCIP did not solve " + name);
        double[] opt = ((MilpSolution) ref.solution()).values();
        RootCutLoop loop = new RootCutLoop(List.of(new GomoryCutGenerator(), new CmirGenerator(),
                new KnapsackCoverGenerator()), CutSelector.DEFAULT.withMaxParallelism(0.5, 0.9), 30, 5, 3);
        RootCutLoop.Outcome o = loop.run(model);
        assertThat(o.allCuts()).as("%s: cuts were found", name).isNotEmpty();
        for (Cut c : o.allCuts()) {
            double act = c.activity(opt);
            double scale = Math.max(1.0, Math.abs(c.rhs()));
            for (int k = 0; k < c.size(); k++) {
                scale = Math.max(scale, Math.abs(c.value(k) * opt[c.column(k)]));
            }
            assertThat(act - c.rhs()).as("%s: %s cuts off SCIP's optimum", name, c).isLessThanOrEqualTo(1e-6 * scale);
        }
        double known = optima.getOrDefault(name, ref.objective());
        double tol = 1e-6 * Math.max(1, Math.abs(known));
        if (model.isMaximization()) {
            assertThat(o.bound()).isGreaterThanOrEqualTo(known - tol);
        } else {
            assertThat(o.bound()).isLessThanOrEqualTo(known + tol);
        }
    }
}
