package org.cobalt.bench.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsFileTest {

    @TempDir
    Path dir;

    private static ResultRecord rec(String key, String status) {
        ResultRecord s = ResultJsonTest.sample(1, 1, 0);
        return new ResultRecord(s.schema(), key, s.instance(), s.file(), s.family(), s.size(), s.sense(), s.solver(),
                s.solverVersion(), s.seed(), s.timeLimit(), s.threads(), s.params(), status, s.objective(), s.bound(),
                s.gap(), s.time(), s.nodes(), s.lpIterations(), s.counters(), s.verified(), s.verifiedObjective(),
                s.violations(), s.objectiveMatch(), s.reference(), s.referenceKind(), s.referenceMatch(), s.message(),
                s.incumbents(), s.bounds(), s.machine(), s.commit(), s.started(), s.cobaltVersion());
    }

    @Test
    void createsFileAndFoldersAndAppendsWholeLines() throws IOException {
        Path f = dir.resolve("a/b/results.jsonl");
        List<String> warnings = new ArrayList<>();
        try (ResultsFile r = ResultsFile.open(f, warnings::add)) {
            assertThat(r.existing()).isEmpty();
            r.append(rec("k1", "OPTIMAL"));
            r.append(rec("k2", "ERROR"));
        }
        List<String> lines = Files.readAllLines(f);
        assertThat(lines).hasSize(2);
        assertThat(Files.readString(f)).endsWith("}\n");
        try (ResultsFile r = ResultsFile.open(f, warnings::add)) {
            assertThat(r.existing()).extracting(ResultRecord::key).containsExactly("k1", "k2");
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    void dropsATornLastLineAndKeepsEveryFinishedOne() throws IOException {
        Path f = dir.resolve("r.jsonl");
        String l1 = ResultJson.line(rec("k1", "OPTIMAL"));
        String l2 = ResultJson.line(rec("k2", "FEASIBLE"));
        String torn = ResultJson.line(rec("k3", "OPTIMAL")).substring(0, 57);
        Files.writeString(f, l1 + "\n" + l2 + "\n" + torn);
        List<String> warnings = new ArrayList<>();
        try (ResultsFile r = ResultsFile.open(f, warnings::add)) {
            assertThat(r.existing()).extracting(ResultRecord::key).containsExactly("k1", "k2");
            r.append(rec("k3", "OPTIMAL"));
        }
        assertThat(warnings).singleElement().asString().contains(":3: dropped an incomplete last line (57 bytes");
        assertThat(Files.readAllLines(f)).hasSize(3).allSatisfy(l -> assertThat(ResultJson.parseRecord(l)).isNotNull());
    }

    @Test
    void completesALastLineThatOnlyLacksItsNewline() throws IOException {
        Path f = dir.resolve("r.jsonl");
        Files.writeString(f, ResultJson.line(rec("k1", "OPTIMAL")) + "\n" + ResultJson.line(rec("k2", "OPTIMAL")));
        List<String> warnings = new ArrayList<>();
        try (ResultsFile r = ResultsFile.open(f, warnings::add)) {
            assertThat(r.existing()).extracting(ResultRecord::key).containsExactly("k1", "k2");
            r.append(rec("k3", "OPTIMAL"));
        }
        assertThat(warnings).singleElement().asString().contains("completed it");
        assertThat(Files.readAllLines(f)).extracting(l -> ResultJson.parseRecord(l).key()).containsExactly("k1", "k2", "k3");
    }

    @Test
    void skipsUnreadableCompleteLinesWithAWarningButKeepsThem() throws IOException {
        Path f = dir.resolve("r.jsonl");
        String content = ResultJson.line(rec("k1", "OPTIMAL")) + "\nnot json\n\n" + ResultJson.line(rec("k2", "ERROR")) + "\n";
        Files.writeString(f, content);
        List<String> warnings = new ArrayList<>();
        try (ResultsFile r = ResultsFile.open(f, warnings::add)) {
            assertThat(r.existing()).extracting(ResultRecord::key).containsExactly("k1", "k2");
        }
        assertThat(warnings).singleElement().asString().contains("r.jsonl:2: not a result record");
        assertThat(Files.readString(f)).isEqualTo(content);
    }

    @Test
    void laterLinesForAKeySupersedeEarlierOnes() throws IOException {
        Path f = dir.resolve("r.jsonl");
        Files.writeString(f, ResultJson.line(rec("k1", "ERROR")) + "\n" + ResultJson.line(rec("k1", "OPTIMAL")) + "\n");
        try (ResultsFile r = ResultsFile.open(f, w -> { })) {
            assertThat(r.existingByKey()).hasSize(1);
            assertThat(r.existingByKey().get("k1").status()).isEqualTo("OPTIMAL");
        }
    }

    @Test
    void refusesASecondWriterAndAppendsAfterClose() throws IOException {
        Path f = dir.resolve("r.jsonl");
        ResultsFile r = ResultsFile.open(f, w -> { });
        assertThatThrownBy(() -> ResultsFile.open(f, w -> { })).isInstanceOf(ResultsFileLockedException.class)
                .hasMessageContaining("use another --out");
        r.close();
        assertThat(r.isClosed()).isTrue();
        assertThatThrownBy(() -> r.append(rec("k", "OPTIMAL"))).isInstanceOf(IOException.class);
        try (ResultsFile again = ResultsFile.open(f, w -> { })) {
            assertThat(again.existing()).isEmpty();
        }
    }
}
