package org.cobalt.neural.udc.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cobalt.neural.udc.UdcFixtures;
import org.cobalt.neural.udc.model.HeatmapNetwork;
import org.cobalt.neural.udc.model.PathPolicy;
import org.cobalt.neural.udc.model.UdcModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A few steps of both training loops on tiny models: they run, update parameters, log and save loadable models. */
class UdcTrainingTest {

    private static boolean differ(List<org.cobalt.neural.nn.Parameter> a, List<org.cobalt.neural.nn.Parameter> b) {
        for (int i = 0; i < a.size(); i++) {
            if (!java.util.Arrays.equals(a.get(i).values(), b.get(i).values())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void conquerTrainingStepsSaveALoadableBetterOrEqualModel(@TempDir Path dir) throws Exception {
        var s = new ConquerTraining.Settings(UdcFixtures.TINY_POLICY, 1, 1e-3f, 2, 2, 30, 40, 10, 5, 4, 2, 4, dir, null);
        ConquerTraining.Result r = ConquerTraining.run(s);
        assertThat(r.steps()).isEqualTo(4);
        assertThat(r.bestValidRatio()).isLessThanOrEqualTo(r.firstValidRatio()).isPositive();
        PathPolicy best = UdcModels.files().load(r.model(), PathPolicy.class, null);
        PathPolicy last = UdcModels.files().load(dir.resolve("udc-tsp-conquer-last.json"), PathPolicy.class, null);
        assertThat(differ(last.parameters(), new PathPolicy(UdcFixtures.TINY_POLICY, 1).parameters()))
                .as("four Adam steps change the parameters").isTrue();
        assertThat(best.config()).isEqualTo(UdcFixtures.TINY_POLICY);
        assertThat(Files.readAllLines(dir.resolve("conquer-log.csv"))).hasSizeGreaterThanOrEqualTo(6)
                .first().isEqualTo("step,seconds,train_mean_length,valid_ratio");
    }

    @Test
    void divideTrainingStepsSaveALoadableModel(@TempDir Path dir) throws Exception {
        var s = new DivideTraining.Settings(UdcFixtures.TINY_HEATMAP, 1, 1e-3f, 3, 20, 30, 8, 5, 3, 3, 2, dir, null, null);
        DivideTraining.Result r = DivideTraining.run(s);
        assertThat(r.steps()).isEqualTo(3);
        assertThat(r.bestValidLength()).isLessThanOrEqualTo(r.firstValidLength()).isPositive();
        HeatmapNetwork last = UdcModels.files().load(dir.resolve("udc-tsp-divide-last.json"), HeatmapNetwork.class, null);
        assertThat(differ(last.parameters(), new HeatmapNetwork(UdcFixtures.TINY_HEATMAP, 1).parameters())).isTrue();
        assertThat(UdcModels.files().load(r.model(), HeatmapNetwork.class, null).config()).isEqualTo(UdcFixtures.TINY_HEATMAP);
    }

    @Test
    void commandLineRejectsUnknownArguments(@TempDir Path dir) {
        assertThatThrownBy(() -> UdcTraining.main(new String[] {"conquer", "out=" + dir, "bogus=1"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bogus");
        assertThatThrownBy(() -> UdcTraining.main(new String[] {"fly"})).isInstanceOf(IllegalArgumentException.class);
    }
}
