package org.importwindow.tariff;

/**
 * A condition a measure sets on the goods or the declaration. All conditions of a measure must hold for it to apply.
 */
public sealed interface MeasureCondition
        permits MeasureCondition.ProofOfOrigin, MeasureCondition.QuotaCertificate, MeasureCondition.Licence,
        MeasureCondition.Attribute {

    /** A proof of origin (certificate or declaration of origin) under the measure's arrangement is declared. */
    record ProofOfOrigin() implements MeasureCondition {
        @Override
        public String text() {
            return "PROOF_OF_ORIGIN";
        }
    }

    /** A tariff-rate quota certificate is declared for the goods. */
    record QuotaCertificate() implements MeasureCondition {
        @Override
        public String text() {
            return "QUOTA_CERTIFICATE";
        }
    }

    /** A licence of the given kind (e.g. {@code AUTO_IMPORT}) is declared. */
    record Licence(String kind) implements MeasureCondition {
        @Override
        public String text() {
            return "LICENCE:" + kind;
        }
    }

    /**
     * An attribute of the goods compared with a value, e.g. {@code cylinderCapacityLitres>1.0} or
     * {@code batteryElectric=true}. Derived attributes such as {@code unitValueCny.PCE} (customs value in yuan per
     * piece) are computed by the assessment when the declarant does not give them.
     */
    record Attribute(String name, Comparator comparator, String value) implements MeasureCondition {
        @Override
        public String text() {
            return name + comparator.symbol() + value;
        }
    }

    /** Comparison operators of attribute conditions. */
    enum Comparator {
        LT("<"), LE("<="), GT(">"), GE(">="), EQ("="), NE("!=");

        private final String symbol;

        Comparator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    /** The condition in the measure file syntax. */
    String text();
}
