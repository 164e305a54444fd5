package org.cobalt.bench.batch;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.cobalt.bench.reference.Reference;
import org.cobalt.bench.reference.ReferenceValues;
import org.cobalt.instances.Instances;

/**
 * Finds the reference value of an instance: from {@code --optima} when given; otherwise from the
 * JSON-lines instance file itself (its {@code optimum} fields), then from {@code *.solu},
 * {@code optima.csv} and {@code bks.csv} beside the file or in its parent folder. Lookups try the
 * instance name, then the file stem, each exactly and then ignoring case.
 */
public final class ReferenceLookup {

    private final ReferenceValues explicit;
    private final Consumer<String> warnings;
    private final Map<Path, ReferenceValues> byFolder = new HashMap<>();
    private final Map<Path, ReferenceValues> byFile = new HashMap<>();

    /**
     * @param explicit references from {@code --optima}, or null to discover them beside the instances
     * @param warnings receives notes about reference files that cannot be read
     */
    public ReferenceLookup(ReferenceValues explicit, Consumer<String> warnings) {
        this.explicit = explicit;
        this.warnings = warnings;
    }

    /** The reference for an instance, if one is known. */
    public synchronized Optional<Reference> find(Path file, String instance) {
        String stem = Instances.stem(file);
        if (explicit != null) {
            return explicit.find(instance, stem);
        }
        return forFile(file).find(instance, stem);
    }

    private ReferenceValues forFile(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return byFile.computeIfAbsent(abs, f -> {
            ReferenceValues own = ReferenceValues.empty();
            String ext = Instances.extension(f);
            if (ext.equals("jsonl") || ext.equals("ndjson")) {
                try {
                    own = ReferenceValues.read(f);
                } catch (java.io.IOException e) {
                    warnings.accept("no references from " + f + ": " + e.getMessage());
                }
            }
            Path dir = f.getParent();
            ReferenceValues around = dir == null ? ReferenceValues.empty()
                    : byFolder.computeIfAbsent(dir, d -> ReferenceValues.discover(d, warnings));
            return own.withFallback(around);
        });
    }
}
