package org.cobalt.neural.udc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.routing.CoordinateMetric;
import org.cobalt.core.routing.CvrpProblem;
import org.cobalt.core.routing.EdgeWeightType;
import org.cobalt.core.routing.TspProblem;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.core.verify.Verification;
import org.cobalt.core.verify.Verifiers;
import org.cobalt.neural.udc.model.HeatmapConfig;
import org.cobalt.neural.udc.model.PathPolicyConfig;

/** Seeded instances, tiny model sizes and the verification every UDC test applies. */
public final class UdcFixtures {

    /** A path policy small enough for unit tests. */
    public static final PathPolicyConfig TINY_POLICY = new PathPolicyConfig(16, 2, 1, 32, 10f, 10f);
    /** A heat-map network small enough for unit tests. */
    public static final HeatmapConfig TINY_HEATMAP = new HeatmapConfig(8, 2, 6, 5f);

    private UdcFixtures() {
    }

    /** Uniform points in [0, size)^2. */
    public static CoordinateMetric uniform(int n, long seed, EdgeWeightType type, double size) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextDouble() * size;
            y[i] = r.nextDouble() * size;
        }
        return new CoordinateMetric(type, x, y);
    }

    /** A TSP on uniform EUC_2D points in [0, 10000)^2. */
    public static TspProblem tsp(int n, long seed) {
        return new TspProblem("rand" + n + "-" + seed, uniform(n, seed, EdgeWeightType.EUC_2D, 10_000));
    }

    /** A CVRP on uniform EUC_2D points, depot 0, demands 1..9, capacity 40. */
    public static CvrpProblem cvrp(int customers, long seed) {
        CoordinateMetric m = uniform(customers + 1, seed, EdgeWeightType.EUC_2D, 1000);
        SplittableRandom r = new SplittableRandom(seed + 1);
        int[] demand = new int[customers + 1];
        for (int i = 1; i <= customers; i++) {
            demand[i] = 1 + r.nextInt(9);
        }
        return new CvrpProblem("cvrp" + customers + "-" + seed, m, 0, demand, 40, OptionalInt.empty());
    }

    /** The result is FEASIBLE, its solution passes the verifier and its objective matches the verifier's. */
    public static void assertVerified(Problem p, SolveResult r) {
        assertThat(r.status()).as(r.message()).isEqualTo(SolveStatus.FEASIBLE);
        Verification v = Verifiers.check(p, r.solution());
        assertThat(v.feasible()).as(v.summary()).isTrue();
        assertThat(v.objectiveMatches(r.objective(), 1e-9)).as("reported %s, verified %s", r.objective(), v.objective())
                .isTrue();
    }
}
