package org.cobalt.milp.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Four solves on four threads give what four sequential solves give. */
class ReferenceParallelTest {

    static List<MilpModel> models(String id) {
        List<MilpModel> list = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            MilpModel m = TestModels.setCover(40 + 10 * k, 80 + 10 * k, 0.06, 100 + k);
            list.add(id.equals("glop") ? ReferenceLimitsTest.relax(m) : m);
        }
        return list;
    }

    @ParameterizedTest
    @ValueSource(strings = {"scip", "cbc", "glop", "ojalgo"})
    void parallelSolvesMatchSequentialOnes(String id) throws Exception {
        List<MilpModel> models = models(id);
        List<SolveResult> sequential = new ArrayList<>();
        for (MilpModel m : models) {
            sequential.add(ReferenceStatusTest.solver(id).solve(m, SolveOptions.DEFAULT));
        }
        ReferenceMilpSolver shared = ReferenceStatusTest.solver(id);
        List<Future<SolveResult>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (MilpModel m : models) {
                futures.add(pool.submit(() -> shared.solve(m, SolveOptions.DEFAULT)));
            }
            for (int k = 0; k < models.size(); k++) {
                SolveResult p = futures.get(k).get();
                SolveResult s = sequential.get(k);
                assertThat(p.status()).as(p.message()).isEqualTo(s.status());
                assertThat(p.objective()).isEqualTo(s.objective());
                ReferenceStatusTest.assertHonest(models.get(k), p);
            }
        }
    }
}
