package org.cobalt.milp.reference;

import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.cobalt.core.solver.SolveOptions;

/**
 * GLOP, OR-Tools' primal/dual simplex LP solver, through MPSolver. The seed and the iteration limit
 * become {@code random_seed} and {@code max_number_of_iterations}; every other {@code glop.<field>}
 * parameter is passed as the {@code GlopParameters} text-format entry {@code <field>:<value>}
 * (e.g. {@code glop.use_dual_simplex=true}). {@code glop.relax=true} solves the LP relaxation of a
 * model with integer variables.
 */
final class GlopBackend extends MpSolverBackend {

    /** Cobalt switch: solve the LP relaxation of a MILP. */
    static final String RELAX = "relax";

    private static final Pattern FIELD = Pattern.compile("[a-z][a-z0-9_]*");

    GlopBackend(OrToolsRuntime runtime) {
        super("glop", "GLOP", runtime);
    }

    @Override
    boolean isMip() {
        return false;
    }

    @Override
    public boolean lpOnly() {
        return true;
    }

    @Override
    public boolean usesWarmStart() {
        return false;
    }

    @Override
    public Set<String> ownParameters() {
        return Set.of(RELAX);
    }

    @Override
    public boolean isNativeParameter(String name) {
        return FIELD.matcher(name).matches();
    }

    @Override
    public String nativeParameterHint() {
        return "GLOP parameters are GlopParameters fields, e.g. glop.use_dual_simplex=true; cobalt's own switches are glop.relax and glop.probe";
    }

    @Override
    public List<String> ignoredOptions(SolveOptions options, boolean hasWarmStart) {
        List<String> notes = new ArrayList<>();
        if (options.threads() > 1) {
            notes.add("glop runs single-threaded");
        }
        if (options.nodeLimit() != Long.MAX_VALUE) {
            notes.add("node limit ignored (an LP has no nodes)");
        }
        if (hasWarmStart) {
            notes.add("warm start ignored (MPSolver gives GLOP no way to start from a solution)");
        }
        return notes;
    }

    @Override
    String configure(MPSolver solver, MPSolverParameters parameters, RunRequest request) {
        SolveOptions o = request.options();
        List<String> fields = new ArrayList<>();
        if (o.seed() != 0) {
            fields.add("random_seed:" + Math.floorMod(o.seed(), (long) Integer.MAX_VALUE));
        }
        if (o.iterationLimit() != Long.MAX_VALUE) {
            fields.add("max_number_of_iterations:" + o.iterationLimit());
        }
        for (Map.Entry<String, String> e : request.parameters().nativeEntries()) {
            fields.add(e.getKey() + ":" + e.getValue());
        }
        return String.join(" ", fields);
    }
}
