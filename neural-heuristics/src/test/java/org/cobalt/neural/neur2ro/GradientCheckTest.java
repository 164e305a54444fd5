package org.cobalt.neural.neur2ro;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GradientCheckTest {

    @Test
    void backpropagationMatchesFiniteDifferences() {
        SplittableRandom rng = new SplittableRandom(4);
        SetEncoderNetwork net = SetEncoderNetwork.random(SetEncoderNetwork.Architecture.tiny(), 3, 4, rng);
        Mlp[] parts = SetEncoderTrainer.parts(net);
        double[][] d = random(rng, 5, 3);
        double[][] s = random(rng, 5, 4);
        double label = 0.3;
        SetEncoderTrainer.Grad[] g = new SetEncoderTrainer.Grad[parts.length];
        for (int k = 0; k < parts.length; k++) {
            g[k] = new SetEncoderTrainer.Grad(parts[k]);
        }
        SetEncoderTrainer.backprop(parts, g, d, s, label, 1.0, net.aggregation());
        int checked = 0;
        for (int k = 0; k < parts.length; k++) {
            for (int l = 0; l < parts[k].layers(); l++) {
                for (int o = 0; o < parts[k].size(l + 1); o++) {
                    for (int i = 0; i < parts[k].size(l); i++) {
                        double old = parts[k].weight[l][o][i];
                        double h = 1e-6;
                        parts[k].weight[l][o][i] = old + h;
                        double up = loss(net, d, s, label);
                        parts[k].weight[l][o][i] = old - h;
                        double down = loss(net, d, s, label);
                        parts[k].weight[l][o][i] = old;
                        double numeric = (up - down) / (2 * h);
                        assertThat(g[k].w[l][o][i]).as("part %d layer %d [%d][%d]", k, l, o, i)
                                .isCloseTo(numeric, org.assertj.core.data.Offset.offset(1e-5 * Math.max(1, Math.abs(numeric))));
                        checked++;
                    }
                    double old = parts[k].bias[l][o];
                    parts[k].bias[l][o] = old + 1e-6;
                    double up = loss(net, d, s, label);
                    parts[k].bias[l][o] = old - 1e-6;
                    double down = loss(net, d, s, label);
                    parts[k].bias[l][o] = old;
                    assertThat(g[k].b[l][o]).isCloseTo((up - down) / 2e-6, org.assertj.core.data.Offset.offset(1e-5));
                }
            }
        }
        assertThat(checked).isGreaterThan(50);
    }

    private static double loss(SetEncoderNetwork net, double[][] d, double[][] s, double label) {
        double e = net.predict(d, s) - label;
        return e * e;
    }

    private static double[][] random(SplittableRandom rng, int n, int m) {
        double[][] a = new double[n][m];
        for (double[] r : a) {
            for (int j = 0; j < m; j++) {
                r[j] = rng.nextDouble(-1, 1);
            }
        }
        return a;
    }
}
