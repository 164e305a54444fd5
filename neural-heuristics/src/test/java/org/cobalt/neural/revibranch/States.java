package org.cobalt.neural.revibranch;

import java.util.SplittableRandom;

/** Small random compact states for the unit tests (no solver involved). */
final class States {

    private States() {
    }

    /** A state with {@code vars} variables, {@code cons} constraints, a chain of edges, random features. */
    static CompactState random(int vars, int cons, int action, int depth, int parent, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] vf = new float[vars * 19];
        float[] cf = new float[cons * 5];
        for (int i = 0; i < vf.length; i++) {
            vf[i] = (float) r.nextDouble();
        }
        for (int i = 0; i < cf.length; i++) {
            cf[i] = (float) r.nextDouble();
        }
        int edges = Math.max(vars, cons);
        int[] ec = new int[edges];
        int[] ev = new int[edges];
        float[] ef = new float[edges];
        for (int e = 0; e < edges; e++) {
            ec[e] = e % cons;
            ev[e] = e % vars;
            ef[e] = (float) r.nextDouble();
        }
        int[] cands = new int[vars];
        for (int j = 0; j < vars; j++) {
            cands[j] = j;
        }
        return new CompactState(vars, cons, vf, cf, ec, ev, ef, cands, action, depth, parent);
    }
}
