package org.importwindow.ecommerce.message;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How the records of the six messages we read are made from their elements, shared by the two readers
 * ({@link CebReader}, {@link CebFastPass}) so that both build the same records. Under the root, a message holds its
 * documents, then {@code BaseTransfer}, {@code BaseSubscribe}, {@code ExtendMessage} and {@code ds:Signature}. A
 * document is either a head and its lines ({@code Order}: {@code OrderHead}, {@code OrderList}...), a wrapper of one
 * head ({@code Payment/PaymentHead}), or one flat element itself ({@code InvtCancel}); heads, lines and
 * {@code BaseTransfer} are flat: elements of text only, read into {@link CebFields} and then into their record.
 */
final class CebDocuments {
    private CebDocuments() {
    }

    /** The three shapes of a document under the root. */
    enum Shape {
        /** {@code Order(OrderHead, OrderList+)}: the first child the head, the others lines. */
        HEAD_AND_ITEMS,
        /** {@code Payment(PaymentHead)}: the document is the head. */
        WRAPPED_HEAD,
        /** {@code InvtCancel}: the document element is itself flat. */
        FLAT
    }

    /**
     * One message type's documents: their shape, the factory of the head (or of the flat document), and for a head
     * with lines the factory of a line and how head and lines make the document ({@code null} otherwise).
     */
    record Layout(Shape shape, Function<CebFields, ?> head, Function<CebFields, ?> item,
            BiFunction<Object, List<Object>, Object> document) {
    }

    private static final Layout ORDER = new Layout(Shape.HEAD_AND_ITEMS, OrderHead::from, OrderItem::from,
            (head, items) -> new Order((OrderHead) head, cast(items)));
    private static final Layout PAYMENT = new Layout(Shape.WRAPPED_HEAD, PaymentHead::from, null, null);
    private static final Layout LOGISTICS = new Layout(Shape.WRAPPED_HEAD, LogisticsHead::from, null, null);
    private static final Layout INVENTORY = new Layout(Shape.HEAD_AND_ITEMS, InventoryHead::from,
            InventoryItem::from, (head, items) -> new Inventory((InventoryHead) head, cast(items)));
    private static final Layout CANCEL = new Layout(Shape.FLAT, InvtCancel::from, null, null);
    private static final Layout REFUND = new Layout(Shape.HEAD_AND_ITEMS, InvtRefundHead::from,
            InvtRefundItem::from, (head, items) -> new InvtRefund((InvtRefundHead) head, cast(items)));

    /** The layout of one of the six messages we read. */
    static Layout layout(CebMessageType type) {
        return switch (type) {
            case CEB311 -> ORDER;
            case CEB411 -> PAYMENT;
            case CEB511 -> LOGISTICS;
            case CEB621 -> INVENTORY;
            case CEB623 -> CANCEL;
            case CEB625 -> REFUND;
            default -> throw new IllegalArgumentException("not a message we read: " + type);
        };
    }

    /** The message record of {@code type}. */
    static CebMessage message(CebMessageType type, String guid, String version, List<Object> documents,
            BaseTransfer baseTransfer, boolean signed) {
        return switch (type) {
            case CEB311 -> new Ceb311Message(guid, version, cast(documents), baseTransfer, signed);
            case CEB411 -> new Ceb411Message(guid, version, cast(documents), baseTransfer, signed);
            case CEB511 -> new Ceb511Message(guid, version, cast(documents), baseTransfer, signed);
            case CEB621 -> new Ceb621Message(guid, version, cast(documents), baseTransfer, signed);
            case CEB623 -> new Ceb623Message(guid, version, cast(documents), baseTransfer, signed);
            case CEB625 -> new Ceb625Message(guid, version, cast(documents), baseTransfer, signed);
            default -> throw new IllegalArgumentException("not a message we read: " + type);
        };
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(List<Object> documents) {
        return (List<T>) documents;
    }
}
