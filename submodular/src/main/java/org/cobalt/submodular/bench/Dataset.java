package org.cobalt.submodular.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.cobalt.core.data.SharedData;
import org.cobalt.submodular.data.ClusteredPoints;
import org.cobalt.submodular.data.DataFormatException;
import org.cobalt.submodular.data.EdgeListReader;
import org.cobalt.submodular.data.PowerLawCoverage;
import org.cobalt.submodular.function.CoverageFunction;
import org.cobalt.submodular.function.SetFunction;

/**
 * A named function to run on, from a spec string:
 * <ul>
 *   <li>{@code ego-facebook} or {@code oregon1}: neighbourhood coverage of the SNAP graph in
 *       {@code shared/data/submodular} (read in place);</li>
 *   <li>a path to an edge list ({@code .txt}, {@code .edges}, optionally {@code .gz}): its
 *       neighbourhood coverage;</li>
 *   <li>{@code powerlaw:n=N[,seed=S]}: seeded power-law coverage ({@link PowerLawCoverage#standard});</li>
 *   <li>{@code clusters:n=N[,seed=S]}: seeded exemplar clustering on Gaussian blobs
 *       ({@link ClusteredPoints#standard}).</li>
 * </ul>
 *
 * @param name     short name used in reports
 * @param function the function
 */
public record Dataset(String name, SetFunction function) {

    /** Parses a spec (see the class comment); a {@link DataFormatException} for a malformed one. */
    public static Dataset load(String spec) throws IOException {
        String s = spec.trim();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.equals("ego-facebook") || lower.equals("oregon1")) {
            String file = lower.equals("ego-facebook") ? "submodular/ego-facebook.edges.gz" : "submodular/oregon1-010331.edges.gz";
            Path p = SharedData.resolve(file).orElseThrow(() -> new DataFormatException(spec, 0,
                    "shared/data/" + file + " not found (set -Dcobalt.shared.dir or COBALT_SHARED_DIR)"));
            return new Dataset(lower, CoverageFunction.graphNeighbourhoods(lower, EdgeListReader.read(p)));
        }
        int colon = s.indexOf(':');
        if (colon > 0 && (lower.startsWith("powerlaw:") || lower.startsWith("clusters:"))) {
            Map<String, String> kv = parameters(spec, s.substring(colon + 1));
            int n = intParam(spec, kv, "n", -1);
            long seed = intParam(spec, kv, "seed", 1);
            if (n < 1) {
                throw new DataFormatException(spec, 0, "needs n=<size> >= 1");
            }
            if (lower.startsWith("powerlaw:")) {
                return new Dataset("powerlaw-n" + n + "-s" + seed, PowerLawCoverage.standard(n).generate(seed));
            }
            return new Dataset("clusters-n" + n + "-s" + seed, ClusteredPoints.standard(n).generate(seed));
        }
        Path p = Path.of(s);
        if (!Files.isRegularFile(p)) {
            throw new DataFormatException(spec, 0, "not a known dataset (ego-facebook, oregon1, powerlaw:n=..., clusters:n=...) "
                    + "and not a readable edge-list file");
        }
        String name = p.getFileName().toString().replaceFirst("(\\.edges)?(\\.txt)?(\\.gz)?$", "");
        return new Dataset(name, CoverageFunction.graphNeighbourhoods(name, EdgeListReader.read(p)));
    }

    private static Map<String, String> parameters(String spec, String body) {
        Map<String, String> kv = new LinkedHashMap<>();
        for (String part : body.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new DataFormatException(spec, 0, "expected key=value, got '" + part + "'");
            }
            kv.put(part.substring(0, eq).trim().toLowerCase(Locale.ROOT), part.substring(eq + 1).trim());
        }
        return kv;
    }

    private static int intParam(String spec, Map<String, String> kv, String key, int dflt) {
        String v = kv.get(key);
        if (v == null) {
            return dflt;
        }
        try {
            double d = Double.parseDouble(v);
            if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
                throw new NumberFormatException();
            }
            return (int) d;
        } catch (NumberFormatException e) {
            throw new DataFormatException(spec, 0, key + " must be an integer, got '" + v + "'");
        }
    }
}
