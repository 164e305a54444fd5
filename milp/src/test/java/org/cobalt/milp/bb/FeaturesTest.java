package org.cobalt.milp.bb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.VarType;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.milp.bb.branching.MostFractional;
import org.cobalt.milp.bb.features.BipartiteGraph;
import org.cobalt.milp.bb.features.ConstraintFeature;
import org.cobalt.milp.bb.features.VariableFeature;
import org.cobalt.milp.bb.spi.BranchingContext;
import org.cobalt.milp.bb.spi.BranchingDecision;
import org.cobalt.milp.bb.spi.BranchingRule;
import org.junit.jupiter.api.Test;

/** The Gasse features of a root node computed by hand. */
class FeaturesTest {

    private static final double R2 = Math.sqrt(2);
    private static final double R8 = Math.sqrt(8);

    /** Keeps the root's graph, then branches most-fractionally. */
    private static final class Capture implements BranchingRule {
        BipartiteGraph root;

        @Override
        public String name() {
            return "capture";
        }

        @Override
        public boolean usesNodeFeatures() {
            return true;
        }

        @Override
        public BranchingDecision branch(BranchingContext ctx) {
            if (root == null) {
                root = ctx.bipartiteGraph();
                assertThat(ctx.bipartiteGraph()).isSameAs(root);
            }
            return new MostFractional().branch(ctx);
        }
    }

    @Test
    void rootFeaturesMatchAHandComputation() {
        MilpModel.Builder b = MilpModel.builder("tiny");
        int x0 = b.addVariable("x0", 0, 3, VarType.INTEGER, -1);
        int x1 = b.addVariable("x1", 0, 3, VarType.INTEGER, -1);
        b.addRow("cap", Double.NEGATIVE_INFINITY, 5, new int[] {x0, x1}, new double[] {2, 2});
        b.addRow("equal", 0, 0, new int[] {x0, x1}, new double[] {1, -1});
        b.addRow("free", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, new int[] {x0}, new double[] {1});
        Capture rule = new Capture();
        BbSettings s = BbSettings.defaults().withBranchingRule(rule).withPresolve(false).withHeuristics(List.of())
                .withSeparators(List.of());
        new CobaltBbSolver(s).solve(b.build(), SolveOptions.DEFAULT, null);
        BipartiteGraph g = rule.root;
        assertThat(g).isNotNull();
        assertThat(g.numVariables()).isEqualTo(2);
        // cap: upper side only; equal: both sides; free: none
        assertThat(g.numConstraints()).isEqualTo(3);
        assertThat(g.numEdges()).isEqualTo(6);
        assertThat(g.variableFeatures()).hasSize(2 * 19);
        assertThat(g.constraintFeatures()).hasSize(3 * 5);
        for (int j = 0; j < 2; j++) {
            assertThat(g.variable(j, VariableFeature.TYPE_INTEGER)).isEqualTo(1f);
            assertThat(g.variable(j, VariableFeature.TYPE_BINARY)).isEqualTo(0f);
            assertThat(g.variable(j, VariableFeature.TYPE_CONTINUOUS)).isEqualTo(0f);
            assertThat((double) g.variable(j, VariableFeature.OBJECTIVE)).isCloseTo(-1 / R2, within(1e-6));
            assertThat(g.variable(j, VariableFeature.HAS_LOWER_BOUND)).isEqualTo(1f);
            assertThat(g.variable(j, VariableFeature.HAS_UPPER_BOUND)).isEqualTo(1f);
            assertThat((double) g.variable(j, VariableFeature.SOLUTION_VALUE)).isCloseTo(1.25, within(1e-6));
            assertThat((double) g.variable(j, VariableFeature.SOLUTION_FRACTIONALITY)).isCloseTo(0.25, within(1e-6));
            assertThat(g.variable(j, VariableFeature.SOLUTION_AT_LOWER_BOUND)).isEqualTo(0f);
            assertThat(g.variable(j, VariableFeature.BASIS_BASIC)).isEqualTo(1f);
            assertThat(g.variable(j, VariableFeature.BASIS_AT_LOWER) + g.variable(j, VariableFeature.BASIS_AT_UPPER)
                    + g.variable(j, VariableFeature.BASIS_ZERO)).isEqualTo(0f);
            assertThat((double) g.variable(j, VariableFeature.REDUCED_COST)).isCloseTo(0, within(1e-6));
            assertThat(g.variable(j, VariableFeature.AGE)).isEqualTo(0f);
            assertThat(g.variable(j, VariableFeature.INCUMBENT_VALUE)).isEqualTo(0f);
        }
        // constraint 0: cap <= 5, activity 5 (tight), dual -1/2
        assertThat(g.constraintRow()[0]).isEqualTo(0);
        assertThat(g.constraintIsLower()[0]).isFalse();
        assertThat((double) g.constraint(0, ConstraintFeature.BIAS)).isCloseTo(5 / R8, within(1e-6));
        assertThat((double) g.constraint(0, ConstraintFeature.OBJECTIVE_COSINE_SIMILARITY)).isCloseTo(-1, within(1e-6));
        assertThat(g.constraint(0, ConstraintFeature.IS_TIGHT)).isEqualTo(1f);
        assertThat((double) g.constraint(0, ConstraintFeature.DUAL_VALUE)).isCloseTo(-0.5 / (R8 * R2), within(1e-6));
        // constraints 1, 2: the equality's lower side (-x0 + x1 <= 0) and upper side
        assertThat(g.constraintRow()[1]).isEqualTo(1);
        assertThat(g.constraintIsLower()[1]).isTrue();
        assertThat(g.constraintRow()[2]).isEqualTo(1);
        assertThat(g.constraintIsLower()[2]).isFalse();
        assertThat((double) g.constraint(1, ConstraintFeature.OBJECTIVE_COSINE_SIMILARITY)).isCloseTo(0, within(1e-6));
        assertThat(g.constraint(1, ConstraintFeature.IS_TIGHT)).isEqualTo(1f);
        // edges: cap (2/sqrt8 twice), then -(1, -1)/sqrt2, then (1, -1)/sqrt2
        float[] ef = g.edgeFeatures();
        assertThat((double) ef[0]).isCloseTo(2 / R8, within(1e-6));
        assertThat((double) ef[2]).isCloseTo(-1 / R2, within(1e-6));
        assertThat((double) ef[3]).isCloseTo(1 / R2, within(1e-6));
        assertThat((double) ef[4]).isCloseTo(1 / R2, within(1e-6));
        assertThat((double) ef[5]).isCloseTo(-1 / R2, within(1e-6));
        assertThat(g.edgeConstraint()).containsExactly(0, 0, 1, 1, 2, 2);
        assertThat(g.edgeVariable()).containsExactly(0, 1, 0, 1, 0, 1);
    }
}
