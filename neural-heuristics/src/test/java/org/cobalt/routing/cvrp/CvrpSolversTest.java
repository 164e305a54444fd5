package org.cobalt.routing.cvrp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.cobalt.core.event.NewIncumbent;
import org.cobalt.core.routing.CvrpProblem;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.core.solver.SolverListener;
import org.cobalt.core.solver.Solvers;
import org.cobalt.core.verify.Verification;
import org.cobalt.core.verify.Verifiers;
import org.cobalt.routing.Fixtures;
import org.junit.jupiter.api.Test;

class CvrpSolversTest {

    static void assertVerified(CvrpProblem p, SolveResult r) {
        assertThat(r.status()).as(r.message()).isEqualTo(SolveStatus.FEASIBLE);
        Verification v = Verifiers.check(p, r.solution());
        assertThat(v.feasible()).as(v.summary()).isTrue();
        assertThat(v.objectiveMatches(r.objective(), 1e-9)).as("reported %s, verified %s", r.objective(), v.objective()).isTrue();
    }

    @Test
    void savingsAndIlsVerifyAndIlsIsBetter() {
        CvrpProblem p = Fixtures.cvrp(200, 7, 30, 9);
        SolveResult savings = Solvers.get("cvrp-savings").solve(p, SolveOptions.DEFAULT);
        assertVerified(p, savings);
        List<Double> incumbents = new ArrayList<>();
        SolveResult ils = Solvers.get("cvrp-ils").solve(p, SolveOptions.builder().timeLimit(Duration.ofMillis(1500)).build(),
                SolverListener.of(e -> {
                    if (e instanceof NewIncumbent n) {
                        incumbents.add(n.objective());
                    }
                }));
        assertVerified(p, ils);
        assertThat(ils.objective()).isLessThan(savings.objective());
        assertThat(incumbents.get(incumbents.size() - 1)).isCloseTo(ils.objective(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(ils.stats().counters().get("rr-iterations")).isPositive();
    }

    @Test
    void ilsIsReproducibleUnderAnIterationLimitAndHonoursTimeLimits() {
        CvrpProblem p = Fixtures.cvrp(120, 8, 20, 7);
        SolveOptions o = SolveOptions.builder().iterationLimit(300).seed(4).build();
        SolveResult a = Solvers.get("cvrp-ils").solve(p, o);
        SolveResult b = Solvers.get("cvrp-ils").solve(p, o);
        assertVerified(p, a);
        assertThat(a.solution()).isEqualTo(b.solution());
        assertThat(a.stats().counters().get("rr-iterations")).isEqualTo(300);
        long t0 = System.nanoTime();
        SolveResult timed = Solvers.get("cvrp-ils").solve(Fixtures.cvrp(400, 2, 30, 10),
                SolveOptions.builder().timeLimit(Duration.ofMillis(400)).build());
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(1.5);
        assertThat(timed.status()).isEqualTo(SolveStatus.FEASIBLE);
    }

    @Test
    void vehicleLimitIsMetOrReportedHonestly() {
        CvrpProblem free = Fixtures.cvrp(80, 3, 20, 8);
        int[] demand = free.demands();
        long total = 0;
        for (int d : demand) {
            total += d;
        }
        int minRoutes = (int) Math.ceil((double) total / free.capacity());
        CvrpProblem limited = new CvrpProblem("limited", free.metric(), 0, demand, free.capacity(), OptionalInt.of(minRoutes + 1));
        SolveResult r = Solvers.get("cvrp-savings").solve(limited, SolveOptions.DEFAULT);
        assertVerified(limited, r);
        CvrpProblem impossible = new CvrpProblem("impossible", free.metric(), 0, demand, free.capacity(), OptionalInt.of(minRoutes - 1));
        SolveResult no = Solvers.get("cvrp-savings").solve(impossible, SolveOptions.DEFAULT);
        assertThat(no.status()).isEqualTo(SolveStatus.LIMIT_REACHED);
        assertThat(no.hasSolution()).isFalse();
        assertThat(no.message()).contains("routes");
    }

    @Test
    void warmStartIsUsedWhenFeasible() {
        CvrpProblem p = Fixtures.cvrp(100, 9, 20, 7);
        SolveResult ils = Solvers.get("cvrp-ils").solve(p, SolveOptions.builder().iterationLimit(500).build());
        SolveResult again = Solvers.get("cvrp-savings").solve(p, SolveOptions.DEFAULT.withWarmStart(ils.solution()));
        assertVerified(p, again);
        assertThat(again.objective()).isLessThanOrEqualTo(ils.objective());
    }

    @Test
    void longRoutes() {
        // about 40 customers per route: the move buffers grow while the search runs
        CvrpProblem p = Fixtures.cvrp(300, 4, 20, 40);
        assertVerified(p, Solvers.get("cvrp-savings").solve(p, SolveOptions.DEFAULT));
        assertVerified(p, Solvers.get("cvrp-ils").solve(p, SolveOptions.builder().iterationLimit(100).build()));
    }

    @Test
    void tinyInstances() {
        for (int customers = 0; customers <= 3; customers++) {
            CvrpProblem p = Fixtures.cvrp(customers, customers, 5, 2);
            for (String id : List.of("cvrp-savings", "cvrp-ils")) {
                assertVerified(p, Solvers.get(id).solve(p, SolveOptions.builder().iterationLimit(20).build()));
            }
        }
    }
}
