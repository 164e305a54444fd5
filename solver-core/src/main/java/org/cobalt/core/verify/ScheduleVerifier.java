package org.cobalt.core.verify;

import org.cobalt.core.scheduling.SingleMachineProblem;
import org.cobalt.core.solution.SequenceSolution;

/** Checks that a sequence is a permutation of the jobs and recomputes the total weighted tardiness. */
public final class ScheduleVerifier implements Verifier<SingleMachineProblem, SequenceSolution> {

    @Override
    public Class<SingleMachineProblem> problemType() {
        return SingleMachineProblem.class;
    }

    @Override
    public Class<SequenceSolution> solutionType() {
        return SequenceSolution.class;
    }

    @Override
    public Verification verify(SingleMachineProblem problem, SequenceSolution sequence, Tolerances tol) {
        int n = problem.size();
        if (sequence.length() != n) {
            return Verification.fail("sequence has " + sequence.length() + " jobs, instance has " + n);
        }
        boolean[] seen = new boolean[n];
        long time = 0;
        long tardiness = 0;
        for (int p = 0; p < n; p++) {
            int j = sequence.job(p);
            if (j < 0 || j >= n) {
                return Verification.fail("position " + p + " holds job " + j + ", not in 0.." + (n - 1));
            }
            if (seen[j]) {
                return Verification.fail("job " + j + " scheduled twice");
            }
            seen[j] = true;
            time += problem.processingTime(j);
            long late = time - problem.dueDate(j);
            if (late > 0) {
                tardiness = Math.addExact(tardiness, Math.multiplyExact(late, (long) problem.weight(j)));
            }
        }
        return Verification.ok(tardiness, 0.0);
    }
}
