package org.cobalt.milp.bb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.core.verify.Verification;
import org.cobalt.core.verify.Verifiers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Small MIPLIB 3 instances solved to the known optimum, verified (skips without shared data). */
class MiplibSmokeTest {

    @ParameterizedTest
    @ValueSource(strings = {"p0033", "flugpl", "egout", "lseu", "mod008", "stein27"})
    void solvesToTheKnownOptimum(String name) {
        Optional<Path> file = MiplibData.file(name);
        assumeTrue(file.isPresent(), "shared MIPLIB 3 data not available");
        MilpModel model = MiplibData.read(file.get());
        double opt = MiplibData.optima().get(name);
        SolveResult r = new CobaltBbSolver().solve(model, SolveOptions.builder().timeLimitSeconds(60).build(), null);
        assertThat(r.status()).isEqualTo(SolveStatus.OPTIMAL);
        Verification v = Verifiers.check(model, r.solution());
        assertThat(v.feasible()).isTrue();
        assertThat(v.objectiveMatches(r.objective(), 1e-9)).isTrue();
        assertThat(Math.abs(r.objective() - opt)).isLessThanOrEqualTo(1e-6 * Math.max(1, Math.abs(opt)));
    }
}
