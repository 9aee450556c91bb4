package org.importwindow.law;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A legal parameter: its id, what it means in English and Chinese, its unit and its dated values. */
public record Parameter(String id, String descriptionEn, String descriptionZh, String unit, List<DatedValue> values) {

    public Parameter {
        values = List.copyOf(values);
    }

    public Optional<DatedValue> valueOn(LocalDate date) {
        for (DatedValue v : values) {
            if (v.inForceOn(date)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
