package org.cobalt.instances.robust;

/** Validation and copying of the numeric arrays of the robust problem models. */
final class Arrays2 {

    private Arrays2() {
    }

    static double[] finite(double[] v, int n, String what) {
        if (v.length != n) {
            throw new IllegalArgumentException(what + " must have " + n + " entries, got " + v.length);
        }
        double[] c = v.clone();
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(c[i])) {
                throw new IllegalArgumentException(what + " of item " + i + " must be finite, got " + c[i]);
            }
            c[i] = c[i] == 0.0 ? 0.0 : c[i];
        }
        return c;
    }

    static double[] positive(double[] v, int n, String what) {
        double[] c = finite(v, n, what);
        for (int i = 0; i < n; i++) {
            if (!(c[i] > 0)) {
                throw new IllegalArgumentException(what + " of item " + i + " must be > 0, got " + c[i]);
            }
        }
        return c;
    }

    /** Copies an n x m matrix, checking its shape and that every entry is finite. */
    static double[][] matrix(double[][] a, int n, int m, String what) {
        if (a.length != n) {
            throw new IllegalArgumentException(what + " must have " + n + " rows, got " + a.length);
        }
        double[][] c = new double[n][];
        for (int i = 0; i < n; i++) {
            if (a[i] == null || a[i].length != m) {
                throw new IllegalArgumentException(what + " row " + i + " must have " + m + " entries");
            }
            c[i] = finite(a[i], m, what + " row " + i);
        }
        return c;
    }

    static double l1(double[] row) {
        double s = 0;
        for (double v : row) {
            s += Math.abs(v);
        }
        return s;
    }
}
