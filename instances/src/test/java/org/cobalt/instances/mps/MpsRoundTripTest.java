package org.cobalt.instances.mps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.cobalt.core.data.SharedData;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.instances.Instances;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** read -> write -> read gives an equal model, on the shared MIPLIB files and on random models. */
class MpsRoundTripTest {

    static final int RANDOM_MODELS = 600;

    private final MpsReader reader = new MpsReader();
    private final MpsWriter writer = new MpsWriter();

    static List<Path> miplibFiles() throws IOException {
        Optional<Path> dir = SharedData.resolve("milp/miplib3");
        if (dir.isEmpty()) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir.get())) {
            return s.filter(p -> p.getFileName().toString().endsWith(".mps.gz")).sorted().toList();
        }
    }

    private MilpModel read(String text) throws IOException {
        return reader.read(new BufferedReader(new StringReader(text)), "test.mps", "fallback");
    }

    private void assertRoundTrip(MilpModel m) throws IOException {
        String text = writer.toText(m);
        MilpModel back = read(text);
        assertThat(m.firstDifference(back)).as("%s written as%n%s", m, text).isNull();
        assertThat(back).isEqualTo(m);
    }

    @Test
    void miplibAndRandomModelsSurviveWriteAndRead(@TempDir Path tmp) throws IOException {
        List<Path> files = miplibFiles();
        for (Path p : files) {
            MilpModel m = (MilpModel) Instances.read(p);
            assertRoundTrip(m);
            // through the facade: gzip, extension-based format choice, NAME kept over the file stem
            Path out = tmp.resolve(Instances.stem(p) + ".mps.gz");
            Instances.write(m, out);
            assertThat(Instances.read(out)).isEqualTo(m);
        }
        for (long seed = 0; seed < RANDOM_MODELS; seed++) {
            assertRoundTrip(RandomMilpModels.model(seed));
        }
        System.out.println("MPS round trip: " + files.size() + " MIPLIB + " + RANDOM_MODELS + " random models equal");
        if (files.isEmpty()) {
            System.out.println("MPS round trip: shared/data/milp/miplib3 not found, MIPLIB part skipped");
        }
    }

    @Test
    void miplibFilesMatchTheirHeaderCounts() throws IOException {
        List<Path> files = miplibFiles();
        Assumptions.assumeTrue(!files.isEmpty(), "shared/data/milp/miplib3 not found: skipping MIPLIB checks");
        for (Path p : files) {
            MilpModel m = (MilpModel) Instances.read(p);
            Header h = Header.of(p);
            assertThat(m.numRows()).as("rows of %s", p).isEqualTo(h.rows);
            assertThat(m.numVariables()).as("columns of %s", p).isEqualTo(h.columns);
            assertThat(m.numIntegerVariables()).as("integers of %s", p).isEqualTo(h.integers);
            // the headers count nonzeros without the objective; mas76's says 1639 but its COLUMNS hold 1640
            assertThat(m.matrix().nonZeros()).as("nonzeros of %s", p)
                    .isEqualTo(p.getFileName().toString().startsWith("mas76") ? h.nonzeros + 1 : h.nonzeros);
        }
    }

    /** The {@code *ROWS: n} style comment header of the MIPLIB 3 files. */
    private record Header(int rows, int columns, int integers, int nonzeros) {
        static Header of(Path p) throws IOException {
            int[] v = {-1, -1, -1, -1};
            String[] keys = {"*ROWS:", "*COLUMNS:", "*INTEGER:", "*NONZERO:"};
            try (BufferedReader in = Instances.open(p)) {
                for (String s = in.readLine(); s != null && s.startsWith("*"); s = in.readLine()) {
                    for (int k = 0; k < keys.length; k++) {
                        if (s.startsWith(keys[k])) {
                            v[k] = Integer.parseInt(s.substring(keys[k].length()).strip());
                        }
                    }
                }
            }
            return new Header(v[0], v[1], v[2], v[3]);
        }
    }
}
