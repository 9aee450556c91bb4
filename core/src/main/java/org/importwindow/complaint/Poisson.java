package org.importwindow.complaint;

/** The Poisson upper tail, the only distribution the signal test needs. */
public final class Poisson {

    private Poisson() {
    }

    /** P(X ≥ k) for X ~ Poisson(λ): one minus the lower sum, summed in order so small tails keep their precision. */
    public static double upperTail(int k, double lambda) {
        if (k <= 0) {
            return 1.0;
        }
        if (lambda <= 0) {
            return 0.0;
        }
        double term = Math.exp(-lambda);
        double lower = 0;
        for (int i = 0; i < k; i++) {
            lower += term;
            term *= lambda / (i + 1);
        }
        // For large k the lower sum rounds to 1; sum the upper terms directly instead.
        if (lower > 0.999) {
            double upper = 0;
            double t = term;
            for (int i = k; i < k + 1000 && t > 1e-300; i++) {
                upper += t;
                t *= lambda / (i + 1);
            }
            return upper;
        }
        return 1.0 - lower;
    }
}
