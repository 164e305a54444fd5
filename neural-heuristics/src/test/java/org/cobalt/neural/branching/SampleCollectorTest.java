package org.cobalt.neural.branching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data set is the same seed prefix whatever the threads, and a rerun resumes from the ledger. */
class SampleCollectorTest {

    @TempDir
    Path dir;

    @Test
    void sameDataSetWithOneOrTwoThreadsAndResumes() throws IOException {
        CollectReport one = TinyData.collector().collect(TinyData.settings(12, 1), dir.resolve("one"));
        CollectReport two = TinyData.collector().collect(TinyData.settings(12, 2), dir.resolve("two"));
        assertThat(one.samples()).isGreaterThanOrEqualTo(12);
        assertThat(two.samples()).isEqualTo(one.samples());
        assertThat(two.lastSeed()).isEqualTo(one.lastSeed());
        List<String> ledger = Files.readAllLines(dir.resolve("one").resolve(SampleCollector.LEDGER));
        assertThat(ledger).hasSize((int) one.instances());
        List<ImitationSample> a = ImitationData.load(dir.resolve("one"), Long.MAX_VALUE);
        List<ImitationSample> b = ImitationData.load(dir.resolve("two"), Long.MAX_VALUE);
        assertThat(b).hasSameSizeAs(a);
        for (int i = 0; i < a.size(); i++) {
            assertThat(b.get(i).candidates()).containsExactly(a.get(i).candidates());
            assertThat(b.get(i).expert()).isEqualTo(a.get(i).expert());
            assertThat(b.get(i).graph().variableFeatures()).containsExactly(a.get(i).graph().variableFeatures());
        }
        CollectReport again = TinyData.collector().collect(TinyData.settings(12, 1), dir.resolve("one"));
        assertThat(again.resumed()).isEqualTo(one.instances());
        assertThat(again.samples()).isEqualTo(one.samples());
    }

    @Test
    void badSettingsAreRejectedWithTheValues() {
        assertThatThrownBy(() -> new CollectSettings(TinyData.CLASS, 0, 10, 5, 1.5, "pscost", 0, 10, 10, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("probability 1.5");
        assertThatThrownBy(() -> new CollectSettings(TinyData.CLASS, 0, 10, 5, 0.5, "nosuchrule", 0, 10, 10, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nosuchrule");
        assertThatThrownBy(() -> InstanceClass.parse("setcover:12")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("setcover[:ROWSxCOLS");
        assertThat(InstanceClass.parse("setcover:40x80").id()).isEqualTo("setcover-40x80");
        assertThat(InstanceClass.parse("setcover")).isEqualTo(SetCoverClass.ECOLE_DEFAULT);
    }
}
