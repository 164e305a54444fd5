package org.cobalt.bench.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.cobalt.bench.reference.Reference;
import org.cobalt.bench.reference.ReferenceKind;
import org.cobalt.bench.testing.FakeSolvers;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.scheduling.SingleMachineProblem;
import org.cobalt.core.solver.Solver;
import org.cobalt.core.solver.SolverProvider;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.instances.InstanceFormatException;
import org.junit.jupiter.api.Test;

/** Job planning, instance selection and reference comparison. */
class PlanningTest {

    private static final SolverProvider MILP = new SolverProvider() {
        @Override
        public String id() {
            return "milp-x";
        }

        @Override
        public String description() {
            return "a MILP solver";
        }

        @Override
        public Class<? extends Problem> problemType() {
            return MilpModel.class;
        }

        @Override
        public Solver<? extends Problem> create() {
            throw new UnsupportedOperationException();
        }
    };

    private static InstanceExpander.Entry entry(String rel, int index, String name) {
        return new InstanceExpander.Entry(rel, Path.of("d", rel), name, index, name, "scheduling", "2 jobs",
                false, SingleMachineProblem.class);
    }

    @Test
    void crossesInstancesSolversAndSeedsSkippingTypeMismatches() {
        InstanceExpander.Expansion e = new InstanceExpander.Expansion(
                List.of(entry("b.tiny", 1, "b2"), entry("a.tiny", 0, "a1"), entry("b.tiny", 0, "b1")),
                List.of(new InstanceExpander.Broken("c.tiny", Path.of("d/c.tiny"), "c", "d/c.tiny:3: bad")));
        JobPlanner.Plan plan = JobPlanner.plan(e, List.of(new FakeSolvers.Slow(), MILP, new FakeSolvers.Brute()),
                List.of("v1", "v2", "v3"), List.of(7L, 1L));
        assertThat(plan.jobs()).extracting(BatchJob::key).containsExactly(
                "a.tiny#a1|fake-slow|7", "a.tiny#a1|fake-slow|1", "a.tiny#a1|fake-brute|7", "a.tiny#a1|fake-brute|1",
                "b.tiny#b1|fake-slow|7", "b.tiny#b1|fake-slow|1", "b.tiny#b1|fake-brute|7", "b.tiny#b1|fake-brute|1",
                "b.tiny#b2|fake-slow|7", "b.tiny#b2|fake-slow|1", "b.tiny#b2|fake-brute|7", "b.tiny#b2|fake-brute|1",
                "c.tiny#c|fake-slow|7", "c.tiny#c|fake-slow|1", "c.tiny#c|milp-x|7", "c.tiny#c|milp-x|1",
                "c.tiny#c|fake-brute|7", "c.tiny#c|fake-brute|1");
        assertThat(plan.skippedPairs()).isEqualTo(3);
        assertThat(plan.unmatched()).isEmpty();
        BatchJob first = plan.jobs().get(0);
        assertThat(first.solverVersion()).isEqualTo("v1");
        assertThat(first.inputError()).isNull();
        assertThat(plan.jobs().get(12).inputError()).isEqualTo("d/c.tiny:3: bad");
        JobPlanner.Plan none = JobPlanner.plan(e, List.of(MILP), List.of("v"), List.of(0L));
        assertThat(none.unmatched()).containsExactly("a.tiny#a1 (scheduling)", "b.tiny#b1 (scheduling)", "b.tiny#b2 (scheduling)");
    }

    @Test
    void selectorsAndSelectionAgree() throws InstanceFormatException {
        List<Problem> all = List.of(SingleMachineProblem.unweighted("x", new int[] {1}, new int[] {0}),
                SingleMachineProblem.unweighted("x", new int[] {2}, new int[] {0}),
                SingleMachineProblem.unweighted("7", new int[] {3}, new int[] {0}),
                SingleMachineProblem.unweighted("", new int[] {4}, new int[] {0}));
        assertThat(InstanceRef.selectors(all)).containsExactly("1", "2", "7", "4");
        for (int i = 0; i < all.size(); i++) {
            assertThat(InstanceRef.select(all, InstanceRef.selectors(all).get(i), "f")).isEqualTo(i);
        }
        assertThat(InstanceRef.select(all, "3", "f")).as("1-based index").isEqualTo(2);
        assertThatThrownBy(() -> InstanceRef.select(all, null, "f.tiny")).hasMessageContaining("holds 4 instances")
                .hasMessageContaining("f.tiny#1");
        assertThatThrownBy(() -> InstanceRef.select(all, "9", "f")).hasMessageContaining("no instance '9'");
        assertThat(InstanceRef.select(all.subList(0, 1), null, "f")).isZero();
    }

    @Test
    void parsesFileAndSelector() {
        assertThat(InstanceRef.parse("data/n20.jsonl#n20-0003")).isEqualTo(new InstanceRef(Path.of("data/n20.jsonl"), "n20-0003"));
        assertThat(InstanceRef.parse("data/p.mps")).isEqualTo(new InstanceRef(Path.of("data/p.mps"), null));
        assertThat(InstanceRef.parse("data/p.mps#")).isEqualTo(new InstanceRef(Path.of("data/p.mps#"), null));
        assertThat(InstanceRef.parse("x.tiny#2").toString()).isEqualTo("x.tiny#2");
    }

    @Test
    void referenceMatchCoversEveryKindOfClaim() {
        Reference opt = new Reference(100, ReferenceKind.OPTIMAL, "t");
        Reference bks = new Reference(100, ReferenceKind.BEST_KNOWN, "t");
        Reference inf = new Reference(Double.NaN, ReferenceKind.INFEASIBLE, "t");
        assertThat(RecordFactory.referenceMatch(SolveStatus.OPTIMAL, 100.00001, opt)).isTrue();
        assertThat(RecordFactory.referenceMatch(SolveStatus.OPTIMAL, 101.0, opt)).isFalse();
        assertThat(RecordFactory.referenceMatch(SolveStatus.OPTIMAL, null, opt)).isFalse();
        assertThat(RecordFactory.referenceMatch(SolveStatus.FEASIBLE, 120.0, opt)).isNull();
        assertThat(RecordFactory.referenceMatch(SolveStatus.INFEASIBLE, null, opt)).isFalse();
        assertThat(RecordFactory.referenceMatch(SolveStatus.ERROR, null, opt)).isNull();
        assertThat(RecordFactory.referenceMatch(SolveStatus.OPTIMAL, 90.0, bks)).isNull();
        assertThat(RecordFactory.referenceMatch(SolveStatus.UNBOUNDED, null, bks)).isFalse();
        assertThat(RecordFactory.referenceMatch(SolveStatus.FEASIBLE, 5.0, inf)).isFalse();
        assertThat(RecordFactory.referenceMatch(SolveStatus.INFEASIBLE, null, inf)).isTrue();
        assertThat(RecordFactory.referenceMatch(SolveStatus.LIMIT_REACHED, null, inf)).isNull();
        assertThat(RecordFactory.referenceMatch(SolveStatus.OPTIMAL, 1.0, null)).isNull();
    }

    @Test
    void recordsCombineJobOutcomeReferenceAndRun() {
        BatchSettings settings = new BatchSettings(10, 2, java.util.Map.of("k", "v"), 1, "1g", 5, 0, null);
        RecordFactory f = new RecordFactory(settings, new RunInfo(new Machine("h", 2, 100, "os", "jvm"), null, "0.1"));
        BatchJob job = new BatchJob("x.tiny#i1|fake-brute|3", Path.of("d/x.tiny"), 0, "i1", "scheduling", "3 jobs",
                false, "fake-brute", "test-1", 3, null);
        WorkerOutcome o = new WorkerOutcome("OPTIMAL", 5.0, 5.0, 0.0, 0.1, 1L, -1L, java.util.Map.of("cuts", 2L), true, 5.0,
                List.of(), true, "x".repeat(5000), List.of(new double[] {0.01, 6}), List.of());
        java.time.Instant t = java.time.Instant.parse("2026-01-01T00:00:00Z");
        ResultRecord r = f.build(job, o, java.util.Optional.of(new Reference(5, ReferenceKind.OPTIMAL, "t")), t);
        assertThat(r.key()).isEqualTo(job.key());
        assertThat(r.file()).isEqualTo(Path.of("d/x.tiny").toString());
        assertThat(r.seed()).isEqualTo(3);
        assertThat(r.timeLimit()).isEqualTo(10.0);
        assertThat(r.threads()).isEqualTo(2);
        assertThat(r.params()).containsEntry("k", "v");
        assertThat(r.lpIterations()).isNull();
        assertThat(r.counters()).containsEntry("cuts", 2L);
        assertThat(r.reference()).isEqualTo(5.0);
        assertThat(r.referenceKind()).isEqualTo("optimal");
        assertThat(r.referenceMatch()).isTrue();
        assertThat(r.started()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(r.machine().host()).isEqualTo("h");
        assertThat(r.cobaltVersion()).isEqualTo("0.1");
        assertThat(r.commit()).isNull();
        assertThat(r.message()).hasSizeLessThan(RecordFactory.MAX_MESSAGE + 30).endsWith("(5000 chars)");
        ResultRecord inf = f.build(job, o, java.util.Optional.of(new Reference(Double.NaN, ReferenceKind.INFEASIBLE, "t")), t);
        assertThat(inf.reference()).isNull();
        assertThat(inf.referenceKind()).isEqualTo("infeasible");
        assertThat(inf.referenceMatch()).isFalse();
        ResultRecord none = f.build(job, WorkerOutcome.error("boom", Double.NaN), java.util.Optional.empty(), t);
        assertThat(none.status()).isEqualTo("ERROR");
        assertThat(none.time()).isNull();
        assertThat(none.reference()).isNull();
        assertThat(none.referenceMatch()).isNull();
    }

    @Test
    void settingsValidateAndComputeTheWatchdog() {
        BatchSettings s = new BatchSettings(10, 1, null, 2, "512m", 5, 0, null);
        assertThat(s.watchdogSeconds()).isEqualTo(15.5);
        assertThat(s.params()).isEmpty();
        assertThatThrownBy(() -> new BatchSettings(0, 1, null, 1, "2g", 5, 0, null)).isInstanceOf(UsageException.class)
                .hasMessageContaining("--time-limit");
        assertThatThrownBy(() -> new BatchSettings(1, 1, null, 0, "2g", 5, 0, null)).hasMessageContaining("--jobs");
        assertThatThrownBy(() -> new BatchSettings(1, 1, null, 1, "2 GB", 5, 0, null)).hasMessageContaining("--worker-heap");
        assertThatThrownBy(() -> new BatchSettings(1, 1, null, 1, "2g", -1, 0, null)).hasMessageContaining("--grace");
        assertThatThrownBy(() -> new BatchSettings(1, 0, null, 1, "2g", 1, 0, null)).hasMessageContaining("--threads");
        assertThatThrownBy(() -> new BatchSettings(1, 1, null, 1, "2g", 1, -1, null)).hasMessageContaining("--worker-reuse");
    }
}
