/**
 * Risk assessment of declarations: rules as data ({@code law/risk-rules.yaml}), random sampling with rates by credit
 * level (legal parameters {@code risk.sampling.rate.*}), and the channel GREEN / YELLOW / RED. Deterministic under a
 * seed: the draw comes from a {@link java.util.SplittableRandom} seeded from (seed, declaration reference).
 */
package org.importwindow.declaration.risk;
