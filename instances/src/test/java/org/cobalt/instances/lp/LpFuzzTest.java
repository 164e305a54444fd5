package org.cobalt.instances.lp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.instances.Instances;
import org.cobalt.instances.mps.RandomMilpModels;
import org.cobalt.instances.mps.ReaderFuzz;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mutated LP files: the reader gives a model or an InstanceFormatException, nothing else. */
class LpFuzzTest {

    static final int COPIES = 10_000;
    private static final List<String> SMALL_MIPLIB = List.of("p0033", "flugpl", "enigma");

    @Test
    void mutatedFilesGiveAModelOrATypedError(@TempDir Path tmp) throws IOException {
        LpWriter writer = new LpWriter();
        List<String> seeds = new ArrayList<>();
        for (Path p : LpRoundTripTest.miplibFiles()) {
            if (SMALL_MIPLIB.contains(Instances.stem(p))) {
                seeds.add(writer.toText(LpNames.legalize((MilpModel) Instances.read(p))));
            }
        }
        for (long s = 0; s < 12; s++) {
            seeds.add(writer.toText(RandomMilpModels.model(2000 + s)));
        }
        LpReader reader = new LpReader();
        ReaderFuzz.Counts c = ReaderFuzz.run(seeds, COPIES, 43, text -> reader.read(
                        new BufferedReader(new StringReader(text)), "fuzz.lp", "fuzz"),
                m -> writer.whyNot(m) == null ? writer.toText(m) : null, tmp, "lp",
                "Minimize", "Maximize", "Subject To", "st", "Bounds", "Generals", "Binaries", "End", "Semi-continuous",
                "SOS", " x0 free", " -inf <= x0 <= 3", " c: x0 >= -inf", " c2: 1 <= x0 <= 0", "\\Problem name: p",
                " x0 <= -1e30", " obj: 2 x0 + 3", "General\n x0");
        System.out.println("LP fuzz: " + c + " (" + seeds.size() + " seed files)");
        assertThat(c.parsed() + c.rejected() + c.gzipCopies()).isEqualTo(COPIES);
        assertThat(c.rejected()).as("the mutations must break many files").isGreaterThan(COPIES / 10);
        assertThat(c.parsed()).as("and leave some readable").isGreaterThan(COPIES / 20);
    }
}
