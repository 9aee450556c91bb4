package org.importwindow.server.declaration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.importwindow.assessment.Assessment;
import org.importwindow.assessment.AssessmentRequest;
import org.importwindow.assessment.InvalidRequestException;
import org.importwindow.assessment.ItemRequest;
import org.importwindow.server.audit.NewEvent;
import org.importwindow.server.enterprise.StoredEnterprise;
import org.importwindow.server.security.BilingualError;
import org.importwindow.server.tariff.TariffCatalogue;
import org.springframework.stereotype.Component;

/**
 * The one place the server calls the core declaration engine: checks, assessment, risk and channel, and the state
 * machine's transitions, each answered as the new status and the events to append. (Until the core's
 * {@code org.importwindow.declaration} is on main this is a minimal stand-in: structure checks, the tariff
 * assessment, always the green channel and a small transition table.)
 */
@Component
public class DeclarationEngine {
    static final Set<String> QUEUE_STATUSES = Set.of("SELECTED", "DOCUMENTS_CHECKED", "INSPECTED", "HELD");

    private final TariffCatalogue catalogue;

    public DeclarationEngine(TariffCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** What a command led to. */
    public sealed interface Outcome permits Accepted, Refused {
    }

    /** The command is refused: every error found (nothing is stored). */
    public record Refused(List<BilingualError> errors) implements Outcome {
    }

    /**
     * The command is accepted. {@code assessment}, {@code risk} and {@code payable} are null when unchanged;
     * {@code paid} is the amount paid by this command (zero for others).
     */
    public record Accepted(String status, String channel, LocalDate declarationDate, Assessment assessment,
                           Map<String, Object> risk, BigDecimal payable, BigDecimal paid, List<NewEvent> events)
            implements Outcome {
    }

    /** The statuses a declaration waits in for an officer. */
    public Set<String> queueStatuses() {
        return QUEUE_STATUSES;
    }

    /** Check, assess and channel a new declaration for the importer. */
    public Outcome lodge(DeclarationRequestJson request, StoredEnterprise importer, long seed, OffsetDateTime now) {
        List<BilingualError> errors = new ArrayList<>();
        LocalDate date = null;
        try {
            date = request.declarationDate() == null ? null : LocalDate.parse(request.declarationDate().strip());
        } catch (DateTimeParseException e) {
            errors.add(new BilingualError("DEC-003", "declarationDate", "'" + request.declarationDate()
                    + "' is not a date in the form YYYY-MM-DD", "申报日期格式应为 YYYY-MM-DD"));
        }
        if (date == null && errors.isEmpty()) {
            errors.add(new BilingualError("DEC-003", "declarationDate", "The declaration date is required",
                    "申报日期为必填项"));
        }
        List<ItemRequest> items = new ArrayList<>();
        List<DeclarationRequestJson.Item> declared = request.items() == null ? List.of() : request.items();
        for (int i = 0; i < declared.size(); i++) {
            DeclarationRequestJson.Item it = declared.get(i);
            items.add(new ItemRequest(it.commodityCode(), it.origin(), number(it.value(), "items[" + i + "].value",
                    errors), number(it.quantity(), "items[" + i + "].quantity", errors), it.unit(), it.preference(),
                    it.proofOfOrigin() != null && !it.proofOfOrigin().isBlank(), false, it.attributes()));
        }
        Assessment assessment = null;
        try {
            assessment = catalogue.assessor().assess(new AssessmentRequest(date == null ? now.toLocalDate() : date,
                    request.currency(), items));
        } catch (InvalidRequestException e) {
            e.violations().forEach(v -> errors.add(new BilingualError(v.code(), v.path(), v.message(), null)));
        }
        if (!errors.isEmpty()) {
            return new Refused(errors);
        }
        Map<String, Object> risk = new LinkedHashMap<>();
        risk.put("channel", "GREEN");
        risk.put("rules", List.of());
        return new Accepted("ASSESSED", "GREEN", date, assessment, risk, assessment.totals().payable(),
                BigDecimal.ZERO, List.of(new NewEvent("DeclarationLodged", "reference=" + request.reference()),
                new NewEvent("DeclarationAssessed", "payable=" + assessment.totals().payable()),
                new NewEvent("ChannelAssigned", "channel=GREEN")));
    }

    /** Replace the declaration's content before release: checked, assessed and channelled again. */
    public Outcome amend(StoredDeclaration current, DeclarationRequestJson request, StoredEnterprise importer,
                         long seed, OffsetDateTime now) {
        if (!Set.of("LODGED", "ASSESSED", "SELECTED", "HELD").contains(current.status())) {
            return notNow(current, "amended");
        }
        Outcome lodged = lodge(request, importer, seed, now);
        if (lodged instanceof Accepted a) {
            List<NewEvent> events = new ArrayList<>();
            events.add(new NewEvent("DeclarationAmended", "reference=" + request.reference()));
            events.addAll(a.events().subList(1, a.events().size()));
            return new Accepted(a.status(), a.channel(), a.declarationDate(), a.assessment(), a.risk(), a.payable(),
                    BigDecimal.ZERO, events);
        }
        return lodged;
    }

    public Outcome cancel(StoredDeclaration current, String reason) {
        if (Set.of("RELEASED", "CANCELLED", "REJECTED", "PAID").contains(current.status())) {
            return notNow(current, "cancelled");
        }
        return new Accepted("CANCELLED", current.channel(), null, null, null, null, BigDecimal.ZERO,
                List.of(new NewEvent("DeclarationCancelled", "reason=" + reason)));
    }

    public Outcome pay(StoredDeclaration current, BigDecimal amount, String bankReference) {
        if (!Set.of("ASSESSED", "SELECTED", "DOCUMENTS_CHECKED", "INSPECTED").contains(current.status())) {
            return notNow(current, "paid");
        }
        List<NewEvent> events = new ArrayList<>();
        events.add(new NewEvent("PaymentConfirmed", "amount=" + amount + "\nbankReference=" + bankReference));
        boolean cleared = "GREEN".equals(current.channel()) || Set.of("DOCUMENTS_CHECKED", "INSPECTED")
                .contains(current.status());
        if (cleared) {
            events.add(new NewEvent("GoodsReleased", ""));
        }
        return new Accepted(cleared ? "RELEASED" : "PAID", current.channel(), null, null, null, null, amount, events);
    }

    public Outcome decide(StoredDeclaration current, String decision, String note) {
        String n = "note=" + (note == null ? "" : note);
        return switch (decision) {
            case "DOCUMENTS_CHECKED" -> new Accepted("DOCUMENTS_CHECKED", current.channel(), null, null, null, null,
                    BigDecimal.ZERO, List.of(new NewEvent("DocumentsChecked", n)));
            case "INSPECTED_OK" -> new Accepted("INSPECTED", current.channel(), null, null, null, null,
                    BigDecimal.ZERO, List.of(new NewEvent("InspectionCompleted", n)));
            case "HOLD" -> new Accepted("HELD", current.channel(), null, null, null, null, BigDecimal.ZERO,
                    List.of(new NewEvent("DeclarationHeld", n)));
            case "REJECT" -> new Accepted("REJECTED", current.channel(), null, null, null, null, BigDecimal.ZERO,
                    List.of(new NewEvent("DeclarationRejected", n)));
            case "RELEASE" -> current.paid().compareTo(current.payable()) >= 0
                    ? new Accepted("RELEASED", current.channel(), null, null, null, null, BigDecimal.ZERO,
                    List.of(new NewEvent("GoodsReleased", n)))
                    : notNow(current, "released before the duties and taxes are paid");
            default -> new Refused(List.of(new BilingualError("DEC-901", "decision", "Unknown decision '" + decision
                    + "': DOCUMENTS_CHECKED, INSPECTED_OK, HOLD, RELEASE or REJECT", "未知的决定")));
        };
    }

    private static Refused notNow(StoredDeclaration current, String what) {
        return new Refused(List.of(new BilingualError("DEC-900", "status", "A declaration in status "
                + current.status() + " cannot be " + what, "状态为 " + current.status() + " 的报关单不能执行此操作")));
    }

    private static BigDecimal number(String text, String path, List<BilingualError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            errors.add(new BilingualError("ASM-013", path, "'" + text + "' is not a decimal number",
                    "'" + text + "' 不是十进制数"));
            return null;
        }
    }
}
