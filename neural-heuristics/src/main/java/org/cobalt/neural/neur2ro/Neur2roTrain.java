package org.cobalt.neural.neur2ro;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Command line for Neur2RO training: generates labelled data with a seeded sampler, trains the set
 * encoder and writes the model file.
 * <pre>
 *   java ... org.cobalt.neural.neur2ro.Neur2roTrain --problem kp --instances 500 --decisions 10 \
 *       --scenarios 20 --epochs 150 --seed 1 --threads 2 --out models/neur2ro-kp.json
 * </pre>
 * Options: {@code --problem kp|cb}, {@code --instances}, {@code --decisions}, {@code --scenarios},
 * {@code --sizes 20,30,...} (instance sizes), {@code --epochs}, {@code --batch}, {@code --lr},
 * {@code --patience}, {@code --seed}, {@code --threads} (data generation), {@code --out}.
 */
public final class Neur2roTrain {

    private Neur2roTrain() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; returns the exit status (0 ok, 2 bad arguments). */
    public static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        try {
            return train(args, out, err);
        } catch (NumberFormatException e) {
            err.println("bad numeric option: " + e.getMessage());
            return 2;
        }
    }

    private static int train(String[] args, PrintStream out, PrintStream err) throws Exception {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("problem", "kp");
        o.put("instances", "500");
        o.put("decisions", "10");
        o.put("scenarios", "20");
        o.put("sizes", "");
        o.put("epochs", "150");
        o.put("batch", "64");
        o.put("lr", "5e-3");
        o.put("patience", "30");
        o.put("seed", "1");
        o.put("threads", "1");
        o.put("out", "");
        for (int k = 0; k < args.length; k++) {
            String a = args[k];
            if (!a.startsWith("--") || k + 1 >= args.length || !o.containsKey(a.substring(2))) {
                err.println("unknown or incomplete option " + a + "; options: " + o.keySet());
                return 2;
            }
            o.put(a.substring(2), args[++k]);
        }
        if (o.get("out").isEmpty()) {
            err.println("--out PATH is required");
            return 2;
        }
        Neur2roSampler sampler;
        int dFeatures;
        int sFeatures;
        int[] sizes = o.get("sizes").isEmpty() ? null
                : java.util.Arrays.stream(o.get("sizes").split(",")).mapToInt(s -> Integer.parseInt(s.trim())).toArray();
        switch (o.get("problem").toLowerCase(Locale.ROOT)) {
            case "kp" -> {
                sampler = sizes == null ? new KnapsackSampler() : new KnapsackSampler(sizes);
                dFeatures = KnapsackFeatures.FEATURES;
                sFeatures = KnapsackFeatures.FEATURES;
            }
            case "cb" -> {
                sampler = sizes == null ? new CapitalBudgetingSampler() : new CapitalBudgetingSampler(sizes, 4);
                dFeatures = CapitalBudgetingFeatures.FEATURES;
                sFeatures = CapitalBudgetingFeatures.FEATURES;
            }
            default -> {
                err.println("--problem must be kp or cb");
                return 2;
            }
        }
        long seed = Long.parseLong(o.get("seed"));
        long t0 = System.nanoTime();
        TrainingData data = new DataGenerator(sampler, Integer.parseInt(o.get("instances")),
                Integer.parseInt(o.get("decisions")), Integer.parseInt(o.get("scenarios")), seed,
                Integer.parseInt(o.get("threads"))).generate();
        double genSeconds = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "generated %d samples on %d instances in %.1f s%n", data.samples().size(),
                data.instances().size(), genSeconds);
        TrainingConfig cfg = new TrainingConfig(SetEncoderNetwork.Architecture.paper(), Integer.parseInt(o.get("epochs")),
                Integer.parseInt(o.get("batch")), Double.parseDouble(o.get("lr")), 0.2, Integer.parseInt(o.get("patience")),
                seed);
        SetEncoderTrainer.Result r = new SetEncoderTrainer(cfg).train(data, dFeatures, sFeatures, e -> { });
        Map<String, String> notes = new LinkedHashMap<>(r.model().training());
        notes.put("dataSeconds", String.format(Locale.ROOT, "%.1f", genSeconds));
        notes.put("command", "Neur2roTrain " + String.join(" ", args));
        Neur2roModel model = new Neur2roModel(r.model().kind(), r.model().network(), r.model().scaler(), notes);
        Neur2roModelFile.write(model, Path.of(o.get("out")));
        out.println(r.report());
        out.println("model written to " + o.get("out"));
        return 0;
    }
}
