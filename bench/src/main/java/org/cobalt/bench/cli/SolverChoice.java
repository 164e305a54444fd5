package org.cobalt.bench.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.problem.ProblemFamily;
import org.cobalt.core.solver.SolverProvider;
import org.cobalt.core.solver.SolverRegistry;

/**
 * Picks the solver when {@code cobalt solve} is given none: the first available solver that takes
 * the problem, in a preference order per family. MILP: {@code scip}, {@code cbc}, {@code cobalt-bb},
 * {@code ojalgo} (the mature reference solvers first), then any other MILP solver by id. Other
 * families: solvers by id.
 */
public final class SolverChoice {

    /** Preferred solver ids per family; solvers not listed come after, by id. */
    public static final Map<ProblemFamily, List<String>> PREFERENCE = Map.of(
            ProblemFamily.MILP, List.of("scip", "cbc", "cobalt-bb", "ojalgo"));

    private SolverChoice() {
    }

    /** The candidates for a problem in preference order (available or not). */
    public static List<SolverProvider> candidates(SolverRegistry registry, Problem problem) {
        List<String> pref = PREFERENCE.getOrDefault(problem.family(), List.of());
        List<SolverProvider> list = new ArrayList<>(registry.forProblem(problem));
        list.sort(Comparator.<SolverProvider>comparingInt(p -> {
            int i = pref.indexOf(p.id());
            return i < 0 ? Integer.MAX_VALUE : i;
        }).thenComparing(SolverProvider::id));
        return list;
    }

    /**
     * The default solver for a problem.
     *
     * @throws CliFailure when no registered solver is available for it (the message lists why each was skipped)
     */
    public static SolverProvider choose(SolverRegistry registry, Problem problem) {
        List<SolverProvider> candidates = candidates(registry, problem);
        List<String> skipped = new ArrayList<>();
        for (SolverProvider p : candidates) {
            String why = reason(p, problem);
            if (why == null) {
                return p;
            }
            skipped.add(p.id() + " (" + why + ")");
        }
        String what = "a " + problem.family().id() + " problem (" + problem.getClass().getSimpleName() + ", "
                + problem.sizeDescription() + ")";
        if (skipped.isEmpty()) {
            throw CliFailure.failure("no registered solver takes " + what + "; registered solvers: "
                    + (registry.ids().isEmpty() ? "none" : String.join(", ", registry.ids())));
        }
        throw CliFailure.failure("no available solver takes " + what + ": " + String.join("; ", skipped));
    }

    private static String reason(SolverProvider p, Problem problem) {
        try {
            String unavailable = p.unavailableReason();
            if (unavailable != null) {
                return "unavailable: " + unavailable;
            }
            return p.create().unsupportedReason(problem);
        } catch (RuntimeException | LinkageError e) {
            return "failed to load: " + e;
        }
    }
}
