package org.importwindow.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.importwindow.declaration.World.*;

import java.time.Instant;
import java.util.List;
import org.importwindow.declaration.DeclarationEvent.ChannelAssigned;
import org.importwindow.declaration.DeclarationEvent.DeclarationAssessed;
import org.importwindow.declaration.DeclarationEvent.DeclarationLodged;
import org.importwindow.enterprise.DemoEnterprises;
import org.junit.jupiter.api.Test;

class DeclarationDeskTest {
    private static final Instant AT = Instant.parse("2026-03-16T02:00:00Z");

    @Test
    void wine_from_australia_is_lodged_assessed_and_channelled_with_the_chafta_rate() {
        Lodgement l = DESK.lodge(wineFromAustralia("A-2026-0001"), DemoEnterprises.A, 5, "declarant-a", AT, 42);
        assertThat(l.events()).hasExactlyElementsOfTypes(DeclarationLodged.class, DeclarationAssessed.class,
                ChannelAssigned.class);
        assertThat(l.state().status()).isEqualTo(DeclarationStatus.SELECTED);
        assertThat(l.assessment().items().get(0).duty().arrangement()).isEqualTo("AU");
        assertThat(l.state().payable()).isEqualByComparingTo(l.assessment().totals().payable());
        assertThat(l.state().payable()).isPositive();
        assertThat(l.risk().channel()).isEqualTo(l.state().channel());
    }

    @Test
    void the_same_declaration_and_seed_give_the_same_lodgement() {
        Lodgement a = DESK.lodge(wineFromAustralia("A-2026-0002"), DemoEnterprises.A, 0, "declarant-a", AT, 7);
        Lodgement b = DESK.lodge(wineFromAustralia("A-2026-0002"), DemoEnterprises.A, 0, "declarant-a", AT, 7);
        assertThat(a.events()).isEqualTo(b.events());
        assertThat(a.risk()).isEqualTo(b.risk());
    }

    @Test
    void a_declaration_with_errors_is_not_lodged_and_every_error_is_given() {
        DeclarationRequest bad = declaration("A-BAD", "CIF", "CNY", List.of(item("02011000", "IN", "1", "KGM", "10"),
                item("87032341", "DE", "1", "PCE", "300000")));
        assertThatThrownBy(() -> DESK.lodge(bad, DemoEnterprises.A, 1, "declarant-a", AT, 1))
                .isInstanceOfSatisfying(InvalidDeclarationException.class, e -> assertThat(e.errors())
                        .extracting(DeclarationError::code).containsExactlyInAnyOrder("DEC-019", "DEC-017"));
    }

    @Test
    void a_car_whose_rates_need_attributes_reports_the_assessment_error_on_the_item() {
        DeclarationRequest car = withHeader(declaration("A-CAR", "CIF", "CNY", List.of(item("87032341", "DE", "1",
                "PCE", "300000"))), null, null, null, null, List.of("AUTO_IMPORT:1"), null);
        // the consumption tax on cars depends on the cylinder capacity, which this declaration does not give
        assertThatThrownBy(() -> DESK.lodge(car, DemoEnterprises.A, 1, "declarant-a", AT, 1))
                .isInstanceOfSatisfying(InvalidDeclarationException.class, e -> {
                    assertThat(e.errors()).extracting(DeclarationError::code).containsExactly("ASM-011");
                    assertThat(e.errors().get(0).path()).isEqualTo("items[0].attributes.cylinderCapacityLitres");
                    assertThat(e.errors().get(0).messageZh()).isNotBlank();
                });
    }

    @Test
    void lodging_for_another_enterprise_than_the_declarations_importer_is_refused() {
        assertThatThrownBy(() -> DESK.lodge(wineFromAustralia("A-X"), DemoEnterprises.B, 1, "declarant-b", AT, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_amendment_is_reassessed_and_rechannelled() {
        Lodgement l = DESK.lodge(wineFromAustralia("A-2026-0003"), DemoEnterprises.A, 3, "declarant-a", AT, 3);
        DeclarationRequest corrected = wineFromAustralia("A-2026-0003").withItems(List.of(item("22042100", "AU",
                "900", "LTR", "50000.00")));
        Lodgement amended = DESK.amend(l.state(), corrected, DemoEnterprises.A, 3, "declarant-a",
                AT.plusSeconds(60), 3, "value corrected");
        assertThat(amended.events().get(0)).isInstanceOf(DeclarationEvent.DeclarationAmended.class);
        assertThat(amended.state().revision()).isEqualTo(1);
        assertThat(amended.state().payable()).isLessThan(l.state().payable());
    }
}
