package org.cobalt.scheduling;

import java.util.SplittableRandom;
import org.cobalt.core.scheduling.SingleMachineProblem;
import org.cobalt.core.solution.SequenceSolution;
import org.cobalt.core.verify.Verification;
import org.cobalt.core.verify.Verifiers;

/** Seeded random instances and a brute-force optimum for tests. */
public final class TestInstances {

    private TestInstances() {
    }

    /**
     * Potts-Van Wassenhove style instance: p ~ U[1, pMax], d ~ U[P(1 - tf - rdd/2), P(1 - tf + rdd/2)]
     * (negative due dates kept), weights U[1, 10] when weighted.
     */
    public static SingleMachineProblem random(long seed, int n, int pMax, double tf, double rdd, boolean weighted) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] p = new int[n];
        int[] d = new int[n];
        int[] w = weighted ? new int[n] : null;
        long total = 0;
        for (int j = 0; j < n; j++) {
            p[j] = 1 + r.nextInt(pMax);
            total += p[j];
        }
        long lo = (long) Math.floor(total * (1 - tf - rdd / 2));
        long hi = (long) Math.floor(total * (1 - tf + rdd / 2));
        for (int j = 0; j < n; j++) {
            d[j] = (int) (lo + r.nextLong(hi - lo + 1));
            if (weighted) {
                w[j] = 1 + r.nextInt(10);
            }
        }
        return new SingleMachineProblem("rnd-" + seed + "-" + n, p, d, w);
    }

    /** A random instance whose parameters come from the seed too (varied tightness and ties). */
    public static SingleMachineProblem random(long seed, int n, boolean weighted) {
        SplittableRandom r = new SplittableRandom(seed * 31 + 7);
        int pMax = r.nextBoolean() ? 5 : 100; // small pMax makes many ties
        double tf = 0.1 + 0.9 * r.nextDouble();
        double rdd = 0.1 + 0.9 * r.nextDouble();
        return random(seed, n, pMax, tf, rdd, weighted);
    }

    /** Optimal total weighted tardiness by enumerating all permutations (n <= 10). */
    public static long bruteForce(SingleMachineProblem problem) {
        int n = problem.size();
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        long best = Long.MAX_VALUE;
        int[] p = problem.processingTimes();
        int[] d = problem.dueDates();
        int[] w = problem.weights();
        // Heap's algorithm
        int[] c = new int[n];
        best = Math.min(best, Tardiness.total(p, d, w, perm));
        int i = 0;
        while (i < n) {
            if (c[i] < i) {
                int a = i % 2 == 0 ? 0 : c[i];
                int t = perm[a];
                perm[a] = perm[i];
                perm[i] = t;
                best = Math.min(best, Tardiness.total(p, d, w, perm));
                c[i]++;
                i = 0;
            } else {
                c[i] = 0;
                i++;
            }
        }
        return best;
    }

    /** The independent verifier's verdict on a sequence; fails the test when it is not a schedule. */
    public static long verifiedCost(SingleMachineProblem problem, int[] sequence) {
        Verification v = Verifiers.check(problem, new SequenceSolution(sequence));
        if (!v.feasible()) {
            throw new AssertionError("not a schedule: " + v.summary());
        }
        return (long) v.objective();
    }
}
