package org.cobalt.submodular.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cobalt.submodular.dynamic.DynamicAlgorithms;
import org.cobalt.submodular.dynamic.DynamicMaximizer;
import org.cobalt.submodular.dynamic.MaximizerConfig;
import org.cobalt.submodular.function.BudgetAdditive;
import org.cobalt.submodular.oracle.CountingOracle;
import org.cobalt.submodular.util.LiveSet;
import org.junit.jupiter.api.Test;

class WorkloadTest {

    private static List<Update> drain(Workload w, int n, long seed, DynamicMaximizer target) {
        List<Update> out = new ArrayList<>();
        UpdateSource s = w.start(n, seed);
        for (Update u = s.next(target); u != null; u = s.next(target)) {
            out.add(u);
            if (target != null) {
                if (u.insert()) {
                    target.insert(u.element());
                } else {
                    target.delete(u.element());
                }
            }
        }
        return out;
    }

    private static void assertValid(List<Update> updates, int n) {
        LiveSet live = new LiveSet(n);
        for (Update u : updates) {
            if (u.insert()) {
                assertThat(live.contains(u.element())).isFalse();
                live.add(u.element());
            } else {
                assertThat(live.contains(u.element())).isTrue();
                live.remove(u.element());
            }
        }
    }

    @Test
    void insertionOnlyInsertsEveryElementOnceInASeededOrder() {
        List<Update> a = drain(new InsertionOnlyWorkload(), 50, 7, null);
        assertThat(a).hasSize(50).allMatch(Update::insert);
        assertThat(a.stream().map(Update::element).distinct().count()).isEqualTo(50);
        assertThat(drain(new InsertionOnlyWorkload(), 50, 7, null)).isEqualTo(a);
        assertThat(drain(new InsertionOnlyWorkload(), 50, 8, null)).isNotEqualTo(a);
    }

    @Test
    void slidingWindowKeepsAtMostWLiveAndDeletesInArrivalOrder() {
        List<Update> us = drain(new SlidingWindowWorkload(10), 50, 3, null);
        assertValid(us, 50);
        assertThat(us).hasSize(50 + 40);
        List<Integer> arrivals = new ArrayList<>();
        List<Integer> departures = new ArrayList<>();
        int live = 0;
        for (Update u : us) {
            live += u.insert() ? 1 : -1;
            assertThat(live).isLessThanOrEqualTo(10);
            (u.insert() ? arrivals : departures).add(u.element());
        }
        assertThat(departures).isEqualTo(arrivals.subList(0, 40));
        assertThatThrownBy(() -> new SlidingWindowWorkload(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void randomDeletionsOnlyDeleteLiveElements() {
        List<Update> us = drain(new RandomDeletionWorkload(0.4), 200, 5, null);
        assertValid(us, 200);
        long deletions = us.stream().filter(u -> !u.insert()).count();
        assertThat(us.size() - deletions).isEqualTo(200);
        assertThat(deletions).isBetween(60L, 200L);
    }

    @Test
    void adversaryDeletesElementsOfTheCurrentSolution() {
        double[] w = new double[40];
        for (int i = 0; i < w.length; i++) {
            w[i] = 1 + (i % 7);
        }
        BudgetAdditive f = new BudgetAdditive("b", w, 1000);
        DynamicMaximizer target = DynamicAlgorithms.LAZY_GREEDY.create(new CountingOracle(f), new MaximizerConfig(5, 0.2, 1));
        UpdateSource s = new AdversarialDeletionWorkload(0.5).start(40, 9);
        Map<String, Integer> kinds = new HashMap<>();
        for (Update u = s.next(target); u != null; u = s.next(target)) {
            if (!u.insert()) {
                assertThat(target.solution()).contains(u.element());
                target.delete(u.element());
                kinds.merge("delete", 1, Integer::sum);
            } else {
                target.insert(u.element());
                kinds.merge("insert", 1, Integer::sum);
            }
        }
        assertThat(kinds.get("delete")).isEqualTo(20);
        assertThat(kinds.get("insert")).isGreaterThan(40);
    }

    @Test
    void maximizersRejectInvalidUpdates() {
        BudgetAdditive f = new BudgetAdditive("b", new double[] {1, 2, 3}, 10);
        for (DynamicAlgorithms a : DynamicAlgorithms.values()) {
            DynamicMaximizer m = a.create(new CountingOracle(f), new MaximizerConfig(2, 0.2, 1));
            m.insert(1);
            assertThatThrownBy(() -> m.insert(1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> m.delete(2)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> m.insert(3)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> m.insert(-1)).isInstanceOf(IllegalArgumentException.class);
            assertThat(m.liveCount()).isEqualTo(1);
        }
        assertThatThrownBy(() -> DynamicAlgorithms.byId("nope")).hasMessageContaining("lattanzi");
        assertThatThrownBy(() -> new MaximizerConfig(0, 0.2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MaximizerConfig(2, 1.0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
