package org.cobalt.milp.bb;

import java.util.List;
import java.util.Locale;
import org.cobalt.milp.bb.branching.MostFractional;
import org.cobalt.milp.bb.branching.PseudocostBranching;
import org.cobalt.milp.bb.branching.ReliabilityBranching;
import org.cobalt.milp.bb.branching.StrongBranching;
import org.cobalt.milp.bb.heuristics.SimpleRounding;
import org.cobalt.milp.bb.selection.BestBound;
import org.cobalt.milp.bb.selection.BestEstimateWithPlunging;
import org.cobalt.milp.bb.selection.DepthFirst;
import org.cobalt.milp.bb.spi.BranchingRule;
import org.cobalt.milp.bb.spi.CutSeparator;
import org.cobalt.milp.bb.spi.NodeSelector;
import org.cobalt.milp.bb.spi.PrimalHeuristic;
import org.cobalt.milp.cuts.GeneratorSeparator;
import org.cobalt.milp.heuristics.DivingHeuristic;
import org.cobalt.milp.heuristics.FeasibilityPump;
import org.cobalt.milp.heuristics.Rins;
import org.cobalt.milp.heuristics.ZiRounding;

/**
 * The default registry of cobalt-bb's components: what {@link BbSettings#defaults()} and the solver
 * parameters ({@link BbParameters}) plug in.
 *
 * <p><b>Adding a separator or heuristic</b> (e.g. from {@code org.cobalt.milp.cuts} or
 * {@code org.cobalt.milp.heuristics}): append one {@code new ...()} to the list in {@link #separators()} or
 * {@link #heuristics()}. The list order is the call order (separators in each round; heuristics when due,
 * cheap ones first). Components must follow the SPI conventions ({@code org.cobalt.milp.bb.spi}): stateless
 * and shareable, or a fresh instance from {@code forSolve()}. Names must be unique within a list: the
 * {@code cobalt-bb.separators} and {@code cobalt-bb.heuristics} parameters select by name.
 */
public final class BbComponents {

    private BbComponents() {
    }

    /** The default cut separators, in call order. */
    public static List<CutSeparator> separators() {
        return List.of(
                GeneratorSeparator.gomory(),
                GeneratorSeparator.cmir(),
                GeneratorSeparator.knapsackCover()
        );
    }

    /** The default primal heuristics, in call order. */
    public static List<PrimalHeuristic> heuristics() {
        return List.of(
                new SimpleRounding(),
                new ZiRounding(),
                new FeasibilityPump(),
                DivingHeuristic.coefficient(),
                DivingHeuristic.fractional(),
                DivingHeuristic.pseudocost(),
                DivingHeuristic.guided(),
                new Rins()
        );
    }

    /** Names accepted by {@link #branchingRule(String)}. */
    public static List<String> branchingRuleNames() {
        return List.of("mostfrac", "pscost", "strong", "reliability");
    }

    /** A branching rule by name: {@code mostfrac}, {@code pscost}, {@code strong}, {@code reliability}. */
    public static BranchingRule branchingRule(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "mostfrac", "most-fractional", "mostfractional" -> new MostFractional();
            case "pscost", "pseudocost" -> new PseudocostBranching();
            case "strong", "fullstrong", "full-strong" -> new StrongBranching();
            case "reliability", "relpscost" -> new ReliabilityBranching();
            default -> throw new IllegalArgumentException("unknown branching rule '" + name + "'; known: "
                    + branchingRuleNames());
        };
    }

    /** Names accepted by {@link #nodeSelector(String)}. */
    public static List<String> nodeSelectorNames() {
        return List.of("bestbound", "dfs", "estimate");
    }

    /** A node selector by name: {@code bestbound}, {@code dfs}, {@code estimate}. */
    public static NodeSelector nodeSelector(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "bestbound", "best-bound", "bfs" -> new BestBound();
            case "dfs", "depthfirst", "depth-first" -> new DepthFirst();
            case "estimate", "bestestimate", "best-estimate" -> new BestEstimateWithPlunging();
            default -> throw new IllegalArgumentException("unknown node selector '" + name + "'; known: "
                    + nodeSelectorNames());
        };
    }

    /** The default branching rule: reliability pseudocost branching with SCIP's defaults. */
    public static BranchingRule defaultBranchingRule() {
        return new ReliabilityBranching();
    }

    /** The default node selector: best estimate with plunging. */
    public static NodeSelector defaultNodeSelector() {
        return new BestEstimateWithPlunging();
    }
}
