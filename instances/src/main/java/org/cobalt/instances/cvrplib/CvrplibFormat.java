package org.cobalt.instances.cvrplib;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.routing.CvrpProblem;
import org.cobalt.core.routing.Metric;
import org.cobalt.instances.InstanceFormat;
import org.cobalt.instances.InstanceFormatException;
import org.cobalt.instances.tsplib.LineScanner;
import org.cobalt.instances.tsplib.TsplibFile;
import org.cobalt.instances.tsplib.TsplibMetrics;
import org.cobalt.instances.tsplib.TsplibParser;

/**
 * CVRPLIB ({@code .vrp}) capacitated vehicle routing files as {@link CvrpProblem}s: the TSPLIB-95
 * syntax (see {@link TsplibParser}) with TYPE CVRP, DIMENSION (depot included), CAPACITY,
 * EDGE_WEIGHT_TYPE (coordinates or EXPLICIT), DEMAND_SECTION, DEPOT_SECTION (one depot, ended by
 * {@code -1}; node 1 when the section is absent) and an optional VEHICLES limit. No vehicle limit is
 * derived from the name: the {@code k} of {@code X-n101-k25} is a lower bound, not a limit.
 */
public final class CvrplibFormat implements InstanceFormat {

    private static final Pattern PROBE = Pattern.compile("(?im)^\\s*TYPE\\s*:\\s*CVRP\\b");

    @Override
    public String id() {
        return "cvrplib";
    }

    @Override
    public List<String> extensions() {
        return List.of("vrp");
    }

    @Override
    public boolean probe(String head) {
        return head != null && PROBE.matcher(head).find();
    }

    @Override
    public List<Problem> read(BufferedReader in, String source, String name) throws IOException {
        return List.of(toProblem(TsplibParser.parse(in, source), name));
    }

    /** Maps a parsed file to a CVRP. */
    public static CvrpProblem toProblem(TsplibFile f, String defaultName) throws InstanceFormatException {
        String type = f.type().orElse("CVRP");
        if (!type.equals("CVRP")) {
            throw new InstanceFormatException(f.source(), f.lineOf("TYPE"), "TYPE " + LineScanner.abbreviate(type)
                    + " is not CVRP" + (type.equals("TSP") || type.equals("ATSP") ? "; read it as a TSPLIB (.tsp) file" : ""));
        }
        if (f.tour().isPresent()) {
            throw new InstanceFormatException(f.source(), f.lineOf("TOUR_SECTION"), "TOUR_SECTION does not belong in a CVRP file");
        }
        int capacity = f.capacity().orElseThrow(() -> new InstanceFormatException(f.source(), 0, "CAPACITY is missing"));
        Metric m = TsplibMetrics.metric(f);
        int[] demand = f.demands().orElseThrow(() -> new InstanceFormatException(f.source(), 0, "DEMAND_SECTION is missing"));
        int depot = 0;
        if (f.depots().isPresent()) {
            int[] depots = f.depots().get();
            if (depots.length != 1) {
                throw new InstanceFormatException(f.source(), f.lineOf("DEPOT_SECTION"), depots.length == 0
                        ? "DEPOT_SECTION lists no depot" : "DEPOT_SECTION lists " + depots.length + " depots (only one is supported)");
            }
            depot = depots[0];
        }
        OptionalInt vehicles = f.vehicles();
        try {
            return new CvrpProblem(f.name().orElse(defaultName), m, depot, demand, capacity, vehicles);
        } catch (IllegalArgumentException e) {
            throw new InstanceFormatException(f.source(), 0, e.getMessage(), e);
        }
    }

    @Override
    public boolean canWrite(Problem problem) {
        return problem instanceof CvrpProblem c && TsplibMetrics.canWrite(c.metric()) && TsplibMetrics.isWritableName(c.name());
    }

    @Override
    public void write(Problem problem, Writer out) throws IOException {
        if (!canWrite(problem)) {
            throw new IllegalArgumentException("cvrplib cannot represent " + problem
                    + " (needs a CVRP with coordinates or a matrix and a one-line name without surrounding blanks)");
        }
        CvrpProblem p = (CvrpProblem) problem;
        int n = p.size();
        out.write("NAME : " + p.name() + "\n");
        out.write("COMMENT : written by cobalt\n");
        out.write("TYPE : CVRP\n");
        out.write("DIMENSION : " + n + "\n");
        if (p.vehicles().isPresent()) {
            out.write("VEHICLES : " + p.vehicles().getAsInt() + "\n");
        }
        TsplibMetrics.writeSpecification(p.metric(), out);
        out.write("CAPACITY : " + p.capacity() + "\n");
        TsplibMetrics.writeSection(p.metric(), out);
        out.write("DEMAND_SECTION\n");
        StringBuilder sb = new StringBuilder(32);
        for (int i = 0; i < n; i++) {
            sb.setLength(0);
            sb.append(i + 1).append(' ').append(p.demand(i)).append('\n');
            out.write(sb.toString());
        }
        out.write("DEPOT_SECTION\n" + (p.depot() + 1) + "\n-1\nEOF\n");
        out.flush();
    }
}
