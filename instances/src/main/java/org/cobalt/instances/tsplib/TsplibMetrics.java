package org.cobalt.instances.tsplib;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Locale;
import org.cobalt.core.routing.CoordinateMetric;
import org.cobalt.core.routing.EdgeWeightType;
import org.cobalt.core.routing.MatrixMetric;
import org.cobalt.core.routing.Metric;
import org.cobalt.instances.InstanceFormatException;

/**
 * Maps between the distance part of a TSPLIB-95 file (EDGE_WEIGHT_TYPE with NODE_COORD_SECTION or
 * EDGE_WEIGHT_SECTION) and a {@link Metric}; shared by the TSPLIB and CVRPLIB formats.
 *
 * <p>Supported EDGE_WEIGHT_TYPEs: EUC_2D, CEIL_2D, ATT, GEO, MAN_2D, MAX_2D (coordinates, rounded
 * as TSPLIB specifies, see {@link CoordinateMetric}), EXPLICIT (a matrix), and EXACT_2D, a cobalt
 * extension for unrounded Euclidean distances (random unit-square instances).
 */
public final class TsplibMetrics {

    private TsplibMetrics() {
    }

    /**
     * The metric a parsed file describes.
     *
     * @throws InstanceFormatException when the distance part is missing, unsupported or inconsistent
     */
    public static Metric metric(TsplibFile f) throws InstanceFormatException {
        try {
            return build(f);
        } catch (IllegalArgumentException e) {
            throw new InstanceFormatException(f.source(), 0, e.getMessage(), e);
        }
    }

    private static Metric build(TsplibFile f) throws InstanceFormatException {
        int n = f.dimension().orElseThrow(() -> new InstanceFormatException(f.source(), 0, "DIMENSION is missing"));
        String ewt = f.edgeWeightType().orElseThrow(() -> new InstanceFormatException(f.source(), 0,
                "EDGE_WEIGHT_TYPE is missing"));
        long ewtLine = f.lineOf("EDGE_WEIGHT_TYPE");
        if (ewt.equals("EXPLICIT")) {
            if (f.edgeWeightFormat().isEmpty()) {
                throw new InstanceFormatException(f.source(), ewtLine,
                        "EDGE_WEIGHT_TYPE EXPLICIT needs an EDGE_WEIGHT_FORMAT (FULL_MATRIX, UPPER_ROW, ...)");
            }
            if (f.matrix == null) {
                throw new InstanceFormatException(f.source(), 0, "EDGE_WEIGHT_TYPE EXPLICIT but no EDGE_WEIGHT_SECTION");
            }
            return new MatrixMetric(n, f.matrix);
        }
        EdgeWeightType type = coordinateType(ewt);
        if (type == null) {
            throw new InstanceFormatException(f.source(), ewtLine, "unsupported EDGE_WEIGHT_TYPE " + LineScanner.abbreviate(ewt)
                    + " (supported: EXPLICIT, " + String.join(", ", Arrays.stream(EdgeWeightType.values())
                    .map(Enum::name).toList()) + ")");
        }
        if (f.matrix != null) {
            throw new InstanceFormatException(f.source(), f.lineOf("EDGE_WEIGHT_SECTION"),
                    "EDGE_WEIGHT_SECTION given but EDGE_WEIGHT_TYPE is " + ewt + ", not EXPLICIT");
        }
        if (f.x == null) {
            throw new InstanceFormatException(f.source(), 0, "EDGE_WEIGHT_TYPE " + ewt + " needs a NODE_COORD_SECTION");
        }
        return new CoordinateMetric(type, f.x, f.y);
    }

    private static EdgeWeightType coordinateType(String name) {
        try {
            return EdgeWeightType.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** True when {@link #writeDistances} can represent the metric. */
    public static boolean canWrite(Metric m) {
        return m instanceof CoordinateMetric || m instanceof MatrixMetric;
    }

    /**
     * Writes EDGE_WEIGHT_TYPE (and EDGE_WEIGHT_FORMAT) lines; the section itself follows with
     * {@link #writeSection}. The two are split because CVRPLIB puts CAPACITY between them by custom.
     */
    public static void writeSpecification(Metric m, Writer out) throws IOException {
        if (m instanceof CoordinateMetric c) {
            out.write("EDGE_WEIGHT_TYPE : " + c.type().name() + "\n");
        } else if (m instanceof MatrixMetric) {
            out.write("EDGE_WEIGHT_TYPE : EXPLICIT\n");
            out.write("EDGE_WEIGHT_FORMAT : FULL_MATRIX\n");
        } else {
            throw new IllegalArgumentException("cannot write a " + m.getClass().getSimpleName() + " in TSPLIB");
        }
    }

    /** Writes NODE_COORD_SECTION (coordinates) or EDGE_WEIGHT_SECTION (a full matrix, one row per line). */
    public static void writeSection(Metric m, Writer out) throws IOException {
        int n = m.size();
        StringBuilder sb = new StringBuilder(64);
        if (m instanceof CoordinateMetric c) {
            out.write("NODE_COORD_SECTION\n");
            for (int i = 0; i < n; i++) {
                sb.setLength(0);
                sb.append(i + 1).append(' ').append(NumberText.format(c.x(i))).append(' ')
                        .append(NumberText.format(c.y(i))).append('\n');
                out.write(sb.toString());
            }
        } else if (m instanceof MatrixMetric) {
            out.write("EDGE_WEIGHT_SECTION\n");
            for (int i = 0; i < n; i++) {
                sb.setLength(0);
                for (int j = 0; j < n; j++) {
                    if (j > 0) {
                        sb.append(' ');
                    }
                    sb.append(NumberText.format(m.distance(i, j)));
                }
                sb.append('\n');
                out.write(sb.toString());
            }
        } else {
            throw new IllegalArgumentException("cannot write a " + m.getClass().getSimpleName() + " in TSPLIB");
        }
    }

    /** True when a text value can stand after {@code NAME :} and read back unchanged. */
    public static boolean isWritableName(String name) {
        return name.equals(name.strip()) && name.indexOf('\n') < 0 && name.indexOf('\r') < 0;
    }
}
