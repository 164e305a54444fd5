package org.cobalt.instances.lp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.cobalt.instances.mps.RandomMilpModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * read -> write -> read gives an equal model. MIPLIB files whose names LP cannot carry (leading
 * digits, {@code E1}-like names, {@code ...}) are refused by the writer with a message naming them and
 * round-trip after the explicit {@link LpNames#legalize}.
 */
class LpRoundTripTest {

    static final int RANDOM_MODELS = 600;

    private final LpReader reader = new LpReader();
    private final LpWriter writer = new LpWriter();

    private MilpModel read(String text) throws IOException {
        return reader.read(new BufferedReader(new StringReader(text)), "test.lp", "fallback");
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
        int direct = 0;
        int legalized = 0;
        for (Path p : files) {
            MilpModel m = (MilpModel) Instances.read(p);
            MilpModel legal = LpNames.legalize(m);
            if (legal == m) {
                assertRoundTrip(m);
                Path out = tmp.resolve(Instances.stem(p) + ".lp.gz");
                Instances.write(m, out);
                assertThat(Instances.read(out)).isEqualTo(m);
                direct++;
            } else {
                assertThatThrownBy(() -> writer.toText(m)).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("the LP format cannot carry").hasMessageContaining("LpNames.legalize");
                assertRoundTrip(legal);
                assertThat(legal.numVariables()).isEqualTo(m.numVariables());
                assertThat(legal.objectiveCoefficients()).isEqualTo(m.objectiveCoefficients());
                assertThat(legal.matrix()).isEqualTo(m.matrix());
                legalized++;
            }
        }
        for (long seed = 0; seed < RANDOM_MODELS; seed++) {
            assertRoundTrip(RandomMilpModels.model(seed));
        }
        System.out.println("LP round trip: " + direct + " MIPLIB direct + " + legalized
                + " MIPLIB after LpNames.legalize (writer refuses their names) + " + RANDOM_MODELS + " random models equal");
        if (files.isEmpty()) {
            System.out.println("LP round trip: shared/data/milp/miplib3 not found, MIPLIB part skipped");
        }
    }

    static List<Path> miplibFiles() throws IOException {
        Optional<Path> dir = SharedData.resolve("milp/miplib3");
        if (dir.isEmpty()) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir.get())) {
            return s.filter(p -> p.getFileName().toString().endsWith(".mps.gz")).sorted().toList();
        }
    }
}
