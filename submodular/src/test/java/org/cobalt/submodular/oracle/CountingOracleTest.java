package org.cobalt.submodular.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.cobalt.submodular.function.BudgetAdditive;
import org.junit.jupiter.api.Test;

class CountingOracleTest {

    private final BudgetAdditive f = new BudgetAdditive("b", new double[] {1, 2, 3, 4}, 100);

    @Test
    void everyQueryCountsOnce() {
        CountingOracle o = new CountingOracle(f);
        OracleState s = o.newState();
        assertThat(o.calls()).isZero();
        assertThat(s.gain(1)).isEqualTo(2.0);
        assertThat(o.calls()).isEqualTo(1);
        s.add(1); // known from the gain just queried
        assertThat(o.calls()).isEqualTo(1);
        s.add(2); // not known
        assertThat(o.calls()).isEqualTo(2);
        s.gain(0);
        s.gain(3);
        s.add(0); // the last query was for 3, so this one is new
        assertThat(o.calls()).isEqualTo(5);
        assertThat(s.value()).isEqualTo(6.0);
        assertThat(o.calls()).isEqualTo(5);
        s.resetTo(new int[] {3, 0});
        assertThat(o.calls()).isEqualTo(6);
        assertThat(s.value()).isEqualTo(5.0);
        s.resetTo(new int[0]);
        assertThat(o.calls()).isEqualTo(6);
        assertThat(o.singleton(2)).isEqualTo(3.0);
        assertThat(o.evaluate(new int[] {0, 1})).isEqualTo(3.0);
        assertThat(o.evaluate(new int[0])).isZero();
        assertThat(o.calls()).isEqualTo(8);
    }

    @Test
    void statesAreIndependentButShareTheCounter() {
        CountingOracle o = new CountingOracle(f);
        OracleState a = o.newState();
        OracleState b = o.newState();
        a.add(3);
        assertThat(b.value()).isZero();
        b.gain(3);
        assertThat(o.calls()).isEqualTo(2);
    }

    @Test
    void theOracleExposesNoWayToTheFunction() {
        // algorithms only get the Oracle interface: it has no accessor returning the function or a raw state
        assertThat(Arrays.stream(Oracle.class.getMethods()).map(m -> m.getReturnType().getName()))
                .noneMatch(t -> t.startsWith("org.cobalt.submodular.function"));
        assertThat(Arrays.stream(OracleState.class.getMethods()).map(m -> m.getReturnType().getName()))
                .noneMatch(t -> t.startsWith("org.cobalt.submodular.function"));
    }
}
