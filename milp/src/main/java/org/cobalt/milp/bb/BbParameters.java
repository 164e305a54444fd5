package org.cobalt.milp.bb;

import org.cobalt.core.solver.ParameterKey;

/**
 * Solver parameters of {@code cobalt-bb} (set through {@code SolveOptions.withParameter} or the CLI's
 * {@code --param}); each overrides the corresponding part of the solver's {@link BbSettings} for one solve.
 */
public final class BbParameters {

    private BbParameters() {
    }

    /** Branching rule by name: {@code mostfrac|pscost|strong|reliability} (default: the settings'). */
    public static final ParameterKey<String> BRANCHING = ParameterKey.ofString("cobalt-bb.branching", "");

    /** Node selector by name: {@code bestbound|dfs|estimate} (default: the settings'). */
    public static final ParameterKey<String> NODE_SELECTION = ParameterKey.ofString("cobalt-bb.nodeselection", "");

    /** Presolve on or off. */
    public static final ParameterKey<Boolean> PRESOLVE = ParameterKey.ofBoolean("cobalt-bb.presolve", true);

    /** Root cuts on or off. */
    public static final ParameterKey<Boolean> CUTS = ParameterKey.ofBoolean("cobalt-bb.cuts", true);

    /** Maximal root cut rounds (-1: the settings'). */
    public static final ParameterKey<Integer> CUT_ROUNDS = ParameterKey.ofInt("cobalt-bb.cut-rounds", -1);

    /** Primal heuristics on or off (off keeps none, not even rounding). */
    public static final ParameterKey<Boolean> HEURISTICS = ParameterKey.ofBoolean("cobalt-bb.heuristics", true);

    /** Comma-separated names of the separators to keep (empty: all of the settings'). */
    public static final ParameterKey<String> SEPARATORS = ParameterKey.ofString("cobalt-bb.separators", "");

    /** Comma-separated names of the heuristics to keep (empty: all of the settings'). */
    public static final ParameterKey<String> HEURISTIC_NAMES = ParameterKey.ofString("cobalt-bb.heuristic-names", "");

    /** Reduced-cost fixing on or off. */
    public static final ParameterKey<Boolean> REDUCED_COST_FIXING = ParameterKey.ofBoolean("cobalt-bb.reduced-cost-fixing", true);

    /**
     * Objective cutoff in the model's sense: only solutions strictly better are searched for (sub-MIPs of
     * heuristics use it). Default: none.
     */
    public static final ParameterKey<Double> OBJECTIVE_CUTOFF = ParameterKey.ofDouble("cobalt-bb.objective-cutoff", Double.NaN);

    /** Directory the sample recorder writes to (empty: no recording); see {@code org.cobalt.milp.bb.record}. */
    public static final ParameterKey<String> RECORD_DIR = ParameterKey.ofString("cobalt-bb.record", "");
}
