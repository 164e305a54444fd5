package org.cobalt.instances.mps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.instances.Instances;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mutated MPS files: the reader gives a model or an InstanceFormatException, nothing else. */
class MpsFuzzTest {

    static final int COPIES = 10_000;
    private static final List<String> SMALL_MIPLIB = List.of("p0033", "flugpl", "enigma");

    /** Seed texts: small shared MIPLIB files as they are (fixed MPS) plus generated models written as free MPS. */
    static List<String> seeds() throws IOException {
        List<String> seeds = new ArrayList<>();
        for (Path p : MpsRoundTripTest.miplibFiles()) {
            if (SMALL_MIPLIB.contains(Instances.stem(p))) {
                try (BufferedReader in = Instances.open(p)) {
                    seeds.add(in.lines().collect(Collectors.joining("\n", "", "\n")));
                }
            }
        }
        MpsWriter w = new MpsWriter();
        for (long s = 0; s < 12; s++) {
            seeds.add(w.toText(RandomMilpModels.model(1000 + s)));
        }
        return seeds;
    }

    @Test
    void mutatedFilesGiveAModelOrATypedError(@TempDir Path tmp) throws IOException {
        MpsReader reader = new MpsReader();
        MpsWriter writer = new MpsWriter();
        List<String> seeds = seeds();
        ReaderFuzz.Counts c = ReaderFuzz.run(seeds, COPIES, 42, text -> reader.read(
                        new BufferedReader(new StringReader(text)), "fuzz.mps", "fuzz"),
                m -> writer.whyNot(m) == null ? writer.toText(m) : null, tmp, "mps",
                "NAME", "ROWS", "COLUMNS", "RHS", "RANGES", "BOUNDS", "ENDATA", "OBJSENSE", "OBJSENSE MAX", "    MAX",
                "OBJNAME", " N  obj2", " E  r", "    M  'MARKER'  'INTORG'", "    M  'MARKER'  'INTEND'",
                " UP BND x0 -1", " SC BND x0 1", " FR BND x0", "SOS", "RANGES\n    RNG  r0  1e30");
        System.out.println("MPS fuzz: " + c + " (" + seeds.size() + " seed files)");
        assertThat(c.parsed() + c.rejected() + c.gzipCopies()).isEqualTo(COPIES);
        assertThat(c.rejected()).as("the mutations must break many files").isGreaterThan(COPIES / 10);
        assertThat(c.parsed()).as("and leave some readable").isGreaterThan(COPIES / 20);
    }

    @Test
    void everySeedIsValid() throws IOException {
        List<String> seeds = seeds();
        assertThat(seeds).hasSizeGreaterThanOrEqualTo(12);
        for (String s : seeds) {
            MilpModel m = new MpsReader().read(new BufferedReader(new StringReader(s)), "seed", "seed");
            assertThat(m.name()).isNotEmpty();
        }
    }
}
