package org.importwindow.ecommerce.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.importwindow.tariff.duty.Unit;
import org.junit.jupiter.api.Test;

/** The customs code lists map the messages' codes to ISO codes and our units, as data. */
class CustomsCodesTest {
    private final CustomsCodes codes = CustomsCodes.bundled();

    @Test
    void customs_country_codes_map_to_iso_alpha_2() {
        assertThat(codes.countryIso("502")).contains("US");
        assertThat(codes.countryIso("142")).contains("CN");
        assertThat(codes.countryIso("116")).contains("JP");
        assertThat(codes.countryIso("110")).contains("HK");
        assertThat(codes.countryIso("143")).contains("TW");
        assertThat(codes.countryIso("303")).contains("GB");
        assertThat(codes.customsCountry("AU")).contains("601");
        assertThat(codes.countryIso("701")).as("country unknown has no ISO code").isEmpty();
        assertThat(codes.isCountry("701")).isTrue();
        assertThat(codes.countryIso("999")).isEmpty();
        assertThat(codes.isCountry("999")).isFalse();
        assertThat(codes.countryIso(null)).isEmpty();
    }

    @Test
    void customs_currency_codes_map_to_iso_4217() {
        assertThat(codes.currencyIso("142")).contains("CNY");
        assertThat(codes.currencyIso("502")).contains("USD");
        assertThat(codes.currencyIso("300")).contains("EUR");
        assertThat(codes.currencyIso("116")).contains("JPY");
    }

    @Test
    void customs_units_map_to_our_units_only_where_they_mean_the_same() {
        assertThat(codes.unit("007")).contains("PCE");
        assertThat(codes.unit("011")).contains("PCE");
        assertThat(codes.unit("035")).contains("KGM");
        assertThat(codes.unit("036")).contains("GRM");
        assertThat(codes.unit("070")).contains("TNE");
        assertThat(codes.unit("095")).contains("LTR");
        assertThat(codes.unit("096")).contains("MLT");
        assertThat(codes.unit("025")).contains("PR");
        assertThat(codes.unit("143")).contains("KSTICK");
        assertThat(codes.unit("142")).as("bottle: no unit of ours").isEmpty();
        assertThat(codes.isUnit("142")).isTrue();
        assertThat(codes.unit("008")).as("只 counts animals or articles: ambiguous").isEmpty();
        assertThat(codes.unitEntry("120").orElseThrow().nameZh()).isEqualTo("箱");
    }

    @Test
    void every_code_the_official_samples_use_is_known() {
        for (String country : Set.of("116", "142")) {
            assertThat(codes.country(country).orElseThrow().source()).contains("sample");
        }
        assertThat(codes.currency("142").orElseThrow().source()).contains("sample");
        assertThat(codes.unitEntry("007").orElseThrow().source()).contains("sample");
        assertThat(codes.unitEntry("035").orElseThrow().source()).contains("sample");
    }

    @Test
    void every_mapped_code_exists_in_the_iso_tables_and_our_unit_enum() throws IOException {
        Set<String> iso2 = column("/data/country-codes.csv", "ISO3166-1-Alpha-2");
        Set<String> iso4217 = column("/data/codes-all.csv", "AlphabeticCode");

        assertThat(codes.countries()).filteredOn(e -> e.mapped() != null)
                .allSatisfy(e -> assertThat(iso2).as(e.code()).contains(e.mapped()));
        assertThat(codes.currencies()).allSatisfy(e -> assertThat(iso4217).as(e.code()).contains(e.mapped()));
        assertThat(codes.units()).filteredOn(e -> e.mapped() != null)
                .allSatisfy(e -> assertThat(Unit.valueOf(e.mapped())).isNotNull());
        assertThat(codes.countries()).allSatisfy(e -> assertThat(e.source()).isNotBlank());
    }

    @Test
    void every_entry_of_the_research_note_codes_md_is_in_the_tables() {
        assertThat(codes.countries()).filteredOn(e -> e.source().contains("codes.md")).hasSize(24);
        assertThat(codes.currencies()).filteredOn(e -> e.source().contains("codes.md")).hasSize(13);
        assertThat(codes.units()).filteredOn(e -> e.source().contains("codes.md")).hasSize(20);
    }

    @Test
    void a_fuller_table_can_be_loaded_and_a_unit_we_do_not_have_is_refused() {
        CustomsCodes custom = CustomsCodes.load(
                new StringReader("code,iso2,name_en,name_zh,source\n502,US,United States,美国,official\n"),
                new StringReader("code,iso4217,name_en,name_zh\n142,CNY,Yuan,人民币\n"),
                new StringReader("code,name_zh,name_en,unit\n035,千克,kilogram,KGM\n"));
        assertThat(custom.countryIso("502")).contains("US");
        assertThat(custom.currency("142").orElseThrow().source()).isNull();

        assertThatThrownBy(() -> CustomsCodes.load(new StringReader("code,iso2,name_en,name_zh\n"),
                new StringReader("code,iso4217,name_en,name_zh\n"),
                new StringReader("code,name_zh,name_en,unit\n999,桶,barrel,BBL\n")))
                .hasMessageContaining("999->BBL");
        assertThatThrownBy(() -> CustomsCodes.load(
                new StringReader("code,iso2,name_en,name_zh\n502,US,a,b\n502,US,a,b\n"),
                new StringReader("code,iso4217,name_en,name_zh\n"), new StringReader("code,name_zh,name_en,unit\n")))
                .hasMessageContaining("twice");
    }

    private static Set<String> column(String resource, String name) throws IOException {
        Set<String> out = new HashSet<>();
        try (InputStream in = CustomsCodesTest.class.getResourceAsStream(resource)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                out.add(r.get(name).strip());
            }
        }
        return out;
    }
}
