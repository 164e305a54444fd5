package org.cobalt.bench.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cobalt.core.problem.Problem;
import org.cobalt.instances.InstanceFormatException;
import org.cobalt.instances.Instances;

/**
 * An instance named on the command line: {@code FILE}, or {@code FILE#NAME} / {@code FILE#INDEX} to
 * pick one instance of a file that holds several. A selector is matched against instance names
 * first; failing that, a number is a 1-based position in the file.
 *
 * @param file     the instance file
 * @param selector name or 1-based index, or null for a single-instance file
 */
public record InstanceRef(Path file, String selector) {

    /**
     * Parses {@code FILE} or {@code FILE#SELECTOR}. A path that exists as given is taken whole, so
     * file names containing {@code #} still work.
     */
    public static InstanceRef parse(String arg) {
        Path whole = Path.of(arg);
        int hash = arg.lastIndexOf('#');
        if (hash > 0 && hash < arg.length() - 1 && !Files.exists(whole)) {
            return new InstanceRef(Path.of(arg.substring(0, hash)), arg.substring(hash + 1));
        }
        return new InstanceRef(whole, null);
    }

    /** Reads the file and returns the selected instance. */
    public Problem load() throws IOException {
        List<Problem> all = Instances.readAll(file);
        return all.get(select(all, selector, file.toString()));
    }

    /**
     * The 0-based position of the selected instance in {@code all}.
     *
     * @throws InstanceFormatException when the selector matches nothing, or none is given for a file
     *                                 with several instances
     */
    public static int select(List<Problem> all, String selector, String source) throws InstanceFormatException {
        if (selector == null) {
            if (all.size() == 1) {
                return 0;
            }
            throw new InstanceFormatException(source, 0, "holds " + all.size() + " instances; pick one as FILE#NAME or"
                    + " FILE#INDEX (1-based), e.g. " + source + "#" + selectors(all).get(0));
        }
        for (int i = 0; i < all.size(); i++) {
            if (selector.equals(all.get(i).name())) {
                return i;
            }
        }
        if (selector.chars().allMatch(Character::isDigit) && selector.length() < 10) {
            int k = Integer.parseInt(selector);
            if (k >= 1 && k <= all.size()) {
                return k - 1;
            }
        }
        throw new InstanceFormatException(source, 0, "no instance '" + selector + "' (the file holds " + all.size()
                + " instances; give a name or a 1-based index, e.g. #" + selectors(all).get(0) + ")");
    }

    /**
     * How each instance of a file is selected in keys and on the command line: its name when that is
     * non-empty and unique in the file, otherwise its 1-based index.
     */
    public static List<String> selectors(List<Problem> all) {
        Map<String, Integer> count = new HashMap<>();
        for (Problem p : all) {
            count.merge(p.name(), 1, Integer::sum);
        }
        List<String> out = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            String n = all.get(i).name();
            out.add(!n.isEmpty() && count.get(n) == 1 ? n : Integer.toString(i + 1));
        }
        return out;
    }

    @Override
    public String toString() {
        return selector == null ? file.toString() : file + "#" + selector;
    }
}
