package org.cobalt.neural.neur2ro;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cobalt.core.problem.Problem;
import org.cobalt.robust.model.TwoStageModel;

/**
 * Generates labelled data: {@code instances} random instances, {@code decisions} random decisions
 * per instance and {@code scenarios} random scenarios per decision, each labelled with the exact
 * optimal cost of the decision under the scenario. Instance {@code k} draws from its own stream
 * split off the seed, so the data do not depend on the number of threads.
 *
 * @param sampler   instances, decisions and scenarios
 * @param instances instances to draw
 * @param decisions decisions per instance
 * @param scenarios scenarios per decision
 * @param seed      seed
 * @param threads   worker threads
 */
public record DataGenerator(Neur2roSampler sampler, int instances, int decisions, int scenarios, long seed,
                            int threads) {

    public DataGenerator {
        if (instances < 1 || decisions < 1 || scenarios < 1 || threads < 1) {
            throw new IllegalArgumentException("instances, decisions, scenarios and threads must be >= 1");
        }
    }

    public TrainingData generate() {
        SplittableRandom root = new SplittableRandom(seed);
        long[] seeds = new long[instances];
        for (int k = 0; k < instances; k++) {
            seeds[k] = root.nextLong();
        }
        List<List<TrainingData.Sample>> perInstance = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "neur2ro-data");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Object[]>> futures = new ArrayList<>();
            for (int k = 0; k < instances; k++) {
                int index = k;
                futures.add(pool.submit(() -> one(index, seeds[index])));
            }
            for (Future<Object[]> f : futures) {
                Object[] r = f.get();
                problems.add((Problem) r[0]);
                @SuppressWarnings("unchecked")
                List<TrainingData.Sample> s = (List<TrainingData.Sample>) r[1];
                perInstance.add(s);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("data generation interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("data generation failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        TrainingData data = new TrainingData(sampler.kind());
        for (int k = 0; k < instances; k++) {
            int idx = data.addInstance(Neur2roFeatures.of(problems.get(k)), problems.get(k).name());
            for (TrainingData.Sample s : perInstance.get(k)) {
                data.addSample(new TrainingData.Sample(idx, s.decision(), s.scenario(), s.cost()));
            }
        }
        return data;
    }

    private Object[] one(int index, long instanceSeed) {
        SplittableRandom rng = new SplittableRandom(instanceSeed);
        Problem p = sampler.instance(rng, sampler.kind() + "-train-" + index);
        TwoStageModel model = sampler.model(p);
        List<TrainingData.Sample> samples = new ArrayList<>();
        for (int d = 0; d < decisions; d++) {
            boolean[] x = sampler.decision(p, rng);
            double[] xv = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                xv[i] = x[i] ? 1 : 0;
            }
            for (int s = 0; s < scenarios; s++) {
                double[] xi = sampler.scenario(p, x, rng);
                samples.add(new TrainingData.Sample(index, xv, xi, model.scenarioCost(x, xi)));
            }
        }
        return new Object[] {p, samples};
    }
}
