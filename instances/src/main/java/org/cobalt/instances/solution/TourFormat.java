package org.cobalt.instances.solution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cobalt.core.routing.TspProblem;
import org.cobalt.core.solution.TourSolution;
import org.cobalt.instances.InstanceFormatException;
import org.cobalt.instances.tsplib.LineScanner;
import org.cobalt.instances.tsplib.NumberText;
import org.cobalt.instances.tsplib.TsplibFile;
import org.cobalt.instances.tsplib.TsplibMetrics;
import org.cobalt.instances.tsplib.TsplibParser;

/**
 * TSPLIB tour files ({@code .tour}): TYPE TOUR, DIMENSION, a TOUR_SECTION of 1-based node ids ended
 * by {@code -1}; read as a 0-based {@link TourSolution}. The tour must list every node of the problem
 * exactly once. The objective travels as {@code COMMENT : Length = VALUE} (as LKH writes it).
 */
public final class TourFormat implements SolutionFormat<TspProblem, TourSolution> {

    private static final Pattern LENGTH = Pattern.compile("(?i)^length\\s*[=:]?\\s*(\\S+)\\s*$");

    @Override
    public String id() {
        return "tsplib-tour";
    }

    @Override
    public String extension() {
        return "tour";
    }

    @Override
    public Class<TspProblem> problemType() {
        return TspProblem.class;
    }

    @Override
    public Class<TourSolution> solutionType() {
        return TourSolution.class;
    }

    @Override
    public SolutionFile<TourSolution> read(TspProblem problem, BufferedReader in, String source) throws IOException {
        TsplibFile f = TsplibParser.parse(in, source);
        int n = problem.size();
        String type = f.type().orElse("TOUR");
        if (!type.equals("TOUR")) {
            throw new InstanceFormatException(source, f.lineOf("TYPE"), "TYPE " + LineScanner.abbreviate(type) + " is not TOUR");
        }
        if (f.dimension().isPresent() && f.dimension().getAsInt() != n) {
            throw new InstanceFormatException(source, f.lineOf("DIMENSION"), "DIMENSION " + f.dimension().getAsInt()
                    + " but the problem " + problem.name() + " has " + n + " nodes");
        }
        if (f.hasCoordinates() || f.matrix().isPresent() || f.demands().isPresent() || f.depots().isPresent()) {
            throw new InstanceFormatException(source, 0, "a tour file holds only a TOUR_SECTION (this looks like an instance)");
        }
        int[] tour = f.tour().orElseThrow(() -> new InstanceFormatException(source, 0, "TOUR_SECTION is missing"));
        long at = f.lineOf("TOUR_SECTION");
        if (tour.length != n) {
            throw new InstanceFormatException(source, at, "the tour lists " + tour.length + " nodes, the problem has " + n);
        }
        boolean[] seen = new boolean[n];
        for (int v : tour) {
            if (v < 0 || v >= n) {
                throw new InstanceFormatException(source, at, "node " + (v + 1) + " outside 1.." + n);
            }
            if (seen[v]) {
                throw new InstanceFormatException(source, at, "node " + (v + 1) + " appears twice in the tour");
            }
            seen[v] = true;
        }
        OptionalDouble objective = OptionalDouble.empty();
        for (String c : f.comments()) {
            Matcher m = LENGTH.matcher(c.strip());
            if (m.matches() && LineScanner.isDecimal(m.group(1))) {
                double v = Double.parseDouble(m.group(1));
                if (Double.isFinite(v)) {
                    objective = OptionalDouble.of(v);
                }
            }
        }
        return new SolutionFile<>(new TourSolution(tour), objective);
    }

    @Override
    public void write(TspProblem problem, TourSolution solution, double objective, Writer out) throws IOException {
        int n = problem.size();
        if (solution.length() != n) {
            throw new IllegalArgumentException("tour has " + solution.length() + " nodes, problem has " + n);
        }
        boolean[] seen = new boolean[n];
        for (int p = 0; p < n; p++) {
            int v = solution.node(p);
            if (v < 0 || v >= n) {
                throw new IllegalArgumentException("tour position " + p + " holds node " + v + ", not in 0.." + (n - 1));
            }
            if (seen[v]) {
                throw new IllegalArgumentException("node " + v + " appears twice in the tour");
            }
            seen[v] = true;
        }
        String name = TsplibMetrics.isWritableName(problem.name()) ? problem.name() : "cobalt";
        out.write("NAME : " + name + ".tour\n");
        out.write("TYPE : TOUR\n");
        if (Double.isFinite(objective)) {
            out.write("COMMENT : Length = " + NumberText.format(objective) + "\n");
        }
        out.write("DIMENSION : " + n + "\n");
        out.write("TOUR_SECTION\n");
        StringBuilder sb = new StringBuilder(8 * Math.min(n, 4096));
        for (int p = 0; p < n; p++) {
            sb.append(solution.node(p) + 1).append('\n');
            if (sb.length() > 30_000) {
                out.write(sb.toString());
                sb.setLength(0);
            }
        }
        out.write(sb.toString());
        out.write("-1\nEOF\n");
        out.flush();
    }
}
