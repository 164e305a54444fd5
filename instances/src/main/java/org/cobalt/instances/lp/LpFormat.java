package org.cobalt.instances.lp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.problem.Problem;
import org.cobalt.instances.InstanceFormat;

/**
 * The CPLEX LP format for {@link MilpModel}s: reads with {@link LpReader}, writes with {@link LpWriter}.
 * Id {@code lp}, extension {@code .lp} (optionally {@code .gz}).
 */
public final class LpFormat implements InstanceFormat {

    private final LpReader reader = new LpReader();
    private final LpWriter writer = new LpWriter();

    @Override
    public String id() {
        return "lp";
    }

    @Override
    public List<String> extensions() {
        return List.of("lp");
    }

    @Override
    public boolean probe(String head) {
        if (head == null) {
            return false;
        }
        for (String line : head.split("\\R", 200)) {
            int slash = line.indexOf('\\');
            String t = (slash >= 0 ? line.substring(0, slash) : line).strip().toLowerCase(Locale.ROOT);
            if (t.isEmpty()) {
                continue;
            }
            String w = t.split("\\s+", 2)[0];
            return switch (w) {
                case "minimize", "minimise", "minimum", "min", "maximize", "maximise", "maximum", "max", "st", "s.t." -> true;
                case "subject" -> t.matches("subject\\s+to.*");
                default -> false;
            };
        }
        return false;
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
            throw new IllegalArgumentException("LP holds MILP models, not " + problem.family().id() + " problems");
        }
        writer.write(m, out);
    }
}
