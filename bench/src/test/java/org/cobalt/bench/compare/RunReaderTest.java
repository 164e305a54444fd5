package org.cobalt.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cobalt.instances.InstanceFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunReaderTest {

    @Test
    void readsRecordsAndSkipsATornLastLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("r.jsonl");
        Files.writeString(f, """
                {"key":"m/p0033.mps.gz#p0033|scip|0","instance":"p0033","family":"milp","solver":"scip","seed":0,"status":"OPTIMAL","objective":3089.0,"bound":3089.0,"time":0.2,"timeLimit":30,"nodes":3,"verified":true,"referenceMatch":true,"reference":3089,"referenceKind":"optimal","incumbents":[[0.1,3200.5],[0.2,3089.0]]}

                {"key":"m/p0033.mps.gz#p0033|cbc|0","instance":"p0033","family":"milp","solver":"cbc","seed":0,"status":"ERROR","objective":null,"time":1.5,"message":"boom"}
                {"key":"m/p0033.mps.gz#p0033|ojalgo|0","instance":"p0
                """);
        List<Run> runs = new RunReader().read(List.of(f));
        assertThat(runs).hasSize(2);
        Run scip = runs.get(0);
        assertThat(scip.problemId()).isEqualTo("m/p0033.mps.gz#p0033");
        assertThat(scip.solved()).isTrue();
        assertThat(scip.incumbentValues()).containsExactly(3200.5, 3089.0);
        assertThat(runs.get(1).objective()).isNaN();
        assertThat(runs.get(1).nodes()).isEqualTo(-1);
    }

    @Test
    void malformedLineInTheMiddleIsAnErrorWithFileAndLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("r.jsonl");
        Files.writeString(f, "{\"solver\":\"a\",\"instance\":\"x\"}\nnot json\n{\"solver\":\"a\",\"instance\":\"y\"}\n");
        assertThatThrownBy(() -> new RunReader().read(List.of(f))).isInstanceOf(InstanceFormatException.class)
                .hasMessageContaining("r.jsonl:2:");
    }
}
