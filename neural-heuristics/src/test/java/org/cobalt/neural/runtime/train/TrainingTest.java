package org.cobalt.neural.runtime.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cobalt.neural.nn.BipartiteBatch;
import org.cobalt.neural.nn.GcnnPolicy;
import org.cobalt.neural.nn.Parameter;
import org.cobalt.neural.runtime.ModelFiles;
import org.cobalt.neural.runtime.ModelOutput;
import org.cobalt.neural.runtime.djl.DjlBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: a GCNN learns a label that only message passing can compute, with Adam, seeded
 * shuffling, early stopping and checkpoints; the saved best model reproduces the accuracy.
 */
class TrainingTest {

    @TempDir
    Path dir;

    @Test
    void gcnnLearnsTightConstraintMembership() throws Exception {
        List<TightConstraintTask.Sample> train = TightConstraintTask.samples(240, 1);
        List<TightConstraintTask.Sample> valid = TightConstraintTask.samples(60, 2);
        List<TightConstraintTask.Sample> test = TightConstraintTask.samples(100, 3);
        GcnnPolicy model = new GcnnPolicy(TightConstraintTask.CONFIG, 5);
        double before = accuracy(model, test);
        TrainConfig cfg = new TrainConfig(5e-3f, 40, 16, 7, 6, 1e-4, dir);
        TrainingResult result;
        try (Trainer<TightConstraintTask.Sample> trainer = new Trainer<>(model, TightConstraintTask.loss(model), cfg)) {
            result = trainer.fit(train, valid);
        }
        double after = accuracy(model, test);
        assertThat(after).as("test accuracy after training (before: %s, result: %s)", before, result).isGreaterThan(0.95);
        assertThat(result.trainLoss()[result.epochsRun() - 1]).isLessThan(result.trainLoss()[0]);
        assertThat(result.bestValidLoss()).isEqualTo(result.validLoss()[result.bestEpoch()]);
        Path best = dir.resolve("best.json");
        assertThat(best).exists();
        assertThat(Files.readString(best)).contains("\"epoch\" : \"" + result.bestEpoch() + "\"");
        GcnnPolicy reloaded = new ModelFiles().load(best, GcnnPolicy.class, model.features());
        assertThat(accuracy(reloaded, test)).isEqualTo(after);
    }

    @Test
    void earlyStoppingWaitsForPatience() {
        EarlyStopping s = new EarlyStopping(2, 0.01);
        assertThat(s.update(0, 1.0)).isTrue();
        assertThat(s.update(1, 0.995)).isFalse(); // below minDelta
        assertThat(s.shouldStop()).isFalse();
        assertThat(s.update(2, 0.5)).isTrue();
        assertThat(s.update(3, 0.6)).isFalse();
        assertThat(s.update(4, 0.7)).isFalse();
        assertThat(s.shouldStop()).isTrue();
        assertThat(s.bestEpoch()).isEqualTo(2);
        assertThat(s.best()).isEqualTo(0.5);
    }

    @Test
    void sameSeedGivesBitIdenticalParametersAfterInitAndTraining() {
        List<TightConstraintTask.Sample> data = TightConstraintTask.samples(32, 11);
        float[][] first = trainFewSteps(data, 3);
        float[][] second = trainFewSteps(data, 3);
        assertThat(first).hasSameDimensionsAs(second);
        for (int i = 0; i < first.length; i++) {
            assertThat(bits(first[i])).isEqualTo(bits(second[i]));
        }
        float[][] init1 = values(new GcnnPolicy(TightConstraintTask.CONFIG, 3));
        float[][] init2 = values(new GcnnPolicy(TightConstraintTask.CONFIG, 3));
        float[][] other = values(new GcnnPolicy(TightConstraintTask.CONFIG, 4));
        for (int i = 0; i < init1.length; i++) {
            assertThat(bits(init1[i])).isEqualTo(bits(init2[i]));
        }
        assertThat(bits(init1[2])).isNotEqualTo(bits(other[2])); // a weight matrix (index 0, 1 are layer-norm constants)
        assertThat(bits(first[2])).as("training moved the parameters").isNotEqualTo(bits(init1[2]));
    }

    private static float[][] trainFewSteps(List<TightConstraintTask.Sample> data, long seed) {
        GcnnPolicy model = new GcnnPolicy(TightConstraintTask.CONFIG, seed);
        TrainConfig cfg = new TrainConfig(1e-2f, 2, 8, seed, 5, 0, null);
        try (Trainer<TightConstraintTask.Sample> t = new Trainer<>(model, TightConstraintTask.loss(model), cfg)) {
            t.fit(data, List.of());
        }
        return values(model);
    }

    private static float[][] values(GcnnPolicy m) {
        return m.parameters().stream().map(Parameter::values).toArray(float[][]::new);
    }

    private static int[] bits(float[] a) {
        int[] b = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            b[i] = Float.floatToRawIntBits(a[i]);
        }
        return b;
    }

    private static double accuracy(GcnnPolicy model, List<TightConstraintTask.Sample> samples) {
        try (DjlBackend cpu = DjlBackend.cpu()) {
            BipartiteBatch b = BipartiteBatch.of(samples.stream().map(TightConstraintTask.Sample::graph).toList());
            ModelOutput out = cpu.infer(model, b);
            float[] labels = TightConstraintTask.concat(samples);
            int right = 0;
            for (int i = 0; i < labels.length; i++) {
                if ((out.values()[i] > 0) == (labels[i] > 0.5f)) {
                    right++;
                }
            }
            return right / (double) labels.length;
        }
    }
}
