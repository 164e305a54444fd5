package org.cobalt.neural.coco;

import static org.assertj.core.api.Assertions.assertThat;

import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.ObjectiveSense;
import org.cobalt.neural.nn.BipartiteGraph;
import org.junit.jupiter.api.Test;

class MilpFeaturesTest {

    /** max 3a + b + 2c  s.t.  a + b <= 1,  b + 2c >= 1,  a + c = 1, 0 <= a + b + c <= 2 (ranged); y continuous. */
    private static MilpModel model() {
        MilpModel.Builder b = MilpModel.builder("f").sense(ObjectiveSense.MAXIMIZE);
        b.addBinary("a", 3);
        b.addBinary("b", 1);
        b.addBinary("c", 2);
        b.addContinuous("y", 0, 5, 0);
        b.addRow("r0", Double.NEGATIVE_INFINITY, 1, new int[] {0, 1}, new double[] {1, 1});
        b.addRow("r1", 1, Double.POSITIVE_INFINITY, new int[] {1, 2}, new double[] {1, 2});
        b.addRow("r2", 1, 1, new int[] {0, 2}, new double[] {1, 1});
        b.addRow("r3", 0, 2, new int[] {0, 1, 2}, new double[] {1, 1, 1});
        b.addRow("free", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, new int[] {3}, new double[] {1});
        return b.build();
    }

    @Test
    void buildsRowsPlusAnObjectiveNodeWithNormalisedFeatures() {
        BipartiteGraph g = MilpFeatures.graph(model());
        assertThat(g.numConstraints()).as("4 rows (the free one is left out) + objective node").isEqualTo(5);
        assertThat(g.numVariables()).isEqualTo(4);
        assertThat(g.numEdges()).as("9 coefficients + 3 objective edges").isEqualTo(12);
        for (float f : g.variableFeatures()) {
            assertThat(f).isBetween(0f, 1f);
        }
        for (float f : g.constraintFeatures()) {
            assertThat(f).isBetween(0f, 1f);
        }
        // maximisation: cost in minimisation form is -3, -1, -2, 0, so a (largest price) gets feature 0 and y gets 1
        assertThat(g.variableFeatures()[0]).isEqualTo(0f);
        assertThat(g.variableFeatures()[3 * MilpFeatures.VARIABLE_FEATURES]).isEqualTo(1f);
        // binary flag: 1 for a, 0 for y
        assertThat(g.variableFeatures()[5]).isEqualTo(1f);
        assertThat(g.variableFeatures()[3 * MilpFeatures.VARIABLE_FEATURES + 5]).isEqualTo(0f);
        // sense codes 0, 1, 2, 0.5 and 0 for the objective node, scaled by the maximum 2
        float[] c = g.constraintFeatures();
        int d = MilpFeatures.CONSTRAINT_FEATURES;
        assertThat(new float[] {c[3], c[d + 3], c[2 * d + 3], c[3 * d + 3], c[4 * d + 3]}).containsExactly(0f, 0.5f, 1f, 0.25f, 0f);
        // objective edges go to the last constraint node and carry -cost / max|cost|
        int[] ec = g.edgeConstraint();
        assertThat(ec[ec.length - 1]).isEqualTo(4);
        assertThat(g.edgeFeatures()[ec.length - 3]).isEqualTo(-1f);
    }
}
