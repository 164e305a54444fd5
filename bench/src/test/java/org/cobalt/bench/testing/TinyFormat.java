package org.cobalt.bench.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.scheduling.SingleMachineProblem;
import org.cobalt.instances.InstanceFormat;
import org.cobalt.instances.InstanceFormatException;

/**
 * Test-only instance format ({@code .tiny}): one single-machine tardiness instance per line,
 * {@code NAME P1,P2,... D1,D2,...}; {@code #} starts a comment. A file holds any number of instances.
 */
public final class TinyFormat implements InstanceFormat {

    /**
     * Set by the fake-poison solver: the next read in this JVM halts it, like a worker damaged by an
     * earlier job (test-only state; one worker JVM per value).
     */
    static volatile boolean poisoned;

    @Override
    public String id() {
        return "tiny";
    }

    @Override
    public List<String> extensions() {
        return List.of("tiny");
    }

    @Override
    public boolean probe(String head) {
        return head.startsWith("#tiny");
    }

    @Override
    public List<Problem> read(BufferedReader in, String source, String name) throws IOException {
        if (poisoned) {
            System.err.println("tiny: poisoned by an earlier job");
            System.err.flush();
            Runtime.getRuntime().halt(134);
        }
        List<Problem> out = new ArrayList<>();
        String line;
        long no = 0;
        while ((line = in.readLine()) != null) {
            no++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] tok = t.split("\\s+");
            if (tok.length != 3) {
                throw new InstanceFormatException(source, no, "expected NAME P-LIST D-LIST, got " + tok.length + " fields");
            }
            int[] p = ints(tok[1], source, no);
            int[] d = ints(tok[2], source, no);
            try {
                out.add(SingleMachineProblem.unweighted(tok[0], p, d));
            } catch (IllegalArgumentException e) {
                throw new InstanceFormatException(source, no, e.getMessage());
            }
        }
        return out;
    }

    private static int[] ints(String csv, String source, long no) throws InstanceFormatException {
        String[] parts = csv.split(",");
        int[] v = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                v[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                throw new InstanceFormatException(source, no, "'" + parts[i] + "' is not an integer");
            }
        }
        return v;
    }
}
