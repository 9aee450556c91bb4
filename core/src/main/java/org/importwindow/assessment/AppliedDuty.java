package org.importwindow.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.importwindow.tariff.LegalAct;
import org.importwindow.tariff.MeasureType;

/**
 * The duty measure applied to an item (or one additional duty): its type, arrangement, expression, the amount in
 * yuan (rounded to the fen) and the legal act with the measure's validity.
 */
public record AppliedDuty(long measureSid, MeasureType measureType, String arrangement, String geographicalArea,
                          String expression, BigDecimal amount, LegalAct legalAct, LocalDate validFrom,
                          LocalDate validTo) {
}
