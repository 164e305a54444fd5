package org.cobalt.bench.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cobalt.core.solver.SolveStatus;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ResultJsonTest {

    static final List<String> FIELDS = List.of("schema", "key", "instance", "file", "family", "size", "sense", "solver",
            "solverVersion", "seed", "timeLimit", "threads", "params", "status", "objective", "bound", "gap", "time", "nodes",
            "lpIterations", "counters", "verified", "verifiedObjective", "violations", "objectiveMatch", "reference",
            "referenceKind", "referenceMatch", "message", "incumbents", "bounds", "machine", "commit", "started",
            "cobaltVersion");

    static ResultRecord sample(double objective, double bound, double gap) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("scip.presolve", "off");
        Map<String, Long> counters = new LinkedHashMap<>();
        counters.put("cuts", 12L);
        return new ResultRecord(ResultRecord.SCHEMA, "p0033.mps.gz#P0033|scip|0", "P0033", "data/p0033.mps.gz", "milp",
                "33 vars x 16 rows", "minimize", "scip", "10.0.0", 0, 60.0, 1, params, SolveStatus.OPTIMAL.name(), objective, bound, gap,
                0.25, 5L, -1L, counters, true, 3089.0, List.of(), true, 3089.0, "optimal", true, "",
                List.of(new double[] {0.1, 3200}, new double[] {0.2, Double.NaN}, new double[] {0.2, 3089}),
                List.of(new double[] {0.05, 2500}), new Machine("host", 2, 2048, "Linux", "jvm"), "abc1234",
                "2026-01-01T00:00:00Z", "0.1.0");
    }

    @Test
    void writesEveryFieldInSchemaOrder() {
        JsonNode node = ResultJson.mapper().readTree(ResultJson.line(sample(3089, 3089, 0)));
        List<String> names = new ArrayList<>();
        Iterator<String> it = node.propertyNames().iterator();
        it.forEachRemaining(names::add);
        assertThat(names).containsExactlyElementsOf(FIELDS);
        assertThat(node.get("schema").intValue()).isEqualTo(1);
        assertThat(node.get("params").get("scip.presolve").asString()).isEqualTo("off");
        assertThat(node.get("machine").get("cores").intValue()).isEqualTo(2);
        assertThat(node.get("incumbents").size()).as("non-finite point dropped").isEqualTo(2);
        assertThat(node.get("incumbents").get(1).get(1).doubleValue()).isEqualTo(3089.0);
        assertThat(node.get("nodes").longValue()).isEqualTo(5);
        assertThat(node.get("lpIterations").isNull()).as("-1 means not reported").isTrue();
    }

    @Test
    void nonFiniteNumbersBecomeNull() {
        String line = ResultJson.line(sample(Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
        assertThat(line).doesNotContain("NaN").doesNotContain("Infinity");
        JsonNode node = ResultJson.mapper().readTree(line);
        assertThat(node.get("objective").isNull()).isTrue();
        assertThat(node.get("bound").isNull()).isTrue();
        assertThat(node.get("gap").isNull()).isTrue();
        assertThat(line).doesNotContain("\n");
    }

    @Test
    void roundTripsAndToleratesUnknownFields() {
        ResultRecord r = sample(3089, 3000, 0.03);
        ResultRecord back = ResultJson.parseRecord(ResultJson.line(r));
        assertThat(back.key()).isEqualTo(r.key());
        assertThat(back.objective()).isEqualTo(3089.0);
        assertThat(back.counters()).containsEntry("cuts", 12L);
        assertThat(back.incumbents()).hasSize(2);
        assertThat(back.machine()).isEqualTo(r.machine());
        assertThat(back.solveStatus()).isEqualTo(SolveStatus.OPTIMAL);
        String newer = ResultJson.line(r).replace("{\"schema\":1,", "{\"schema\":1,\"futureField\":[1,2],");
        assertThat(ResultJson.parseRecord(newer).key()).isEqualTo(r.key());
    }

    @Test
    void outcomeFeedsTheSummary() {
        ResultRecord r = sample(3089, 3089, 0);
        assertThat(r.outcome().status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(r.outcome().timeLimit()).isEqualTo(60.0);
        assertThat(r.outcome().referenceMatch()).isTrue();
    }
}
