package org.cobalt.bench.batch;

import java.util.ArrayList;
import java.util.List;
import org.cobalt.core.solver.SolverProvider;

/**
 * Crosses instances with solvers and seeds: one job per (instance, solver, seed) where the solver
 * takes the instance's problem type, in instance order, then solver order, then seed order.
 */
public final class JobPlanner {

    /**
     * The jobs of a batch.
     *
     * @param jobs         jobs in run order
     * @param skippedPairs (instance, solver) pairs left out because the solver does not take that problem type
     * @param unmatched    instances no chosen solver takes, as {@code relpath#instance (family)}
     */
    public record Plan(List<BatchJob> jobs, int skippedPairs, List<String> unmatched) {

        public Plan {
            jobs = List.copyOf(jobs);
            unmatched = List.copyOf(unmatched);
        }
    }

    private JobPlanner() {
    }

    /**
     * Plans the jobs; {@code versions.get(i)} is the version string of {@code solvers.get(i)}.
     * Broken files get one job per solver and seed so that their errors are recorded.
     */
    public static Plan plan(InstanceExpander.Expansion expansion, List<SolverProvider> solvers, List<String> versions,
                            List<Long> seeds) {
        List<Row> rows = new ArrayList<>();
        for (InstanceExpander.Entry e : expansion.entries()) {
            rows.add(new Row(e.relPath(), e.index(), e, null));
        }
        for (InstanceExpander.Broken b : expansion.broken()) {
            rows.add(new Row(b.relPath(), -1, null, b));
        }
        rows.sort((a, b) -> a.relPath.equals(b.relPath) ? Integer.compare(a.index, b.index) : a.relPath.compareTo(b.relPath));
        List<BatchJob> jobs = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        int skipped = 0;
        for (Row r : rows) {
            boolean any = false;
            for (int s = 0; s < solvers.size(); s++) {
                SolverProvider p = solvers.get(s);
                if (r.entry != null && !p.problemType().isAssignableFrom(r.entry.problemType())) {
                    skipped++;
                    continue;
                }
                any = true;
                for (long seed : seeds) {
                    jobs.add(r.entry != null
                            ? new BatchJob(BatchJob.key(r.entry.id(), p.id(), seed), r.entry.file(), r.entry.index(),
                                    r.entry.name(), r.entry.family(), r.entry.size(), r.entry.maximize(), p.id(), versions.get(s), seed, null)
                            : new BatchJob(BatchJob.key(r.broken.id(), p.id(), seed), r.broken.file(), 0, r.broken.name(),
                                    null, null, false, p.id(), versions.get(s), seed, r.broken.message()));
                }
            }
            if (!any && r.entry != null) {
                unmatched.add(r.entry.id() + " (" + r.entry.family() + ")");
            }
        }
        return new Plan(jobs, skipped, unmatched);
    }

    private record Row(String relPath, int index, InstanceExpander.Entry entry, InstanceExpander.Broken broken) {
    }
}
