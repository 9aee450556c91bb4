package org.importwindow.ecommerce;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.importwindow.tariff.Measure;
import org.importwindow.tariff.MeasureType;
import org.importwindow.tariff.TariffSchedule;

/**
 * The cross-border e-commerce retail import list (跨境电子商务零售进口商品清单, the "positive list"): only goods on
 * it on the list's date may be imported this way. Its entries are measures of type
 * {@link MeasureType#CBEC_POSITIVE_LIST} in the schedule, dated and cited like every measure; a measure on a heading
 * covers every line under it.
 *
 * <p>Not modelled: the list's remarks (only bonded imports, per-person weight limits, named goods only); they would
 * be conditions on the measures.
 */
public final class PositiveList {
    private final TariffSchedule schedule;

    public PositiveList(TariffSchedule schedule) {
        this.schedule = schedule;
    }

    /** Whether {@code commodityCode} is on the list on {@code date}. */
    public boolean covers(String commodityCode, LocalDate date) {
        return measure(commodityCode, date).isPresent();
    }

    /** The positive-list measure admitting {@code commodityCode} on {@code date}, the most specific first. */
    public Optional<Measure> measure(String commodityCode, LocalDate date) {
        if (commodityCode == null || commodityCode.length() < 2 || date == null) {
            return Optional.empty();
        }
        List<Measure> ms = schedule.measuresFor(commodityCode, date, MeasureType.CBEC_POSITIVE_LIST);
        return ms.isEmpty() ? Optional.empty() : Optional.of(ms.get(0));
    }
}
