package org.cobalt.submodular.dynamic;

import java.util.random.RandomGenerator;
import org.cobalt.submodular.oracle.Oracle;
import org.cobalt.submodular.oracle.OracleState;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.eclipse.collections.impl.map.mutable.primitive.IntIntHashMap;
import org.eclipse.collections.impl.set.mutable.primitive.IntHashSet;

/**
 * One OPT guess {@code gamma} of {@link LattanziDynamic}: the level structure of Lattanzi et al.
 * (NeurIPS 2020, Section 3) with threshold {@code tau = gamma / (2k)} and levels
 * {@code 0 .. T}, {@code T = ceil(log2 n)}. Level {@code l} holds a buffer {@code B_l} of elements
 * inserted since it was last built, the candidates {@code A_l} it was built from and the solution
 * part {@code S_l}. A level is rebuilt ({@code LevelConstruct}) when its buffer reaches
 * {@code 2^(T-l)} elements while the solution has room, or, after deletions from the solution,
 * when the value has fallen below {@code (1 - eps) gamma / 2}.
 *
 * <p>Memory stays proportional to the elements that pass the threshold: the buffers are nested
 * suffixes of one insertion log ({@code B_T} in {@code ...} in {@code B_0}) and stale entries of
 * deleted elements are recognized by their insertion serial.
 */
final class LattanziLevels {

    /** Validity of (element, serial) references and randomness, provided by the owner. */
    interface Host {
        boolean isCurrent(int element, int serial);

        int serialOf(int element);

        RandomGenerator random();
    }

    private final Host host;
    private final int index;
    private final double gamma;
    private final double tau;
    private final double eps;
    private final int k;
    private final int levels;
    private final OracleState state;

    private final IntArrayList[] solution;
    private final IntIntHashMap solutionLevel = new IntIntHashMap();
    private int solutionSize;
    private int lowestDeleted = -1;

    private final IntArrayList logElements = new IntArrayList();
    private final IntArrayList logSerials = new IntArrayList();
    private final IntIntHashMap logPosition = new IntIntHashMap();
    private final int[] bufferStart;
    private final int[] bufferCount;
    private int liveLogEntries;

    private final IntArrayList[] candidates;
    private final IntArrayList[] candidateSerials;

    private long constructs;

    LattanziLevels(Host host, Oracle oracle, int index, double gamma, int k, double eps, int groundSize) {
        this.host = host;
        this.index = index;
        this.gamma = gamma;
        this.tau = gamma / (2.0 * k);
        this.eps = eps;
        this.k = k;
        int t = 0;
        while ((1L << t) < groundSize) {
            t++;
        }
        this.levels = t + 1;
        this.state = oracle.newState();
        this.solution = new IntArrayList[levels];
        this.candidates = new IntArrayList[levels];
        this.candidateSerials = new IntArrayList[levels];
        for (int l = 0; l < levels; l++) {
            solution[l] = new IntArrayList();
            candidates[l] = new IntArrayList();
            candidateSerials[l] = new IntArrayList();
        }
        this.bufferStart = new int[levels];
        this.bufferCount = new int[levels];
    }

    int index() {
        return index;
    }

    double threshold() {
        return tau;
    }

    double value() {
        return state.value();
    }

    int solutionSize() {
        return solutionSize;
    }

    long constructs() {
        return constructs;
    }

    int[] solution() {
        int[] out = new int[solutionSize];
        int p = 0;
        for (IntArrayList s : solution) {
            for (int i = 0; i < s.size(); i++) {
                out[p++] = s.get(i);
            }
        }
        return out;
    }

    /** Starts from the live elements that pass the threshold: all of them go through a full construct. */
    void initialize(int[] elements, int length) {
        for (int i = 0; i < length; i++) {
            appendToBuffer(elements[i]);
        }
        if (length > 0) {
            levelConstruct(0);
        }
    }

    /** Insert of an element whose singleton value is at least the threshold. */
    void insert(int e) {
        appendToBuffer(e);
        int t = levels - 1;
        for (int l = 0; l < levels; l++) {
            if (bufferCount[l] >= (1L << (t - l)) && solutionSize < k) {
                levelConstruct(l);
                return;
            }
        }
    }

    /** Delete of any element (a no-op when this guess never held it). */
    void delete(int e) {
        if (logPosition.containsKey(e)) {
            int p = logPosition.removeKeyIfAbsent(e, -1);
            for (int l = 0; l < levels; l++) {
                if (bufferStart[l] <= p) {
                    bufferCount[l]--;
                }
            }
            liveLogEntries--;
        }
        if (solutionLevel.containsKey(e)) {
            int l = solutionLevel.removeKeyIfAbsent(e, -1);
            solution[l].remove(e);
            solutionSize--;
            int[] s = solution();
            state.resetTo(s);
            lowestDeleted = lowestDeleted < 0 ? l : Math.min(lowestDeleted, l);
            if (state.value() < (1.0 - eps) * gamma / 2.0) {
                levelConstruct(lowestDeleted);
            }
        }
        // candidate lists are cleaned lazily through the serial check
    }

    private void appendToBuffer(int e) {
        logPosition.put(e, logElements.size());
        logElements.add(e);
        logSerials.add(host.serialOf(e));
        liveLogEntries++;
        for (int l = 0; l < levels; l++) {
            bufferCount[l]++;
        }
        if (logElements.size() > 2 * liveLogEntries + 1024) {
            compactLog();
        }
    }

    /** LevelConstruct(lb) of the paper: rebuilds levels lb..T from B_lb and A_lb. */
    private void levelConstruct(int lb) {
        constructs++;
        int t = levels - 1;
        // the prefix S_0 .. S_{lb-1} stays; one query evaluates it
        int prefix = 0;
        for (int l = 0; l < lb; l++) {
            prefix += solution[l].size();
        }
        int[] pre = new int[prefix];
        int p = 0;
        for (int l = 0; l < lb; l++) {
            for (int i = 0; i < solution[l].size(); i++) {
                pre[p++] = solution[l].get(i);
            }
        }
        state.resetTo(pre);
        // current = B_lb + A_lb (live entries only)
        IntHashSet seen = new IntHashSet();
        IntArrayList current = new IntArrayList();
        for (int i = bufferStart[lb]; i < logElements.size(); i++) {
            int e = logElements.get(i);
            if (host.isCurrent(e, logSerials.get(i)) && seen.add(e)) {
                current.add(e);
            }
        }
        IntArrayList a = candidates[lb];
        IntArrayList as = candidateSerials[lb];
        for (int i = 0; i < a.size(); i++) {
            int e = a.get(i);
            if (host.isCurrent(e, as.get(i)) && seen.add(e)) {
                current.add(e);
            }
        }
        // clear levels lb..T
        for (int l = lb; l < levels; l++) {
            IntArrayList s = solution[l];
            for (int i = 0; i < s.size(); i++) {
                solutionLevel.remove(s.get(i));
            }
            s.clear();
            candidates[l].clear();
            candidateSerials[l].clear();
            bufferStart[l] = logElements.size();
            bufferCount[l] = 0;
        }
        solutionSize = prefix;
        if (lb == 0) {
            logElements.clear();
            logSerials.clear();
            logPosition.clear();
            liveLogEntries = 0;
            java.util.Arrays.fill(bufferStart, 0);
        }
        if (lowestDeleted >= lb) {
            lowestDeleted = -1;
        }
        shuffle(current);
        filter(current);
        for (int l = lb; l < levels && solutionSize < k; l++) {
            for (int i = 0; i < current.size(); i++) {
                int e = current.get(i);
                candidates[l].add(e);
                candidateSerials[l].add(host.serialOf(e));
            }
            if (current.isEmpty()) {
                return;
            }
            while (current.size() >= (1L << (t - l))) {
                // every survivor of the last filter has gain >= tau: the first one in the random order is taken
                int e = current.get(0);
                state.add(e);
                solution[l].add(e);
                solutionLevel.put(e, l);
                solutionSize++;
                if (solutionSize == k) {
                    return;
                }
                filter(current);
            }
        }
    }

    private void filter(IntArrayList current) {
        int w = 0;
        for (int i = 0; i < current.size(); i++) {
            int e = current.get(i);
            if (state.gain(e) >= tau) {
                current.set(w++, e);
            }
        }
        while (current.size() > w) {
            current.removeAtIndex(current.size() - 1);
        }
    }

    private void shuffle(IntArrayList list) {
        RandomGenerator rnd = host.random();
        for (int i = list.size() - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int x = list.get(i);
            list.set(i, list.get(j));
            list.set(j, x);
        }
    }

    /** Drops log entries of deleted elements and remaps the buffer starts. */
    private void compactLog() {
        IntArrayList ne = new IntArrayList(liveLogEntries + 16);
        IntArrayList ns = new IntArrayList(liveLogEntries + 16);
        int[] newStart = new int[levels];
        int l = 0;
        for (int i = 0; i < logElements.size(); i++) {
            while (l < levels && bufferStart[l] <= i) {
                newStart[l++] = ne.size();
            }
            int e = logElements.get(i);
            int s = logSerials.get(i);
            if (logPosition.containsKey(e) && logPosition.get(e) == i && host.isCurrent(e, s)) {
                logPosition.put(e, ne.size());
                ne.add(e);
                ns.add(s);
            }
        }
        while (l < levels) {
            newStart[l++] = ne.size();
        }
        logElements.clear();
        logElements.addAll(ne);
        logSerials.clear();
        logSerials.addAll(ns);
        System.arraycopy(newStart, 0, bufferStart, 0, levels);
    }
}
