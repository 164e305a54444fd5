package org.cobalt.neural.coco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cobalt.core.milp.MilpModel;
import org.junit.jupiter.api.Test;

class InstanceClassTest {

    @Test
    void parsesClassesWithAndWithoutSizes() {
        MilpModel sc = InstanceClass.parse("sc20x40").instance(7);
        assertThat(sc.name()).isEqualTo("sc20x40-7");
        assertThat(sc.numVariables()).isEqualTo(40);
        assertThat(sc.numRows()).isEqualTo(20);
        assertThat(InstanceClass.parse("CA").instance(1).numVariables()).isEqualTo(500);
        assertThat(InstanceClass.parse("is30x2").instance(3).numVariables()).isEqualTo(30);
        assertThat(InstanceClass.parse("sc20x40").instance(7)).isEqualTo(sc);
        assertThat(InstanceClass.parse("sc20x40").seedOf("sc20x40-7")).isEqualTo(7);
        assertThatThrownBy(() -> InstanceClass.parse("tsp")).hasMessageContaining("sc, ca or is");
        assertThatThrownBy(() -> InstanceClass.parse("sc").seedOf("ca-3")).hasMessageContaining("not an instance");
    }

    @Test
    void splitsNeverShareSeeds() {
        assertThat(Split.TRAIN.seed(Split.MAX_COUNT - 1)).isLessThan(Split.VALID.seed(0));
        assertThat(Split.VALID.seed(Split.MAX_COUNT - 1)).isLessThan(Split.TEST.seed(0));
        assertThatThrownBy(() -> Split.TEST.seed(Split.MAX_COUNT)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Split.parse("Valid")).isEqualTo(Split.VALID);
    }
}
