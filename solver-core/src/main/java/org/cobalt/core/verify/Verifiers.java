package org.cobalt.core.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.solution.Solution;

/**
 * Entry point for independent verification: finds the verifier for a (problem, solution) pair —
 * the built-in ones for MILP, TSP, CVRP and scheduling, plus any registered through
 * {@link ServiceLoader} — and runs it.
 */
public final class Verifiers {

    private Verifiers() {
    }

    /** Checks with {@link Tolerances#DEFAULT}. */
    public static Verification check(Problem problem, Solution solution) {
        return check(problem, solution, Tolerances.DEFAULT);
    }

    /**
     * Checks a solution. A null solution, or a solution of the wrong kind for the problem, is an
     * infeasible verdict saying so; a problem type with no verifier is an
     * {@link IllegalArgumentException}.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Verification check(Problem problem, Solution solution, Tolerances tolerances) {
        if (solution == null) {
            return Verification.fail("no solution");
        }
        for (Verifier v : all()) {
            if (v.problemType().isInstance(problem)) {
                if (!v.solutionType().isInstance(solution)) {
                    return Verification.fail("a " + problem.family().id() + " problem needs a "
                            + v.solutionType().getSimpleName() + ", got " + solution.getClass().getSimpleName());
                }
                return v.verify(problem, solution, tolerances);
            }
        }
        throw new IllegalArgumentException("no verifier for " + problem.getClass().getName());
    }

    /** True when some verifier handles this problem type. */
    public static boolean supports(Problem problem) {
        return all().stream().anyMatch(v -> v.problemType().isInstance(problem));
    }

    private static List<Verifier<?, ?>> all() {
        List<Verifier<?, ?>> list = new ArrayList<>(List.of(new MilpVerifier(), new TourVerifier(),
                new RoutesVerifier(), new ScheduleVerifier()));
        ServiceLoader.load(Verifier.class).forEach(list::add);
        return list;
    }
}
