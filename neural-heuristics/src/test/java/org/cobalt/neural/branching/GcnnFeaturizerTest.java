package org.cobalt.neural.branching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.milp.bb.BbSettings;
import org.cobalt.milp.bb.CobaltBbSolver;
import org.cobalt.milp.bb.branching.MostFractional;
import org.cobalt.milp.bb.features.ConstraintFeature;
import org.cobalt.milp.bb.features.VariableFeature;
import org.cobalt.milp.bb.spi.BranchingContext;
import org.cobalt.milp.bb.spi.BranchingDecision;
import org.cobalt.milp.bb.spi.BranchingRule;
import org.cobalt.neural.nn.BipartiteBatch;
import org.cobalt.neural.nn.BipartiteGraph;
import org.junit.jupiter.api.Test;

/** The featurizer on real nodes of a tiny set cover, features checked by hand. */
class GcnnFeaturizerTest {

    /** Captures the node graphs a solve offers, then branches like most-fractional. */
    static final class Capture implements BranchingRule {
        final List<org.cobalt.milp.bb.features.BipartiteGraph> graphs = new ArrayList<>();
        final List<double[]> lp = new ArrayList<>();
        private final BranchingRule inner = new MostFractional();

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
            graphs.add(ctx.bipartiteGraph());
            lp.add(ctx.lpSolution().clone());
            return inner.branch(ctx);
        }
    }

    @Test
    void graphIsTheNodesGasseGraphWithoutCopiesAndHandCheckedFeatures() {
        MilpModel m = TinyData.CLASS.generate(3);
        Capture cap = new Capture();
        BbSettings s = TinyData.bb().withPresolve(false).withBranchingRule(cap);
        new CobaltBbSolver(s).solve(m, SolveOptions.builder().seed(1).nodeLimit(5).build(), null);
        assertThat(cap.graphs).as("the instance must branch").isNotEmpty();
        org.cobalt.milp.bb.features.BipartiteGraph node = cap.graphs.getFirst();
        BipartiteGraph g = GcnnFeaturizer.graph(node);

        assertThat(g.numVariables()).isEqualTo(m.numVariables());
        assertThat(g.numConstraints()).isEqualTo(node.numConstraints());
        assertThat(g.variableFeatures()).isSameAs(node.variableFeatures());
        assertThat(g.constraintFeatures()).isSameAs(node.constraintFeatures());
        assertThat(g.edgeFeatures()).isSameAs(node.edgeFeatures());
        assertThat(GcnnFeaturizer.SCHEMA.dimensions()).containsEntry("variable", 19).containsEntry("constraint", 5)
                .containsEntry("edge", 1);

        // set cover: min c.x, sum_{j in row} x_j >= 1, x binary; each row has one (lower) side
        double[] c = m.objectiveCoefficients();
        double cNorm = 0;
        for (double v : c) {
            cNorm += v * v;
        }
        cNorm = Math.sqrt(cNorm);
        int nv = VariableFeature.COUNT;
        double[] x = cap.lp.getFirst();
        for (int j = 0; j < m.numVariables(); j++) {
            assertThat(g.variableFeatures()[j * nv + VariableFeature.TYPE_BINARY.index()]).isEqualTo(1f);
            assertThat(g.variableFeatures()[j * nv + VariableFeature.OBJECTIVE.index()])
                    .isCloseTo((float) (c[j] / cNorm), within(1e-6f));
            assertThat(g.variableFeatures()[j * nv + VariableFeature.SOLUTION_VALUE.index()])
                    .isCloseTo((float) x[j], within(1e-6f));
            double frac = x[j] - Math.floor(x[j]);
            if (frac > 1e-6 && frac < 1 - 1e-6) {
                assertThat(g.variableFeatures()[j * nv + VariableFeature.SOLUTION_FRACTIONALITY.index()])
                        .isCloseTo((float) frac, within(1e-6f));
            }
        }
        assertThat(g.numConstraints()).isEqualTo(m.numRows());
        int[] rowNnz = new int[g.numConstraints()];
        for (int e = 0; e < g.edgeConstraint().length; e++) {
            rowNnz[g.edgeConstraint()[e]]++;
        }
        int nc = ConstraintFeature.COUNT;
        for (int e = 0; e < g.edgeConstraint().length; e++) {
            // "a.x >= 1" is written "-a.x <= -1": coefficient -1 over the row norm sqrt(nnz)
            assertThat(g.edgeFeatures()[e]).isCloseTo((float) (-1 / Math.sqrt(rowNnz[g.edgeConstraint()[e]])),
                    within(1e-6f));
        }
        for (int i = 0; i < g.numConstraints(); i++) {
            assertThat(g.constraintFeatures()[i * nc + ConstraintFeature.BIAS.index()])
                    .isCloseTo((float) (-1 / Math.sqrt(rowNnz[i])), within(1e-6f));
        }

        BipartiteBatch one = GcnnFeaturizer.single(g);
        assertThat(one.variableOffsets()).containsExactly(0, g.numVariables());
        assertThat(one.constraintOffsets()).containsExactly(0, g.numConstraints());
    }
}
