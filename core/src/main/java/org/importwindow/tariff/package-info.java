/**
 * The tariff as dated law: measures (MFN, provisional, conventional, special preferential, general, in-quota,
 * trade remedies and additional duties, consumption tax, VAT and non-tariff measures), their legal acts and
 * footnotes, indexed by commodity code in {@link org.importwindow.tariff.TariffSchedule}.
 */
package org.importwindow.tariff;
