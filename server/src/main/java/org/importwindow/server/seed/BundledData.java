package org.importwindow.server.seed;

import java.util.List;
import org.importwindow.exchange.ExchangeRate;
import org.importwindow.nomenclature.Nomenclature;
import org.importwindow.reference.ReferenceData;
import org.importwindow.tariff.Footnote;
import org.importwindow.tariff.LegalAct;
import org.importwindow.tariff.Measure;

/** The reference and demo data shipped in the core jar, read once to fill an empty database. */
public record BundledData(Nomenclature nomenclature, ReferenceData reference, List<LegalAct> legalActs,
                          List<Footnote> footnotes, List<Measure> measures, List<ExchangeRate> exchangeRates) {
}
