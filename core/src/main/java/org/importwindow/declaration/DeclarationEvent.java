package org.importwindow.declaration;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.importwindow.declaration.risk.Channel;

/**
 * Something that happened to a declaration: immutable, past tense, with who did it and when. The state of a
 * declaration is the fold of its events ({@link DeclarationState#replay(List)}); the audit chain hashes their
 * canonical text ({@link org.importwindow.declaration.audit.CanonicalText}).
 */
public sealed interface DeclarationEvent {
    String actor();

    Instant at();

    /** The event's name, e.g. {@code DeclarationLodged}. */
    default String type() {
        return getClass().getSimpleName();
    }

    /** The event's own fields in a fixed order, as text (numbers plain, dates ISO, lists comma-joined). */
    Map<String, String> fields();

    record DeclarationLodged(String actor, Instant at, String reference, String importer, DeclarationKind kind,
                             boolean arrived, String summaryReference) implements DeclarationEvent {
        public Map<String, String> fields() {
            return Fields.of("reference", reference, "importer", importer, "kind", kind, "arrived", arrived,
                    "summaryReference", summaryReference);
        }
    }

    record DeclarationAssessed(String actor, Instant at, BigDecimal duty, BigDecimal consumptionTax, BigDecimal vat,
                               BigDecimal payable) implements DeclarationEvent {
        public Map<String, String> fields() {
            return Fields.of("duty", duty, "consumptionTax", consumptionTax, "vat", vat, "payable", payable);
        }
    }

    record ChannelAssigned(String actor, Instant at, Channel channel, int totalWeight, List<String> rules,
                           BigDecimal samplingRate, double draw, boolean sampled) implements DeclarationEvent {
        public ChannelAssigned {
            rules = List.copyOf(rules);
        }

        public Map<String, String> fields() {
            return Fields.of("channel", channel, "totalWeight", totalWeight, "rules", String.join(",", rules),
                    "samplingRate", samplingRate, "draw", Double.toString(draw), "sampled", sampled);
        }
    }

    record DocumentsChecked(String actor, Instant at, boolean passed, String note) implements DeclarationEvent {
        public Map<String, String> fields() {
            return Fields.of("passed", passed, "note", note);
        }
    }

    record InspectionCompleted(String actor, Instant at, boolean passed, String findings) implements DeclarationEvent {
        public Map<String, String> fields() {
            return Fields.of("passed", passed, "findings", findings);
        }
    }

    record PaymentConfirmed(String actor, Instant at, BigDecimal amount, String bankReference)
            implements DeclarationEvent {
        public Map<String, String> fields() {
            return Fields.of("amount", amount, "bankReference", bankReference);
        }
    }

    record GoodsArrived(String actor, Instant at) implements DeclarationEvent {
        public Map<String, String> fields() {
            return Fields.of();
        }
    }

    /** @param fullDeclarationDue for a two-step summary: the last day for the full declaration; null otherwise */
    record GoodsReleased(String actor, Instant at, LocalDate fullDeclarationDue) implements DeclarationEvent {
        public Map<String, String> fields() {
            return Fields.of("fullDeclarationDue", fullDeclarationDue);
        }
    }

    record DeclarationAmended(String actor, Instant at, int revision, String note) implements DeclarationEvent {
        public Map<String, String> fields() {
            return Fields.of("revision", revision, "note", note);
        }
    }

    record DeclarationCancelled(String actor, Instant at, String reason) implements DeclarationEvent {
        public Map<String, String> fields() {
            return Fields.of("reason", reason);
        }
    }

    record DeclarationHeld(String actor, Instant at, String reason) implements DeclarationEvent {
        public Map<String, String> fields() {
            return Fields.of("reason", reason);
        }
    }

    record HoldLifted(String actor, Instant at) implements DeclarationEvent {
        public Map<String, String> fields() {
            return Fields.of();
        }
    }

    record DeclarationRejected(String actor, Instant at, String reason) implements DeclarationEvent {
        public Map<String, String> fields() {
            return Fields.of("reason", reason);
        }
    }

    record FullDeclarationLodged(String actor, Instant at, String fullReference) implements DeclarationEvent {
        public Map<String, String> fields() {
            return Fields.of("fullReference", fullReference);
        }
    }

    record FullDeclarationOverdue(String actor, Instant at, LocalDate dueDate) implements DeclarationEvent {
        public Map<String, String> fields() {
            return Fields.of("dueDate", dueDate);
        }
    }

    /** Builds the ordered field maps; null is written as the empty string. */
    final class Fields {
        private Fields() {
        }

        static Map<String, String> of(Object... keyValues) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < keyValues.length; i += 2) {
                Object v = keyValues[i + 1];
                m.put((String) keyValues[i], v == null ? "" : v instanceof BigDecimal b ? b.toPlainString()
                        : v.toString());
            }
            return m;
        }
    }
}
