package org.importwindow.complaint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Defect signals: each product's complaints in a week tested against that product's own recent weeks.
 *
 * <p>Test: a one-sided Poisson test. The expected weekly count λ is the mean of the {@link SignalSettings#baselineWeeks}
 * weeks before the tested week (weeks without complaints count as zero), floored at
 * {@link SignalSettings#minBaselineMean}; the week is flagged when it holds at least {@link SignalSettings#minCount}
 * complaints and P(X ≥ observed | λ) &lt; {@link SignalSettings#maxP}. This is the scheme of public-health aberration
 * detection for sparse counts (the CDC's EARS and the Farrington method use a baseline of past periods and a
 * Poisson-type upper bound); a z-score on a mean of 0.3 a week would be meaningless, and the exact tail is right
 * for counts of 0 to 10. The floor and the minimum count keep a new or rarely complained-of product from being
 * flagged by noise. Not modelled: over-dispersion and trend (Farrington's quasi-Poisson regression needs years of
 * history that new imports do not have), which the conservative p threshold partly makes up for.
 */
public final class DefectSignals {

    private final SignalSettings settings;

    public DefectSignals(SignalSettings settings) {
        this.settings = settings;
    }

    public SignalSettings settings() {
        return settings;
    }

    /** Every product with complaints in the tested weeks up to {@code asOf}, flagged or not, flagged first. */
    public List<DefectSignal> assess(Collection<ProductComplaint> complaints, LocalDate asOf) {
        IsoWeek current = IsoWeek.of(asOf);
        Map<String, List<ProductComplaint>> byProduct = complaints.stream()
                .filter(c -> !c.receivedOn().isAfter(asOf))
                .collect(Collectors.groupingBy(ProductComplaint::productKey, TreeMap::new, Collectors.toList()));
        List<DefectSignal> out = new ArrayList<>();
        for (List<ProductComplaint> list : byProduct.values()) {
            Map<IsoWeek, List<ProductComplaint>> byWeek = list.stream()
                    .collect(Collectors.groupingBy(c -> IsoWeek.of(c.receivedOn())));
            for (int back = settings.recentWeeks() - 1; back >= 0; back--) {
                IsoWeek week = current.minus(back);
                List<ProductComplaint> inWeek = byWeek.getOrDefault(week, List.of());
                if (!inWeek.isEmpty()) {
                    out.add(test(week, inWeek, byWeek));
                }
            }
        }
        out.sort(Comparator.comparing(DefectSignal::flagged).reversed()
                .thenComparing(DefectSignal::pValue)
                .thenComparing(DefectSignal::productKey));
        return out;
    }

    /** Only the flagged ones. */
    public List<DefectSignal> flagged(Collection<ProductComplaint> complaints, LocalDate asOf) {
        return assess(complaints, asOf).stream().filter(DefectSignal::flagged).toList();
    }

    private DefectSignal test(IsoWeek week, List<ProductComplaint> inWeek, Map<IsoWeek, List<ProductComplaint>> byWeek) {
        List<Integer> baseline = new ArrayList<>();
        for (int i = settings.baselineWeeks(); i >= 1; i--) {
            baseline.add(byWeek.getOrDefault(week.minus(i), List.of()).size());
        }
        double mean = baseline.stream().mapToInt(Integer::intValue).average().orElse(0);
        double expected = Math.max(mean, settings.minBaselineMean());
        int observed = inWeek.size();
        double p = Poisson.upperTail(observed, expected);
        boolean flagged = observed >= settings.minCount() && p < settings.maxP();
        List<ProductComplaint> sorted = inWeek.stream()
                .sorted(Comparator.comparing(ProductComplaint::receivedOn).thenComparing(ProductComplaint::reference))
                .toList();
        List<List<ProductComplaint>> groups = SimilarTexts.group(sorted, ProductComplaint::description,
                settings.similarity());
        ProductComplaint first = sorted.get(0);
        return new DefectSignal(id(first.productKey(), week), first.productKey(), first.productLabel(), week,
                observed, List.copyOf(baseline), mean, expected, p, flagged, groups);
    }

    /** A short id safe in a URL path, stable for a product and week: {@code 2026-W48-<12 hex>}. */
    public static String id(String productKey, IsoWeek week) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(productKey.getBytes(StandardCharsets.UTF_8));
            return week + "-" + HexFormat.of().formatHex(h, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
