package org.cobalt.submodular.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.cobalt.submodular.TestInstances;
import org.cobalt.submodular.TestInstances.Family;
import org.cobalt.submodular.dynamic.MaximizerConfig;
import org.cobalt.submodular.function.SetFunction;
import org.cobalt.submodular.oracle.CountingOracle;
import org.cobalt.submodular.oracle.Oracle;
import org.cobalt.submodular.workload.RandomDeletionWorkload;
import org.cobalt.submodular.workload.Update;
import org.cobalt.submodular.workload.UpdateSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The deletion shortcut of {@link StreamingMaximizer} (skip the re-run when the deleted element
 * never changed the state) must give exactly the state of a fresh run over the live elements in
 * arrival order.
 */
class StreamingShortcutTest {

    static Stream<Arguments> cases() {
        List<BiFunction<Oracle, MaximizerConfig, StreamingMaximizer>> makers = List.of(SieveStreaming::new,
                SieveStreamingPlusPlus::new);
        return makers.stream().flatMap(mk -> Stream.of(Family.values()).map(f -> Arguments.of(mk, f)));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("cases")
    void afterEveryDeletionTheStateEqualsAFreshStream(BiFunction<Oracle, MaximizerConfig, StreamingMaximizer> maker,
                                                      Family family) {
        for (long seed = 1; seed <= 5; seed++) {
            SetFunction f = TestInstances.small(family, 40, seed);
            MaximizerConfig cfg = new MaximizerConfig(4, 0.2, seed);
            StreamingMaximizer m = maker.apply(new CountingOracle(f), cfg);
            List<Integer> arrival = new ArrayList<>();
            UpdateSource src = new RandomDeletionWorkload(0.4).start(f.groundSize(), seed);
            for (Update u = src.next(m); u != null; u = src.next(m)) {
                if (u.insert()) {
                    m.insert(u.element());
                    arrival.add(u.element());
                } else {
                    m.delete(u.element());
                    arrival.remove(Integer.valueOf(u.element()));
                    StreamingMaximizer fresh = maker.apply(new CountingOracle(f), cfg);
                    for (int e : arrival) {
                        fresh.insert(e);
                    }
                    assertThat(m.solution()).as("solution after deleting %d", u.element()).containsExactly(fresh.solution());
                    assertThat(m.value()).isEqualTo(fresh.value());
                }
            }
            assertThat(m.restreams()).isLessThanOrEqualTo(arrival.size() + 40);
        }
    }
}
