package org.cobalt.submodular.function;

import java.util.Arrays;
import java.util.Objects;

/**
 * Exemplar-based clustering (k-medoid as a facility-location function): points
 * {@code x_0 .. x_{n-1}} in {@code R^d} are both the candidate exemplars (the ground set) and the
 * clients. With the k-medoid loss {@code L(S) = (1/|C|) sum_c min_{e in S} ||x_c - x_e||^2} and a
 * fixed phantom exemplar {@code e0} (the origin),
 * {@code f(S) = L({e0}) - L(S + {e0})}, which is normalized, monotone and submodular
 * (Krause and Gomes 2010; Badanidiyuru et al. 2014). A gain costs {@code O(|C| d)}.
 */
public final class ExemplarClustering implements SetFunction {

    private final String name;
    private final int n;
    private final int dim;
    private final double[] coords;
    private final int[] clients;
    private final double[] phantomDistance;

    private ExemplarClustering(String name, int n, int dim, double[] coords, int[] clients) {
        this.name = name;
        this.n = n;
        this.dim = dim;
        this.coords = coords;
        this.clients = clients;
        this.phantomDistance = new double[clients.length];
        for (int i = 0; i < clients.length; i++) {
            double s = 0;
            int base = clients[i] * dim;
            for (int j = 0; j < dim; j++) {
                s += coords[base + j] * coords[base + j];
            }
            phantomDistance[i] = s;
        }
    }

    /**
     * Points given row-major in {@code coords} ({@code n * dim} finite values); every point is a
     * client.
     */
    public static ExemplarClustering of(String name, int dim, double[] coords) {
        Objects.requireNonNull(coords, "coords");
        if (dim < 1 || coords.length % dim != 0) {
            throw new IllegalArgumentException("coords length " + coords.length + " is not a multiple of dim " + dim);
        }
        int n = coords.length / dim;
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        return of(name, dim, coords, all);
    }

    /** As {@link #of(String, int, double[])} but only the listed points count as clients. */
    public static ExemplarClustering of(String name, int dim, double[] coords, int[] clients) {
        Objects.requireNonNull(coords, "coords");
        Objects.requireNonNull(clients, "clients");
        if (dim < 1 || coords.length % dim != 0) {
            throw new IllegalArgumentException("coords length " + coords.length + " is not a multiple of dim " + dim);
        }
        for (double c : coords) {
            if (!Double.isFinite(c)) {
                throw new IllegalArgumentException("coordinates must be finite, got " + c);
            }
        }
        int n = coords.length / dim;
        if (clients.length == 0) {
            throw new IllegalArgumentException("need at least one client");
        }
        for (int c : clients) {
            if (c < 0 || c >= n) {
                throw new IllegalArgumentException("client " + c + " outside [0, " + n + ")");
            }
        }
        return new ExemplarClustering(name, n, dim, coords.clone(), clients.clone());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int groundSize() {
        return n;
    }

    /** Dimension of the points. */
    public int dimension() {
        return dim;
    }

    private double distance(int a, int b) {
        double s = 0;
        int pa = a * dim;
        int pb = b * dim;
        for (int j = 0; j < dim; j++) {
            double d = coords[pa + j] - coords[pb + j];
            s += d * d;
        }
        return s;
    }

    @Override
    public FunctionState newState() {
        return new State();
    }

    /** Per client, the distance to its nearest chosen exemplar (the phantom at first). */
    private final class State implements FunctionState {
        private final double[] best = phantomDistance.clone();
        private final java.util.BitSet members = new java.util.BitSet();
        private int size;
        private double value;

        @Override
        public double value() {
            return value;
        }

        @Override
        public double gain(int e) {
            checkElement(e);
            if (members.get(e)) {
                return 0.0;
            }
            double g = 0;
            for (int i = 0; i < clients.length; i++) {
                double d = distance(clients[i], e);
                if (d < best[i]) {
                    g += best[i] - d;
                }
            }
            return g / clients.length;
        }

        @Override
        public double add(int e) {
            checkElement(e);
            if (members.get(e)) {
                return 0.0;
            }
            double g = 0;
            for (int i = 0; i < clients.length; i++) {
                double d = distance(clients[i], e);
                if (d < best[i]) {
                    g += best[i] - d;
                    best[i] = d;
                }
            }
            g /= clients.length;
            members.set(e);
            size++;
            value += g;
            return g;
        }

        @Override
        public boolean contains(int e) {
            return e >= 0 && members.get(e);
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public void clear() {
            System.arraycopy(phantomDistance, 0, best, 0, best.length);
            members.clear();
            size = 0;
            value = 0;
        }
    }

    @Override
    public String toString() {
        return name + "[" + n + " points, dim " + dim + ", " + clients.length + " clients]";
    }

    /** Copy of the coordinates of point {@code i}. */
    public double[] point(int i) {
        return Arrays.copyOfRange(coords, i * dim, (i + 1) * dim);
    }
}
