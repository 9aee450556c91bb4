package org.importwindow.enterprise;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The foreign AEO programmes China recognises (AEO mutual-recognition arrangements): a shipment from an AEO of a
 * partner economy gets the facilitation of a Chinese AEO. Data, dated, from {@value #BUNDLED}; the bundled rows are
 * marked unverified (see law/enterprise/README.md).
 */
public final class AeoMutualRecognition {
    public static final String BUNDLED = "/law/enterprise/aeo-mutual-recognition.csv";

    /** One partner economy of an arrangement. */
    public record Partner(String arrangement, String country, String nameEn, String nameZh, LocalDate signed,
                          LocalDate inForce, boolean verified, String note) {
    }

    private final List<Partner> partners;

    public AeoMutualRecognition(List<Partner> partners) {
        this.partners = List.copyOf(partners);
    }

    public static AeoMutualRecognition loadBundled() {
        InputStream in = AeoMutualRecognition.class.getResourceAsStream(BUNDLED);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + BUNDLED);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            List<Partner> list = new ArrayList<>();
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                list.add(new Partner(r.get("arrangement"), r.get("partner"), r.get("partner_en"), r.get("partner_zh"),
                        LocalDate.parse(r.get("signed")), LocalDate.parse(r.get("in_force")),
                        Boolean.parseBoolean(r.get("verified")), r.get("note")));
            }
            return new AeoMutualRecognition(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Partner> partners() {
        return partners;
    }

    /** The arrangement under which an AEO of {@code country} is recognised on {@code date}, if any. */
    public Optional<Partner> partner(String country, LocalDate date) {
        for (Partner p : partners) {
            if (p.country().equals(country) && !date.isBefore(p.inForce())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Whether AEOs of {@code country} are recognised on {@code date}. */
    public boolean recognises(String country, LocalDate date) {
        return partner(country, date).isPresent();
    }

    /** How many distinct arrangements the data holds. */
    public long arrangementCount() {
        return partners.stream().map(Partner::arrangement).distinct().count();
    }
}
