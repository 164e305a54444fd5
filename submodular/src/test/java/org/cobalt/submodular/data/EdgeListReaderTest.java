package org.cobalt.submodular.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.cobalt.core.data.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class EdgeListReaderTest {

    private static Graph read(String text) throws IOException {
        return EdgeListReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test");
    }

    @Test
    void readsCommentsSelfLoopsAndDuplicates() throws IOException {
        Graph g = read("# header\n0 1\n1 0\n1 2\n\n2 2\n% other comment\n0\t2\n");
        assertThat(g.nodeCount()).isEqualTo(3);
        assertThat(g.edgeCount()).isEqualTo(3);
        assertThat(g.neighbours(1)).containsExactly(0, 2);
        assertThat(g.degree(2)).isEqualTo(2);
    }

    @Test
    void remapsNonContiguousIdsInOrder() throws IOException {
        Graph g = read("10 30\n30 20\n");
        assertThat(g.nodeCount()).isEqualTo(3);
        assertThat(g.neighbours(2)).containsExactly(0, 1);
    }

    @Test
    void readsGzip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write("0 1\n1 2\n".getBytes(StandardCharsets.UTF_8));
        }
        Graph g = EdgeListReader.read(new ByteArrayInputStream(bytes.toByteArray()), "gz");
        assertThat(g.edgeCount()).isEqualTo(2);
    }

    @Test
    void badLinesAreTypedErrorsWithLineNumbers() {
        assertThatThrownBy(() -> read("0 1\n1 x\n")).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("test:2").hasMessageContaining("not an integer");
        assertThatThrownBy(() -> read("0 1\n5\n")).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("test:2");
        assertThatThrownBy(() -> read("-1 2\n")).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("out of range");
        assertThatThrownBy(() -> read("1 2 3 4\n")).isInstanceOf(DataFormatException.class);
        assertThatThrownBy(() -> read("99999999999 2\n")).isInstanceOf(DataFormatException.class);
    }

    @Test
    void egoFacebookHasTheDocumentedSize() throws IOException {
        Optional<Path> p = SharedData.resolve("submodular/ego-facebook.edges.gz");
        Assumptions.assumeTrue(p.isPresent(), "shared/data/submodular/ego-facebook.edges.gz not found; skipping");
        Graph g = EdgeListReader.read(p.get());
        assertThat(g.nodeCount()).isEqualTo(4039);
        assertThat(g.edgeCount()).isEqualTo(88234);
    }

    @Test
    void syntheticGeneratorsAreSeeded() {
        assertThat(PowerLawCoverage.standard(500).generate(3).evaluate(new int[] {1, 2, 3}))
                .isEqualTo(PowerLawCoverage.standard(500).generate(3).evaluate(new int[] {1, 2, 3}));
        assertThat(ClusteredPoints.standard(100).generate(5).point(7))
                .containsExactly(ClusteredPoints.standard(100).generate(5).point(7));
        assertThatThrownBy(() -> new PowerLawCoverage(10, 10, 1.0, 1, 5, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
