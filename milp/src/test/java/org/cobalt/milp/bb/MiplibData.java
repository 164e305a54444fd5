package org.cobalt.milp.bb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cobalt.core.data.SharedData;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.instances.Instances;

/** MIPLIB 3 files of {@code shared/data} (read in place) and their {@code .solu} optima. */
final class MiplibData {

    private MiplibData() {
    }

    /** The file of an instance, if the shared data is there. */
    static Optional<Path> file(String name) {
        return SharedData.resolve("milp/miplib3/" + name + ".mps.gz").filter(Files::exists)
                .filter(p -> Instances.format("mps").isPresent());
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
