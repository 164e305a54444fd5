package org.cobalt.neural.udc.train;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.cobalt.neural.udc.model.HeatmapConfig;
import org.cobalt.neural.udc.model.PathPolicyConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Command-line entry of UDC training ({@code bin/udc-train}):
 * <pre>
 *   udc-train conquer out=DIR [minutes=50] [seed=1] [dim=128] [heads=8] [layers=3] [ff=512] [lr=3e-4]
 *                     [batch=16] [samples=4] [min-nodes=200] [max-nodes=1000] [steps=1000000] [valid-every=25]
 *                     [init=FILE.json]
 *   udc-train divide  out=DIR conquer=FILE.json [minutes=30] [seed=1] [hidden=64] [layers=12] [k=20] ...
 * </pre>
 * Arguments are {@code key=value}; unknown keys are an error.
 */
public final class UdcTraining {

    private static final Logger LOG = LoggerFactory.getLogger(UdcTraining.class);

    private UdcTraining() {
    }

    /** Runs one training command. */
    public static void main(String[] args) {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: udc-train conquer|divide key=value...");
        }
        Map<String, String> kv = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("arguments are key=value, got '" + args[i] + "'");
            }
            kv.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        Args a = new Args(kv);
        switch (args[0]) {
            case "conquer" -> {
                var s = new ConquerTraining.Settings(
                        new PathPolicyConfig(a.i("dim", 128), a.i("heads", 8), a.i("layers", 3), a.i("ff", 512), 10f,
                                a.f("bias", 10f)),
                        a.l("seed", 1), a.f("lr", 3e-4f), a.i("batch", 16), a.i("samples", 4), a.i("min-nodes", 200),
                        a.i("max-nodes", 1000), a.i("sub-size", 100), a.d("minutes", 50), a.i("steps", 1_000_000),
                        a.i("valid-every", 25), a.i("valid-size", 64), Path.of(a.s("out", null)), a.path("init"));
                a.done();
                LOG.info("done: {}", ConquerTraining.run(s));
            }
            case "divide" -> {
                var s = new DivideTraining.Settings(
                        new HeatmapConfig(a.i("hidden", 64), a.i("layers", 12), a.i("k", 20), a.f("bias", 5f)),
                        a.l("seed", 1), a.f("lr", 3e-4f), a.i("samples", 8), a.i("min-nodes", 200), a.i("max-nodes", 500),
                        a.i("sub-size", 100), a.d("minutes", 30), a.i("steps", 1_000_000), a.i("valid-every", 10),
                        a.i("valid-size", 8), Path.of(a.s("out", null)), a.path("conquer"), a.path("init"));
                a.done();
                LOG.info("done: {}", DivideTraining.run(s));
            }
            default -> throw new IllegalArgumentException("unknown command '" + args[0] + "': conquer or divide");
        }
    }

    private static final class Args {
        private final Map<String, String> kv;

        Args(Map<String, String> kv) {
            this.kv = new HashMap<>(kv);
        }

        String s(String k, String def) {
            String v = kv.remove(k);
            if (v == null && def == null) {
                throw new IllegalArgumentException("missing argument " + k + "=...");
            }
            return v == null ? def : v;
        }

        Path path(String k) {
            String v = kv.remove(k);
            return v == null ? null : Path.of(v);
        }

        int i(String k, int def) {
            String v = kv.remove(k);
            return v == null ? def : Integer.parseInt(v);
        }

        long l(String k, long def) {
            String v = kv.remove(k);
            return v == null ? def : Long.parseLong(v);
        }

        float f(String k, float def) {
            String v = kv.remove(k);
            return v == null ? def : Float.parseFloat(v);
        }

        double d(String k, double def) {
            String v = kv.remove(k);
            return v == null ? def : Double.parseDouble(v);
        }

        void done() {
            if (!kv.isEmpty()) {
                throw new IllegalArgumentException("unknown arguments: " + kv.keySet());
            }
        }
    }
}
