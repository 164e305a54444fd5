package org.cobalt.milp.cuts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.cobalt.core.data.SharedData;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.instances.Instances;

/** The MIPLIB 3 files of {@code shared/data} (read in place) and their {@code .solu} optima. */
final class MiplibFiles {

    private MiplibFiles() {
    }

    /** The instance files, sorted by name; empty when the shared data or the MPS reader is missing. */
    static List<Path> files() {
        Optional<Path> dir = SharedData.resolve("milp/miplib3");
        if (dir.isEmpty() || Instances.format("mps").isEmpty()) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir.get())) {
            return s.filter(p -> p.getFileName().toString().endsWith(".mps.gz")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String name(Path file) {
        return file.getFileName().toString().replace(".mps.gz", "").toLowerCase(Locale.ROOT);
    }

    static MilpModel read(Path file) {
        try {
            return (MilpModel) Instances.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Optimal values by lower-case instance name; empty when the file is missing. */
    static Map<String, Double> optima() {
        Map<String, Double> map = new HashMap<>();
        Optional<Path> solu = SharedData.resolve("milp/miplib3.solu");
        if (solu.isEmpty()) {
            return map;
        }
        try {
            for (String line : Files.readAllLines(solu.get())) {
                String[] t = line.trim().split("\\s+");
                if (t.length == 3 && t[0].equals("=opt=")) {
                    map.put(t[1].toLowerCase(Locale.ROOT), Double.parseDouble(t[2]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
