package org.importwindow.reference.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.importwindow.reference.ArrangementCategory;
import org.importwindow.reference.Country;
import org.importwindow.reference.PreferentialArrangement;
import org.importwindow.reference.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BundledReferenceDataTest {
    static final LocalDate DECLARED = LocalDate.of(2026, 3, 16);
    static ReferenceData data;

    @BeforeAll
    static void load() {
        data = ReferenceDataLoader.loadBundled();
    }

    @Test
    void countries_carry_chinese_names() {
        Country au = data.country("AU").orElseThrow();
        assertThat(au.nameZh()).isEqualTo("澳大利亚");
        assertThat(au.iso3()).isEqualTo("AUS");
        assertThat(au.numeric()).isEqualTo("036");
        assertThat(au.currency()).isEqualTo("AUD");
        assertThat(data.country("TW").orElseThrow().nameZh()).isEqualTo("中国台北");
        assertThat(data.country("HK").orElseThrow().nameZh()).isEqualTo("中国香港");
        assertThat(data.country("MO").orElseThrow().nameZh()).isEqualTo("中国澳门");
        assertThat(data.country("BT").orElseThrow().currency()).isEqualTo("BTN");
        assertThat(data.countries()).allSatisfy(c -> assertThat(c.nameZh()).isNotBlank());
    }

    @Test
    void current_currencies_only_once_each() {
        assertThat(data.currency("EUR").orElseThrow().minorUnit()).isEqualTo(2);
        assertThat(data.currency("JPY").orElseThrow().minorUnit()).isZero();
        assertThat(data.currency("CNY")).isPresent();
        assertThat(data.currency("DEM")).as("withdrawn").isEmpty();
    }

    @Test
    void australian_goods_on_2026_03_16_may_claim_chafta_and_rcep() {
        assertThat(data.covers("PA-AU", "AU", DECLARED)).isTrue();
        assertThat(data.covers("PA-AUR", "AU", DECLARED)).isTrue();
        assertThat(data.covers("PA-AU", "NZ", DECLARED)).isFalse();
        assertThat(data.covers("PA-AU", "AU", LocalDate.of(2025, 12, 31)))
                .as("the 2026 tariff book is the only act we hold").isFalse();
        PreferentialArrangement au = data.arrangement("AU").orElseThrow();
        assertThat(au.category()).isEqualTo(ArrangementCategory.CONVENTIONAL);
        assertThat(au.groupId()).isEqualTo("PA-AU");
        assertThat(au.legalAct()).isEqualTo("CN-TARIFF-2026");
    }

    @Test
    void ethiopia_is_one_of_the_43_least_developed_beneficiaries() {
        assertThat(data.covers("PA-LD", "ET", DECLARED)).isTrue();
        assertThat(data.group("PA-LD").orElseThrow().memberships()).hasSize(43);
        assertThat(data.arrangement("LD").orElseThrow().category()).isEqualTo(ArrangementCategory.SPECIAL);
    }

    @Test
    void special_preference_codes_are_kept_apart_from_the_conventional_ones() {
        assertThat(data.arrangements()).extracting(PreferentialArrangement::code)
                .contains("AP", "AP-S", "KH", "KH-S", "LA-S", "MM-S", "LD").hasSize(33);
        assertThat(data.covers("PA-AP-S", "BD", DECLARED)).isTrue();
        assertThat(data.covers("PA-AP-S", "IN", DECLARED)).isFalse();
        assertThat(data.covers("PA-AP", "IN", DECLARED)).isTrue();
        assertThat(data.covers("PA-MM-S", "MM", DECLARED)).isTrue();
    }

    @Test
    void french_brazilian_and_american_goods_are_entitled_to_mfn() {
        assertThat(data.covers("MFN", "FR", DECLARED)).isTrue();
        assertThat(data.covers("MFN", "BR", DECLARED)).isTrue();
        assertThat(data.covers("MFN", "US", DECLARED)).isTrue();
        assertThat(data.covers("MFN", "CN", DECLARED)).as("re-imported Chinese goods").isTrue();
        assertThat(data.covers("MFN", "ET", DECLARED)).as("bilateral partner").isTrue();
        assertThat(data.covers("MFN", "ZZ", DECLARED)).as("unknown origin pays the general rate").isFalse();
    }

    @Test
    void wto_membership_is_dated_by_accession() {
        assertThat(data.group("WTO").orElseThrow().memberships()).hasSize(165);
        assertThat(data.covers("WTO", "RU", LocalDate.of(2012, 8, 21))).isFalse();
        assertThat(data.covers("WTO", "RU", LocalDate.of(2012, 8, 22))).isTrue();
        assertThat(data.covers("WTO", "TW", LocalDate.of(2002, 1, 1))).isTrue();
        assertThat(data.covers("ERGA_OMNES", "ZZ", DECLARED)).isTrue();
    }

    @Test
    void graduated_countries_leave_the_un_ldc_list_on_their_graduation_day() {
        assertThat(data.covers("LDC-UN", "ST", LocalDate.of(2024, 12, 12))).isTrue();
        assertThat(data.covers("LDC-UN", "ST", LocalDate.of(2024, 12, 13))).isFalse();
        assertThat(data.covers("LDC-UN", "BT", LocalDate.of(2023, 12, 13))).isFalse();
        assertThat(data.covers("LDC-UN", "ET", DECLARED)).isTrue();
    }
}
