package org.cobalt.neural.coco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.ObjectiveSense;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SolutionPoolTest {

    @TempDir
    Path tmp;

    /** {@code n} binaries plus one continuous variable at the end. */
    private static MilpModel model(int n, ObjectiveSense sense) {
        MilpModel.Builder b = MilpModel.builder("m" + n).sense(sense);
        for (int j = 0; j < n; j++) {
            b.addBinary("x" + j, 1.0);
        }
        b.addContinuous("y", 0, 1, 0);
        return b.build();
    }

    @Test
    void sortsBestFirstDropsDuplicatesAndIgnoresNonBinaries() {
        MilpModel m = model(3, ObjectiveSense.MAXIMIZE);
        SolutionPool.Builder b = SolutionPool.builder(m);
        assertThat(b.add(new double[] {1, 0, 0, 0.3}, 1)).isTrue();
        assertThat(b.add(new double[] {1, 1, 0, 0.0}, 2)).isTrue();
        assertThat(b.add(new double[] {1, 0, 0, 0.9}, 1)).as("same binaries").isFalse();
        assertThat(b.add(new double[] {1, 1, 1, 0.0}, 3)).isTrue();
        SolutionPool p = b.build();
        assertThat(p.size()).isEqualTo(3);
        assertThat(p.objective(0)).isEqualTo(3);
        assertThat(p.objective(2)).isEqualTo(1);
        assertThat(p.numBinaries()).isEqualTo(3);
        assertThat(p.values(1)).containsExactly(1, 1, 0, 0);
        assertThat(p.gap(2)).isEqualTo(2.0 / 3.0);
        assertThat(p.withinGap(0.4).size()).isEqualTo(2);
        assertThat(p.limit(1).objective(0)).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 63, 64, 65, 200})
    void roundTripsBitForBit(int n) throws IOException {
        MilpModel m = model(n, ObjectiveSense.MINIMIZE);
        SplittableRandom rng = new SplittableRandom(n);
        SolutionPool.Builder b = SolutionPool.builder(m);
        for (int k = 0; k < 7; k++) {
            double[] x = new double[n + 1];
            for (int j = 0; j < n; j++) {
                x[j] = rng.nextBoolean() ? 1 : 0;
            }
            b.add(x, rng.nextDouble() * 100 - 50);
        }
        SolutionPool p = b.build();
        Path f = tmp.resolve("p" + n + SolutionPoolFile.EXTENSION);
        SolutionPoolFile.write(p, f);
        assertThat(SolutionPoolFile.read(f)).isEqualTo(p);
        assertThat(Files.list(tmp).filter(x -> x.toString().endsWith(".tmp"))).isEmpty();
    }

    @Test
    void reportsBrokenFilesWithTheirName() throws IOException {
        SolutionPool.Builder b = SolutionPool.builder(model(70, ObjectiveSense.MINIMIZE));
        double[] x = new double[71];
        x[5] = 1;
        b.add(x, 4);
        Path f = tmp.resolve("a.pool");
        SolutionPoolFile.write(b.build(), f);
        byte[] bytes = Files.readAllBytes(f);

        Path truncated = tmp.resolve("truncated.pool");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> SolutionPoolFile.read(truncated)).isInstanceOf(PoolFileException.class)
                .hasMessageContaining("truncated.pool");

        Path plain = tmp.resolve("plain.pool");
        Files.writeString(plain, "not a pool");
        assertThatThrownBy(() -> SolutionPoolFile.read(plain)).isInstanceOf(PoolFileException.class).hasMessageContaining("gzip");

        Path wrongMagic = tmp.resolve("magic.pool");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(wrongMagic))) {
            out.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        }
        assertThatThrownBy(() -> SolutionPoolFile.read(wrongMagic)).hasMessageContaining("bad magic");

        assertThatThrownBy(() -> SolutionPoolFile.read(tmp.resolve("none.pool"))).hasMessageContaining("does not exist");
    }

    @Test
    void rejectsUnsortedOrMisshapenSolutions() {
        assertThatThrownBy(() -> new SolutionPool("x", false, 2, new int[] {0, 1}, new long[][] {{1}, {2}}, new double[] {5, 3}))
                .hasMessageContaining("not sorted");
        assertThatThrownBy(() -> new SolutionPool("x", false, 2, new int[] {0, 1}, new long[][] {{1, 2}}, new double[] {5}))
                .hasMessageContaining("words");
    }
}
