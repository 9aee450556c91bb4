package org.importwindow.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.importwindow.assessment.Assessor;
import org.importwindow.exchange.LayeredCustomsExchangeRates;
import org.importwindow.law.DatedParameters;
import org.importwindow.nomenclature.Commodity;
import org.importwindow.nomenclature.Nomenclature;
import org.importwindow.nomenclature.load.NomenclatureLoader;
import org.importwindow.reference.ReferenceData;
import org.importwindow.reference.load.ReferenceDataLoader;
import org.importwindow.tariff.TariffSchedule;
import org.importwindow.tariff.duty.DutyExpression;
import org.importwindow.tariff.load.FullSizeScheduleGenerator;

/**
 * A national schedule of full size (about 9,000 eight-digit lines under the real HS 2022 subheadings and about
 * 250,000 measures) generated deterministically, with the real reference data: what the benchmarks run on.
 */
public final class FullSizeTariff {
    public final FullSizeScheduleGenerator generator;
    public final TariffSchedule schedule;
    public final ReferenceData reference;
    public final Assessor assessor;

    private FullSizeTariff(FullSizeScheduleGenerator generator, TariffSchedule schedule, ReferenceData reference,
                           Assessor assessor) {
        this.generator = generator;
        this.schedule = schedule;
        this.reference = reference;
        this.assessor = assessor;
    }

    public static FullSizeTariff build() {
        FullSizeScheduleGenerator generator = generatorOnly();
        TariffSchedule schedule = schedule(generator);
        ReferenceData reference = ReferenceDataLoader.loadBundled();
        Assessor assessor = new Assessor(schedule, reference, LayeredCustomsExchangeRates.bundled(),
                DatedParameters.loadBundled());
        return new FullSizeTariff(generator, schedule, reference, assessor);
    }

    /** The deterministic generator over the real HS 2022 subheadings. */
    public static FullSizeScheduleGenerator generatorOnly() {
        try (Reader in = hs()) {
            return FullSizeScheduleGenerator.fromHarmonizedSystem(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Only the schedule: the real HS tree, the generated lines and their measures. */
    public static TariffSchedule schedule(FullSizeScheduleGenerator generator) {
        Nomenclature hs = NomenclatureLoader.loadBundled();
        List<Commodity> all = new ArrayList<>(hs.size() + generator.lines().size());
        for (Commodity c : hs.all()) {
            if (c.code().length() <= 6) {
                all.add(new Commodity(c.code(), c.parentCode(), c.section(), c.descriptionEn(), c.descriptionZh(),
                        false, c.legalUnit()));
            }
        }
        for (String line : generator.lines()) {
            String six = line.substring(0, 6);
            Commodity parent = hs.commodity(six).orElse(null);
            if (parent == null) {
                continue; // Comtrade's chapter 99 ("not specified according to kind") is not HS
            }
            all.add(new Commodity(line, six, parent.section(), parent.descriptionEn(), parent.descriptionZh(), true,
                    "KGM"));
        }
        Nomenclature nomenclature = new Nomenclature(hs.sections(), all);
        return new TariffSchedule(nomenclature, generator.measures(DutyExpression::parse),
                List.of(FullSizeScheduleGenerator.legalAct()), List.of());
    }

    private static Reader hs() {
        InputStream in = FullSizeTariff.class.getResourceAsStream("/data/harmonized-system.csv");
        if (in == null) {
            throw new IllegalStateException("data/harmonized-system.csv is not on the classpath");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
