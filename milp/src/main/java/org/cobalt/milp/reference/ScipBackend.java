package org.cobalt.milp.reference;

import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cobalt.core.solver.SolveOptions;

/**
 * SCIP through OR-Tools' MPSolver. Seed, absolute gap and node limit become SCIP parameters
 * ({@code randomization/randomseedshift}, {@code limits/absgap}, {@code limits/nodes}); the
 * relative gap is MPSolver's {@code RELATIVE_MIP_GAP} ({@code limits/gap}); more than one thread
 * runs SCIP's concurrent solver. Every {@code scip.<path>} parameter whose name contains a slash
 * is passed to SCIP as {@code <path> = <value>} after cobalt's own settings, so it wins.
 */
final class ScipBackend extends MpSolverBackend {

    ScipBackend(OrToolsRuntime runtime) {
        super("scip", "SCIP", runtime);
    }

    @Override
    boolean isMip() {
        return true;
    }

    @Override
    public boolean lpOnly() {
        return false;
    }

    @Override
    public boolean usesWarmStart() {
        return true;
    }

    @Override
    public Set<String> ownParameters() {
        return Set.of();
    }

    @Override
    public boolean isNativeParameter(String name) {
        return name.contains("/");
    }

    @Override
    public String nativeParameterHint() {
        return "SCIP parameters are written scip.<section>/<name>, e.g. scip.limits/nodes=100; cobalt's own switch is scip.probe";
    }

    @Override
    public List<String> ignoredOptions(SolveOptions options, boolean hasWarmStart) {
        List<String> notes = new ArrayList<>();
        if (options.iterationLimit() != Long.MAX_VALUE) {
            notes.add("iteration limit ignored (SCIP has no total LP iteration limit)");
        }
        return notes;
    }

    @Override
    String configure(MPSolver solver, MPSolverParameters parameters, RunRequest request) {
        SolveOptions o = request.options();
        parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, o.relativeGap());
        if (o.threads() > 1) {
            solver.setNumThreads(o.threads());
        }
        List<String> lines = new ArrayList<>();
        if (o.seed() != 0) {
            lines.add("randomization/randomseedshift = " + Math.floorMod(o.seed(), (long) Integer.MAX_VALUE));
        }
        if (o.absoluteGap() > 0) {
            lines.add("limits/absgap = " + o.absoluteGap());
        }
        if (o.nodeLimit() != Long.MAX_VALUE) {
            lines.add("limits/nodes = " + o.nodeLimit());
        }
        for (Map.Entry<String, String> e : request.parameters().nativeEntries()) {
            lines.add(e.getKey() + " = " + e.getValue());
        }
        return String.join("\n", lines);
    }
}
