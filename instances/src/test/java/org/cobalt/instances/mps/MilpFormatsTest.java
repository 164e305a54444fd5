package org.cobalt.instances.mps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.scheduling.SingleMachineProblem;
import org.cobalt.instances.Instances;
import org.cobalt.instances.lp.LpFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MPS and LP formats through the {@link Instances} facade. */
class MilpFormatsTest {

    private static MilpModel small() {
        MilpModel.Builder b = MilpModel.builder("small");
        int x = b.addBinary("x", 1);
        b.addRow("c", 1, Double.POSITIVE_INFINITY, new int[] {x}, new double[] {1});
        return b.build();
    }

    @Test
    void formatsAreRegisteredWithTheirExtensions() {
        assertThat(Instances.format("mps")).get().isInstanceOf(MpsFormat.class);
        assertThat(Instances.format("lp")).get().isInstanceOf(LpFormat.class);
        assertThat(Instances.format("mps").orElseThrow().extensions()).contains("mps", "fmps");
        assertThat(Instances.format("lp").orElseThrow().extensions()).containsExactly("lp");
    }

    @Test
    void writesAndReadsByExtensionAndDetectsContentWithoutOne(@TempDir Path tmp) throws IOException {
        MilpModel m = small();
        for (String file : new String[] {"a.mps", "a.mps.gz", "a.fmps", "a.lp", "a.lp.gz"}) {
            Path p = tmp.resolve(file);
            Instances.write(m, p);
            assertThat(Instances.read(p)).as(file).isEqualTo(m);
        }
        Files.copy(tmp.resolve("a.mps"), tmp.resolve("mps-without-extension"));
        Files.copy(tmp.resolve("a.lp"), tmp.resolve("lp-without-extension"));
        assertThat(Instances.detect(tmp.resolve("mps-without-extension")).id()).isEqualTo("mps");
        assertThat(Instances.detect(tmp.resolve("lp-without-extension")).id()).isEqualTo("lp");
        assertThat(Instances.read(tmp.resolve("lp-without-extension"))).isEqualTo(m);
    }

    @Test
    void probesAreConservative() {
        MpsFormat mps = new MpsFormat();
        LpFormat lp = new LpFormat();
        assertThat(mps.probe("* comment\nNAME x\nROWS\n N obj\nCOLUMNS\n")).isTrue();
        assertThat(mps.probe("NAME x\nTYPE : TSP\n")).isFalse();
        assertThat(mps.probe("")).isFalse();
        assertThat(lp.probe("\\ comment\n\nMaximize\n obj: x\n")).isTrue();
        assertThat(lp.probe("Subject To\n c: x >= 1\n")).isTrue();
        assertThat(lp.probe("NAME x\nROWS\n")).isFalse();
        assertThat(lp.probe("subjective\n")).isFalse();
    }

    @Test
    void writersRefuseOtherProblemsAndExplainUnwritableModels(@TempDir Path tmp) {
        MilpModel.Builder b = MilpModel.builder("bad");
        b.addContinuous("1st", 0, 1, 0);
        MilpModel m = b.build();
        assertThatThrownBy(() -> Instances.write(m, tmp.resolve("bad.lp"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'1st'");
        SingleMachineProblem other = new SingleMachineProblem("s", new int[] {1}, new int[] {1}, null);
        assertThat(new LpFormat().canWrite(other)).isFalse();
        assertThat(new MpsFormat().canWrite(other)).isFalse();
        assertThatThrownBy(() -> new MpsFormat().write(other, new java.io.StringWriter()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scheduling");
    }
}
