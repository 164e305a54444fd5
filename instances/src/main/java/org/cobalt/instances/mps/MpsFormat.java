package org.cobalt.instances.mps;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.problem.Problem;
import org.cobalt.instances.InstanceFormat;

/**
 * MPS (fixed or free) for {@link MilpModel}s: reads with {@link MpsReader}, writes free MPS with
 * {@link MpsWriter}. Id {@code mps}, extensions {@code .mps} and {@code .fmps} (optionally {@code .gz}).
 */
public final class MpsFormat implements InstanceFormat {

    private final MpsReader reader = new MpsReader();
    private final MpsWriter writer = new MpsWriter();

    @Override
    public String id() {
        return "mps";
    }

    @Override
    public List<String> extensions() {
        return List.of("mps", "fmps");
    }

    @Override
    public boolean probe(String head) {
        if (head == null) {
            return false;
        }
        boolean rows = false;
        for (String line : head.split("\\R", 200)) {
            String t = line.strip().toUpperCase(Locale.ROOT);
            if (line.isEmpty() || line.charAt(0) == '*' || t.isEmpty()) {
                continue;
            }
            if (Character.isWhitespace(line.charAt(0))) {
                continue;
            }
            String key = t.split("\\s+", 2)[0];
            if (key.equals("ROWS")) {
                rows = true;
            } else if (key.equals("COLUMNS")) {
                return rows;
            } else if (!key.equals("NAME") && !key.startsWith("OBJSEN") && !key.equals("OBJNAME")) {
                return false;
            }
        }
        return rows;
    }

    @Override
    public List<Problem> read(BufferedReader in, String source, String name) throws IOException {
        return List.of(reader.read(in, source, name));
    }

    /**
     * True for every {@link MilpModel}; {@link #write} then refuses, naming the offending names or
     * values, the few models the format cannot carry (see the writer's {@code whyNot}).
     */
    @Override
    public boolean canWrite(Problem problem) {
        return problem instanceof MilpModel;
    }

    @Override
    public void write(Problem problem, Writer out) throws IOException {
        if (!(problem instanceof MilpModel m)) {
            throw new IllegalArgumentException("MPS holds MILP models, not " + problem.family().id() + " problems");
        }
        writer.write(m, out);
    }
}
