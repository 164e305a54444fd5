package org.cobalt.bench.testing;

import java.util.ArrayList;
import java.util.List;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.scheduling.SingleMachineProblem;
import org.cobalt.core.solution.SequenceSolution;
import org.cobalt.core.solver.AbstractSolver;
import org.cobalt.core.solver.ParameterKey;
import org.cobalt.core.solver.SolveContext;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.core.solver.Solver;
import org.cobalt.core.solver.SolverProvider;

/**
 * Test-only solvers for single-machine tardiness, registered in the test class path's
 * {@code META-INF/services}: an exact brute force, a slow one, and misbehaving ones that hang,
 * abort the JVM, run out of memory, throw, lie about optimality, or are unavailable.
 */
public final class FakeSolvers {

    private FakeSolvers() {
    }

    /** Total tardiness of a sequence. */
    public static long tardiness(SingleMachineProblem p, int[] seq) {
        long t = 0;
        long c = 0;
        for (int j : seq) {
            c += p.processingTime(j);
            t += Math.max(0, c - p.dueDate(j)) * p.weight(j);
        }
        return t;
    }

    /** An optimal sequence by trying all permutations (tiny instances only). */
    public static int[] bruteForce(SingleMachineProblem p, SolveContext ctx) {
        int n = p.size();
        if (n > 9) {
            throw new IllegalArgumentException("brute force takes at most 9 jobs, got " + n);
        }
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        int[] best = perm.clone();
        long bestT = tardiness(p, perm);
        if (ctx != null) {
            ctx.newIncumbent(bestT, "identity");
        }
        // Heap's algorithm, iterative
        int[] c = new int[n];
        int i = 0;
        while (i < n) {
            if (c[i] < i) {
                int k = i % 2 == 0 ? 0 : c[i];
                int tmp = perm[k];
                perm[k] = perm[i];
                perm[i] = tmp;
                long t = tardiness(p, perm);
                if (t < bestT) {
                    bestT = t;
                    best = perm.clone();
                    if (ctx != null) {
                        ctx.newIncumbent(bestT, "enumeration");
                    }
                }
                c[i]++;
                i = 0;
            } else {
                c[i] = 0;
                i++;
            }
        }
        return best;
    }

    private static int[] edd(SingleMachineProblem p) {
        List<Integer> jobs = new ArrayList<>();
        for (int j = 0; j < p.size(); j++) {
            jobs.add(j);
        }
        jobs.sort((a, b) -> Integer.compare(p.dueDate(a), p.dueDate(b)));
        return jobs.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Base for the fake providers. */
    abstract static class Base implements SolverProvider {
        private final String id;

        Base(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String description() {
            return "test solver " + id;
        }

        @Override
        public Class<? extends Problem> problemType() {
            return SingleMachineProblem.class;
        }

        @Override
        public String version() {
            return "test-1";
        }

        abstract SolveResult solve(SingleMachineProblem p, SolveContext ctx);

        @Override
        public Solver<? extends Problem> create() {
            return new AbstractSolver<>(id, SingleMachineProblem.class) {
                @Override
                protected SolveResult doSolve(SingleMachineProblem p, SolveContext ctx) {
                    return Base.this.solve(p, ctx);
                }
            };
        }
    }

    /** Exact: OPTIMAL with a verified solution. */
    public static final class Brute extends Base {
        public Brute() {
            super("fake-brute");
        }

        @Override
        SolveResult solve(SingleMachineProblem p, SolveContext ctx) {
            int[] best = bruteForce(p, ctx);
            long t = tardiness(p, best);
            ctx.boundImproved(t);
            return ctx.result(SolveStatus.OPTIMAL).objective(t).bound(t).solution(new SequenceSolution(best)).nodes(1).build();
        }
    }

    /** Sleeps {@code fake.sleep-ms} (default 400) honouring the time limit, then returns EDD as FEASIBLE. */
    public static final class Slow extends Base {
        static final ParameterKey<Integer> SLEEP = ParameterKey.ofInt("fake.sleep-ms", 400);

        public Slow() {
            super("fake-slow");
        }

        @Override
        SolveResult solve(SingleMachineProblem p, SolveContext ctx) {
            long end = System.nanoTime() + ctx.options().get(SLEEP) * 1_000_000L;
            while (System.nanoTime() < end && !ctx.shouldStop()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            int[] seq = edd(p);
            long t = tardiness(p, seq);
            ctx.newIncumbent(t, "edd");
            return ctx.result(SolveStatus.FEASIBLE).objective(t).solution(new SequenceSolution(seq)).build();
        }
    }

    /** Ignores the time limit and never returns. */
    public static final class Hang extends Base {
        public Hang() {
            super("fake-hang");
        }

        @Override
        SolveResult solve(SingleMachineProblem p, SolveContext ctx) {
            while (true) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    // a hung native call would not notice either
                }
            }
        }
    }

    /** Ends the JVM abruptly, like a native abort. */
    public static final class Halt extends Base {
        public Halt() {
            super("fake-halt");
        }

        @Override
        SolveResult solve(SingleMachineProblem p, SolveContext ctx) {
            System.err.println("fake-halt: simulating a native abort");
            System.err.flush();
            Runtime.getRuntime().halt(134);
            return null;
        }
    }

    /** Allocates until the heap is exhausted. */
    public static final class Oom extends Base {
        public Oom() {
            super("fake-oom");
        }

        @Override
        SolveResult solve(SingleMachineProblem p, SolveContext ctx) {
            List<long[]> hog = new ArrayList<>();
            while (true) {
                hog.add(new long[1 << 20]);
            }
        }
    }

    /** Throws: the solver frame turns that into an ERROR result. */
    public static final class Throws extends Base {
        public Throws() {
            super("fake-throws");
        }

        @Override
        SolveResult solve(SingleMachineProblem p, SolveContext ctx) {
            throw new IllegalStateException("fake-throws always fails");
        }
    }

    /** Claims the identity order is OPTIMAL (reporting its true objective): wrong whenever it is not. */
    public static final class Liar extends Base {
        public Liar() {
            super("fake-liar");
        }

        @Override
        SolveResult solve(SingleMachineProblem p, SolveContext ctx) {
            int[] seq = new int[p.size()];
            for (int i = 0; i < seq.length; i++) {
                seq[i] = i;
            }
            long t = tardiness(p, seq);
            return ctx.result(SolveStatus.OPTIMAL).objective(t).bound(t).solution(new SequenceSolution(seq)).build();
        }
    }

    /** Reports an objective that is not the one of its solution. */
    public static final class Misreport extends Base {
        public Misreport() {
            super("fake-misreport");
        }

        @Override
        SolveResult solve(SingleMachineProblem p, SolveContext ctx) {
            int[] seq = bruteForce(p, null);
            return ctx.result(SolveStatus.FEASIBLE).objective(tardiness(p, seq) - 1).solution(new SequenceSolution(seq)).build();
        }
    }

    /** Solves like fake-slow without sleeping, but leaves the JVM so that the next instance read halts it. */
    public static final class Poison extends Base {
        public Poison() {
            super("fake-poison");
        }

        @Override
        SolveResult solve(SingleMachineProblem p, SolveContext ctx) {
            TinyFormat.poisoned = true;
            int[] seq = edd(p);
            return ctx.result(SolveStatus.FEASIBLE).objective(tardiness(p, seq)).solution(new SequenceSolution(seq)).build();
        }
    }

    /** Cannot run here. */
    public static final class Unavailable extends Base {
        public Unavailable() {
            super("fake-unavailable");
        }

        @Override
        public String unavailableReason() {
            return "needs libfake.so, which is not installed";
        }

        @Override
        SolveResult solve(SingleMachineProblem p, SolveContext ctx) {
            throw new IllegalStateException("must not run");
        }
    }
}
