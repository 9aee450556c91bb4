package org.importwindow.law;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The value a legal parameter has for a period, with the act that sets it.
 *
 * @param from     first day in force
 * @param to       last day in force, or null when open-ended
 * @param legalAct short name or number of the act, e.g. {@code 财政部 税务总局 海关总署公告2019年第39号}
 * @param citation article-level reference (may say "verify" where the article could not be checked)
 */
public record DatedValue(LocalDate from, LocalDate to, BigDecimal value, String legalAct, String citation) {

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }
}
