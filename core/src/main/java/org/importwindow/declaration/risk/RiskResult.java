package org.importwindow.declaration.risk;

import java.util.List;

/** The channel of a declaration with the rules that fired, the total weight and the sampling draw. */
public record RiskResult(Channel channel, int totalWeight, List<FiredRule> fired, SamplingDraw sampling) {
    public RiskResult {
        fired = List.copyOf(fired);
    }

    /** The codes of the rules that fired, in order, without repeats. */
    public List<String> codes() {
        return fired.stream().map(FiredRule::code).distinct().toList();
    }
}
