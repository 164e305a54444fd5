package org.cobalt.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.cobalt.core.event.NewIncumbent;
import org.cobalt.core.scheduling.SingleMachineProblem;
import org.cobalt.core.solution.SequenceSolution;
import org.cobalt.core.solver.Solver;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.core.solver.SolverListener;
import org.cobalt.core.solver.SolverRegistry;
import org.cobalt.core.verify.Verification;
import org.cobalt.core.verify.Verifiers;
import org.cobalt.scheduling.heuristics.IteratedLocalSearch;
import org.cobalt.scheduling.heuristics.RuleSolver;
import org.junit.jupiter.api.Test;

/** Every registered scheduling solver, through the SPI, returns verified schedules. */
class SchedulingSolversTest {

    static final List<String> HEURISTICS = List.of("edd", "spt", "mdd", "atc", "psk", "panneerselvam", "eddc", "mddc");

    @Test
    void allIdsAreRegistered() {
        List<String> ids = SolverRegistry.load().ids();
        for (String h : HEURISTICS) {
            assertThat(ids).contains(h, h + "+ls");
        }
        assertThat(ids).contains("smtt-ils", "smtt-bb", "smtt-mip");
    }

    @Test
    void everySolverReturnsAVerifiedScheduleWithItsTrueObjective() {
        SolverRegistry reg = SolverRegistry.load();
        List<String> ids = new ArrayList<>();
        for (String h : HEURISTICS) {
            ids.add(h);
            ids.add(h + "+ls");
        }
        ids.add("smtt-ils");
        ids.add("smtt-bb");
        for (long seed = 0; seed < 6; seed++) {
            SingleMachineProblem p = TestInstances.random(seed, 5 + (int) (seed * 9), seed % 2 == 1);
            long optimum = p.size() <= 8 ? TestInstances.bruteForce(p) : -1;
            for (String id : ids) {
                if (id.equals("smtt-bb") && p.isWeighted() && p.size() > 22) {
                    continue;
                }
                List<Double> incumbents = new ArrayList<>();
                SolveResult r = reg.get(id).solve(p, SolveOptions.builder().iterationLimit(50).seed(seed).build(),
                        SolverListener.of(e -> {
                            if (e instanceof NewIncumbent n) {
                                incumbents.add(n.objective());
                            }
                        }));
                assertThat(r.status()).as(id + " " + r.message()).isIn(SolveStatus.OPTIMAL, SolveStatus.FEASIBLE);
                Verification v = Verifiers.check(p, r.solution());
                assertThat(v.feasible()).as(id).isTrue();
                assertThat(v.objectiveMatches(r.objective(), 0)).as(id).isTrue();
                assertThat(r.bound()).as(id).isLessThanOrEqualTo(r.objective());
                assertThat(incumbents).as(id).isNotEmpty().last().isEqualTo(r.objective());
                if (optimum >= 0) {
                    assertThat((long) r.objective()).as(id).isGreaterThanOrEqualTo(optimum);
                }
            }
        }
    }

    @Test
    void augmentedSolversAreNeverWorseThanTheirRule() {
        SolverRegistry reg = SolverRegistry.load();
        for (long seed = 0; seed < 10; seed++) {
            SingleMachineProblem p = TestInstances.random(seed, 40, false);
            for (String h : HEURISTICS) {
                double plain = reg.get(h).solve(p, SolveOptions.DEFAULT).objective();
                for (String ls : List.of("descent", "prefix", "prefix+descent", "fast")) {
                    double aug = reg.get(h + "+ls").solve(p, SolveOptions.builder().parameter(RuleSolver.LOCAL_SEARCH, ls).build()).objective();
                    assertThat(aug).as(h + " " + ls).isLessThanOrEqualTo(plain);
                }
            }
        }
    }

    @Test
    void ilsIsRepeatableForAFixedSeedAndIterationCount() {
        SingleMachineProblem p = TestInstances.random(42, 80, 100, 0.6, 0.4, false);
        Solver<SingleMachineProblem> ils = new IteratedLocalSearch();
        SolveOptions o = SolveOptions.builder().iterationLimit(200).seed(9).build();
        SolveResult a = ils.solve(p, o);
        SolveResult b = ils.solve(p, o);
        assertThat(a.solution()).isEqualTo(b.solution());
        assertThat(a.stats().counters().get("iterations")).isEqualTo(200L);
        SolveResult mddc = SolverRegistry.load().get("mddc").solve(p, SolveOptions.DEFAULT);
        assertThat(a.objective()).isLessThanOrEqualTo(mddc.objective());
    }

    @Test
    void ilsHonoursItsTimeLimit() {
        SingleMachineProblem p = TestInstances.random(43, 300, 100, 0.6, 0.2, false);
        SolveResult r = new IteratedLocalSearch().solve(p, SolveOptions.builder().timeLimitSeconds(0.2).build());
        assertThat(r.stats().seconds()).isLessThan(5.0);
        assertThat(r.solution()).isInstanceOf(SequenceSolution.class);
    }

    @Test
    void wrongProblemTypeIsAnErrorNotAnException() {
        SolveResult r = SolverRegistry.load().get("mddc").solve(org.cobalt.core.milp.MilpModel.builder("m").build(), SolveOptions.DEFAULT);
        assertThat(r.status()).isEqualTo(SolveStatus.ERROR);
    }
}
