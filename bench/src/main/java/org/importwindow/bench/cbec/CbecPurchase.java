package org.importwindow.bench.cbec;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * One consumer's purchase as its four documents see it: the order, the payment, the waybill and the inventory list
 * agree with one another unless {@code anomalies} says which one does not.
 *
 * @param tag          the run's tag, in every number so that runs never share a document
 * @param orderedAt    when the order was placed (China time); payment, waybill and list follow within minutes
 * @param tradeMode    1210 (bonded warehouse) or 9610 (direct mail)
 * @param consignee    who receives the parcel according to the order (the buyer or a relative)
 * @param waybillConsignee  who receives it according to the waybill
 * @param amountPaid   what the payment company says was paid
 */
public record CbecPurchase(int seq, String tag, Buyer buyer, String orderNo, String payTransactionId,
                           String logisticsNo, String copNo, String orderGuid, String paymentGuid, String waybillGuid,
                           String listGuid, LocalDateTime orderedAt, String tradeMode, List<Line> lines,
                           BigDecimal freight, BigDecimal discount, BigDecimal taxTotal, String consignee,
                           String waybillConsignee, BigDecimal amountPaid, Set<Anomaly> anomalies) {

    /** What is wrong with a purchase on purpose. */
    public enum Anomaly {
        /** The payment's amount is not the order's actual payment (CBEC-1xx: amounts differ). */
        PAYMENT_AMOUNT_DIFFERS,
        /** The waybill names another consignee than the order. */
        CONSIGNEE_DIFFERS,
        /** A haul of several items worth more than the single-transaction limit (-621005). */
        OVER_SINGLE_LIMIT
    }

    /** One line: {@code qty} declared units of a product at a unit price, from one country. */
    public record Line(int gnum, Product product, String origin, int qty, BigDecimal price) {
        public BigDecimal totalPrice() {
            return price.multiply(BigDecimal.valueOf(qty));
        }

        /** The legal quantity (qty1 of the list). */
        public BigDecimal qty1() {
            return product.qty1().multiply(BigDecimal.valueOf(qty)).stripTrailingZeros();
        }

        public BigDecimal kg() {
            return product.kg().multiply(BigDecimal.valueOf(qty));
        }
    }

    public BigDecimal goodsValue() {
        return lines.stream().map(Line::totalPrice).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Goods + freight + tax collected - discount, as the order states it. */
    public BigDecimal acturalPaid() {
        return goodsValue().add(freight).add(taxTotal).subtract(discount);
    }

    public BigDecimal netWeight() {
        return lines.stream().map(Line::kg).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public int items() {
        return lines.stream().mapToInt(Line::qty).sum();
    }
}
