package org.cobalt.instances.tsplib;

/**
 * Layouts of a TSPLIB {@code EDGE_WEIGHT_SECTION} (Reinelt, TSPLIB 95, section 1.1). Every layout
 * but {@link #FULL_MATRIX} lists one triangle of a symmetric matrix; the {@code *_COL} layouts are
 * the column-wise counterparts of the {@code *_ROW} ones. Numbers may wrap across lines freely.
 */
public enum EdgeWeightFormat {
    /** All n*n entries, row by row. */
    FULL_MATRIX,
    /** Above the diagonal, row by row. */
    UPPER_ROW,
    /** Below the diagonal, row by row. */
    LOWER_ROW,
    /** The diagonal and above, row by row. */
    UPPER_DIAG_ROW,
    /** The diagonal and below, row by row. */
    LOWER_DIAG_ROW,
    /** Above the diagonal, column by column. */
    UPPER_COL,
    /** Below the diagonal, column by column. */
    LOWER_COL,
    /** The diagonal and above, column by column. */
    UPPER_DIAG_COL,
    /** The diagonal and below, column by column. */
    LOWER_DIAG_COL;

    /** How many numbers an n-node section in this layout holds. */
    public long count(int n) {
        long nn = n;
        return switch (this) {
            case FULL_MATRIX -> nn * nn;
            case UPPER_ROW, LOWER_ROW, UPPER_COL, LOWER_COL -> nn * (nn - 1) / 2;
            case UPPER_DIAG_ROW, LOWER_DIAG_ROW, UPPER_DIAG_COL, LOWER_DIAG_COL -> nn * (nn + 1) / 2;
        };
    }

    /** True for the triangular layouts, which describe symmetric matrices. */
    public boolean isSymmetric() {
        return this != FULL_MATRIX;
    }

    /**
     * Expands the numbers of a section into a row-major n*n matrix. Triangular layouts are mirrored;
     * where a layout omits the diagonal it is 0, where it lists it the listed value is kept.
     *
     * @param values exactly {@link #count(int)} numbers in file order
     */
    public double[] expand(int n, double[] values) {
        if (values.length != count(n)) {
            throw new IllegalArgumentException(this + " with " + n + " nodes needs " + count(n) + " numbers, got " + values.length);
        }
        double[] m = new double[n * n];
        int k = 0;
        switch (this) {
            case FULL_MATRIX -> System.arraycopy(values, 0, m, 0, values.length);
            // A column-wise upper triangle lists the same (i, j) pairs as a row-wise lower one, transposed,
            // so after mirroring they give the same matrix.
            case UPPER_ROW, LOWER_COL -> {
                for (int i = 0; i < n; i++) {
                    for (int j = i + 1; j < n; j++) {
                        put(m, n, i, j, values[k++]);
                    }
                }
            }
            case LOWER_ROW, UPPER_COL -> {
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < i; j++) {
                        put(m, n, i, j, values[k++]);
                    }
                }
            }
            case UPPER_DIAG_ROW, LOWER_DIAG_COL -> {
                for (int i = 0; i < n; i++) {
                    for (int j = i; j < n; j++) {
                        put(m, n, i, j, values[k++]);
                    }
                }
            }
            case LOWER_DIAG_ROW, UPPER_DIAG_COL -> {
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j <= i; j++) {
                        put(m, n, i, j, values[k++]);
                    }
                }
            }
        }
        return m;
    }

    private static void put(double[] m, int n, int i, int j, double v) {
        m[i * n + j] = v;
        m[j * n + i] = v;
    }
}
