package org.cobalt.instances.tsplib;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.routing.Metric;
import org.cobalt.core.routing.TspProblem;
import org.cobalt.instances.InstanceFormat;
import org.cobalt.instances.InstanceFormatException;

/**
 * TSPLIB-95 symmetric and asymmetric TSP files ({@code .tsp}, {@code .atsp}) as {@link TspProblem}s.
 * Syntax: see {@link TsplibParser}; distances: see {@link TsplibMetrics}. A file with TYPE TSP must
 * describe a symmetric matrix; a missing TYPE is taken as TSP (or ATSP when the matrix is asymmetric).
 * The writer emits coordinates for coordinate metrics and a FULL_MATRIX for explicit ones.
 */
public final class TsplibFormat implements InstanceFormat {

    private static final Pattern PROBE = Pattern.compile("(?im)^\\s*TYPE\\s*:\\s*A?TSP\\b");

    @Override
    public String id() {
        return "tsplib";
    }

    @Override
    public List<String> extensions() {
        return List.of("tsp", "atsp");
    }

    @Override
    public boolean probe(String head) {
        return head != null && PROBE.matcher(head).find();
    }

    @Override
    public List<Problem> read(BufferedReader in, String source, String name) throws IOException {
        TsplibFile f = TsplibParser.parse(in, source);
        return List.of(toProblem(f, name));
    }

    /** Maps a parsed file to a TSP. */
    public static TspProblem toProblem(TsplibFile f, String defaultName) throws InstanceFormatException {
        String type = f.type().orElse(null);
        if (type != null && !type.equals("TSP") && !type.equals("ATSP")) {
            throw new InstanceFormatException(f.source(), f.lineOf("TYPE"), "TYPE " + LineScanner.abbreviate(type)
                    + " is not a TSP" + (type.equals("CVRP") ? "; read it as a CVRPLIB (.vrp) file" : ""));
        }
        if (f.tour != null || f.demands != null || f.depots != null) {
            String section = f.tour != null ? "TOUR_SECTION" : f.demands != null ? "DEMAND_SECTION" : "DEPOT_SECTION";
            throw new InstanceFormatException(f.source(), f.lineOf(section), section + " does not belong in a TSP file");
        }
        Metric m = TsplibMetrics.metric(f);
        if ("TSP".equals(type) && !m.isSymmetric()) {
            throw new InstanceFormatException(f.source(), f.lineOf("TYPE"),
                    "TYPE TSP but the distance matrix is asymmetric; use TYPE : ATSP");
        }
        try {
            return new TspProblem(f.name().orElse(defaultName), m);
        } catch (IllegalArgumentException e) {
            throw new InstanceFormatException(f.source(), 0, e.getMessage(), e);
        }
    }

    @Override
    public boolean canWrite(Problem problem) {
        return problem instanceof TspProblem t && TsplibMetrics.canWrite(t.metric())
                && TsplibMetrics.isWritableName(t.name());
    }

    @Override
    public void write(Problem problem, Writer out) throws IOException {
        if (!canWrite(problem)) {
            throw new IllegalArgumentException("tsplib cannot represent " + problem
                    + " (needs a TSP with coordinates or a matrix and a one-line name without surrounding blanks)");
        }
        TspProblem p = (TspProblem) problem;
        Metric m = p.metric();
        out.write("NAME : " + p.name() + "\n");
        out.write("TYPE : " + (m.isSymmetric() ? "TSP" : "ATSP") + "\n");
        out.write("COMMENT : written by cobalt\n");
        out.write("DIMENSION : " + p.size() + "\n");
        TsplibMetrics.writeSpecification(m, out);
        TsplibMetrics.writeSection(m, out);
        out.write("EOF\n");
        out.flush();
    }
}
