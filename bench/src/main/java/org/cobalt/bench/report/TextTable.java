package org.cobalt.bench.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A plain-text table for terminals and logs: a header row, a dashed rule, then rows; columns are
 * padded to their widest cell and separated by two spaces. Numbers are usually right-aligned.
 *
 * <pre>{@code
 * TextTable t = new TextTable().left("solver").right("jobs");
 * t.row("scip", "20");
 * String s = t.render();
 * }</pre>
 */
public final class TextTable {

    /** Horizontal alignment of a column. */
    public enum Align { LEFT, RIGHT }

    private final List<String> headers = new ArrayList<>();
    private final List<Align> aligns = new ArrayList<>();
    private final List<String[]> rows = new ArrayList<>();

    /** Adds a left-aligned column. */
    public TextTable left(String header) {
        return column(header, Align.LEFT);
    }

    /** Adds a right-aligned column. */
    public TextTable right(String header) {
        return column(header, Align.RIGHT);
    }

    /** Adds a column; all columns must be added before the first row. */
    public TextTable column(String header, Align align) {
        if (!rows.isEmpty()) {
            throw new IllegalStateException("add columns before rows");
        }
        headers.add(Objects.requireNonNull(header, "header"));
        aligns.add(Objects.requireNonNull(align, "align"));
        return this;
    }

    /** Adds a row; it must have one cell per column (null cells print empty). */
    public TextTable row(String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, table has " + headers.size() + " columns");
        }
        String[] copy = Arrays.copyOf(cells, cells.length);
        for (int i = 0; i < copy.length; i++) {
            copy[i] = copy[i] == null ? "" : copy[i].replace('\n', ' ');
        }
        rows.add(copy);
        return this;
    }

    /** Number of rows (without the header). */
    public int size() {
        return rows.size();
    }

    /** The table as lines joined by {@code \n}, with a trailing newline. */
    public String render() {
        int n = headers.size();
        int[] width = new int[n];
        for (int c = 0; c < n; c++) {
            width[c] = headers.get(c).length();
            for (String[] r : rows) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, headers.toArray(String[]::new), width);
        String[] rule = new String[n];
        for (int c = 0; c < n; c++) {
            rule[c] = "-".repeat(width[c]);
        }
        line(sb, rule, width);
        for (String[] r : rows) {
            line(sb, r, width);
        }
        return sb.toString();
    }

    private void line(StringBuilder sb, String[] cells, int[] width) {
        StringBuilder l = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) {
                l.append("  ");
            }
            String s = cells[c];
            int pad = width[c] - s.length();
            boolean last = c == cells.length - 1;
            if (aligns.get(c) == Align.RIGHT) {
                l.append(" ".repeat(pad)).append(s);
            } else {
                l.append(s);
                if (!last) {
                    l.append(" ".repeat(pad));
                }
            }
        }
        sb.append(l.toString().stripTrailing()).append('\n');
    }

    @Override
    public String toString() {
        return render();
    }
}
