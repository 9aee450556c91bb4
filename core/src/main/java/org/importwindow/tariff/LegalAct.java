package org.importwindow.tariff;

import java.time.LocalDate;

/**
 * The legal instrument that made a measure or a parameter: a law, a regulation, a tariff commission
 * announcement, a GACC order.
 *
 * @param id        stable id used in measure files, e.g. {@code TCC-2025-11}
 * @param reference the official document number, e.g. {@code 税委会公告2025年第11号}
 * @param published date published or adopted, may be null
 * @param url       where to read it, may be null
 */
public record LegalAct(String id, String reference, String titleZh, String titleEn, LocalDate published, String url) {
}
