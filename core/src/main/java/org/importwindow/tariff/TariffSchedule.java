package org.importwindow.tariff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.importwindow.nomenclature.Nomenclature;

/**
 * The national tariff schedule: the nomenclature with every measure, legal act and footnote, indexed so that the
 * measures of a line (those on the line itself and on each of its ancestors) are found by at most five map
 * look-ups. Immutable; a new schedule is built when measures are imported.
 */
public final class TariffSchedule {
    private final Nomenclature nomenclature;
    private final Map<String, Measure[]> byCode;
    private final Map<String, LegalAct> legalActs;
    private final Map<String, Footnote> footnotes;
    private final int measureCount;
    /** code -> the measures on it and on its ancestors, most specific first; filled on first use of each code. */
    private final java.util.concurrent.ConcurrentHashMap<String, Measure[]> lineage =
            new java.util.concurrent.ConcurrentHashMap<>();

    public TariffSchedule(Nomenclature nomenclature, Collection<Measure> measures, Collection<LegalAct> legalActs,
                          Collection<Footnote> footnotes) {
        this.nomenclature = nomenclature;
        Map<String, List<Measure>> index = new HashMap<>();
        for (Measure m : measures) {
            index.computeIfAbsent(m.commodityCode(), k -> new ArrayList<>()).add(m);
        }
        Map<String, Measure[]> compact = new HashMap<>(index.size() * 2);
        index.forEach((k, v) -> compact.put(k, v.toArray(new Measure[0])));
        this.byCode = compact;
        this.measureCount = measures.size();
        Map<String, LegalAct> acts = new LinkedHashMap<>();
        legalActs.forEach(a -> acts.put(a.id(), a));
        this.legalActs = acts;
        Map<String, Footnote> notes = new LinkedHashMap<>();
        footnotes.forEach(f -> notes.put(f.id(), f));
        this.footnotes = notes;
    }

    public Nomenclature nomenclature() {
        return nomenclature;
    }

    public int measureCount() {
        return measureCount;
    }

    public Optional<LegalAct> legalAct(String id) {
        return Optional.ofNullable(id == null ? null : legalActs.get(id));
    }

    public Collection<LegalAct> legalActs() {
        return legalActs.values();
    }

    public Optional<Footnote> footnote(String id) {
        return Optional.ofNullable(id == null ? null : footnotes.get(id));
    }

    public Collection<Footnote> footnotes() {
        return footnotes.values();
    }

    /** Every measure, in no particular order. */
    public List<Measure> allMeasures() {
        List<Measure> all = new ArrayList<>(measureCount);
        byCode.values().forEach(a -> all.addAll(List.of(a)));
        return all;
    }

    /**
     * The measures that apply to {@code code} on {@code date}: those on the code itself and on every ancestor code
     * (a measure applies to its whole subtree), most specific code first.
     */
    public List<Measure> measuresFor(String code, LocalDate date) {
        Measure[] all = lineage.get(code);
        if (all == null) {
            all = lineage.computeIfAbsent(code, this::lineageOf);
        }
        List<Measure> result = new ArrayList<>(all.length);
        for (Measure m : all) {
            if (m.inForceOn(date)) {
                result.add(m);
            }
        }
        return result;
    }

    private Measure[] lineageOf(String code) {
        List<Measure> result = new ArrayList<>();
        for (int len = code.length(); len >= 2; len -= 2) {
            Measure[] ms = byCode.get(len == code.length() ? code : code.substring(0, len));
            if (ms != null) {
                result.addAll(List.of(ms));
            }
        }
        return result.toArray(new Measure[0]);
    }

    /** Like {@link #measuresFor(String, LocalDate)} but of one type only. */
    public List<Measure> measuresFor(String code, LocalDate date, MeasureType type) {
        List<Measure> result = new ArrayList<>();
        for (Measure m : measuresFor(code, date)) {
            if (m.type() == type) {
                result.add(m);
            }
        }
        return result;
    }
}
