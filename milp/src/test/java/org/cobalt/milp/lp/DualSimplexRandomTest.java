package org.cobalt.milp.lp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.ortools.linearsolver.MPSolver;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.cobalt.core.milp.MilpModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded random LPs of every shape: same status and objective as GLOP, and every claim proven. */
class DualSimplexRandomTest {

    static Stream<Arguments> models() {
        return LongStream.range(0, 400).mapToObj(seed -> {
            int kind = (int) (seed % 4);
            RandomLp.Shape shape = switch (kind) {
                case 0 -> new RandomLp.Shape(5 + (int) (seed % 13), 3 + (int) (seed % 7), 0.5, 1, 1, 0.0);
                case 1 -> new RandomLp.Shape(20 + (int) (seed % 31), 10 + (int) (seed % 23), 0.2, 1, 1, 0.05);
                case 2 -> new RandomLp.Shape(15 + (int) (seed % 17), 15 + (int) (seed % 19), 0.3, 1e-6, 1e6, 0.0);
                default -> new RandomLp.Shape(40 + (int) (seed % 41), 30 + (int) (seed % 29), 0.1, 1, 1, 0.02);
            };
            return Arguments.of(seed, shape);
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("models")
    void agreesWithGlop(long seed, RandomLp.Shape shape) {
        MilpModel model = RandomLp.generate(seed, shape);
        DualSimplex lp = new DualSimplex(model);
        LpStatus st = lp.solve();
        LpChecks.assertProven(model, lp);
        Glop.Reference ref = Glop.reference(model);
        switch (ref.status()) {
            case OPTIMAL -> {
                assertThat(st).as("status").isEqualTo(LpStatus.OPTIMAL);
                assertThat(LpChecks.close(lp.objective(), ref.objective(), 1e-6))
                        .as("objective %s vs GLOP %s", lp.objective(), ref.objective()).isTrue();
            }
            // MPSolver reports GLOP's "infeasible or unbounded" as INFEASIBLE; our claims are proven above
            case INFEASIBLE -> assertThat(st).isIn(LpStatus.INFEASIBLE, LpStatus.UNBOUNDED);
            case UNBOUNDED -> assertThat(st).isEqualTo(LpStatus.UNBOUNDED);
            default -> assertThat(st).isIn(LpStatus.INFEASIBLE, LpStatus.UNBOUNDED);
        }
        assertThat(ref.status()).isNotEqualTo(MPSolver.ResultStatus.MODEL_INVALID);
    }
}
