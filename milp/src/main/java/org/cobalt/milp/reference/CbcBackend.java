package org.cobalt.milp.reference;

import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cobalt.core.solver.SolveOptions;

/**
 * CBC through OR-Tools' MPSolver. OR-Tools runs CBC through {@code callCbc("-solve")} and passes
 * only the time limit and the relative gap ({@code allowableFractionGap}): CBC there takes no
 * engine parameters, no seed, no node limit, no absolute gap, no hint, one thread (the bundled
 * CBC is built without threads), and {@code interruptSolve} is not supported, so only its own
 * time limit stops it.
 */
final class CbcBackend extends MpSolverBackend {

    CbcBackend(OrToolsRuntime runtime) {
        super("cbc", "CBC", runtime);
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
        return false;
    }

    @Override
    public Set<String> ownParameters() {
        return Set.of();
    }

    @Override
    public boolean isNativeParameter(String name) {
        return false;
    }

    @Override
    public String nativeParameterHint() {
        return "OR-Tools passes no solver-specific parameters to CBC; cobalt's only switch is cbc.probe";
    }

    @Override
    public List<String> ignoredOptions(SolveOptions options, boolean hasWarmStart) {
        List<String> notes = new ArrayList<>();
        if (options.threads() > 1) {
            notes.add("cbc runs single-threaded (OR-Tools' CBC is built without threads)");
        }
        if (options.seed() != 0) {
            notes.add("seed ignored (OR-Tools passes no seed to CBC)");
        }
        if (options.nodeLimit() != Long.MAX_VALUE) {
            notes.add("node limit ignored (OR-Tools passes none to CBC)");
        }
        if (options.iterationLimit() != Long.MAX_VALUE) {
            notes.add("iteration limit ignored (OR-Tools passes none to CBC)");
        }
        if (options.absoluteGap() > 0) {
            notes.add("absolute gap ignored (OR-Tools passes only the relative gap to CBC)");
        }
        if (hasWarmStart) {
            notes.add("warm start ignored (OR-Tools does not pass hints to CBC)");
        }
        return notes;
    }

    @Override
    String configure(MPSolver solver, MPSolverParameters parameters, RunRequest request) {
        parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, request.options().relativeGap());
        return "";
    }
}
