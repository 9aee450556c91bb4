package org.importwindow.ecommerce.message;

import java.util.List;

/** One return request of a CEB625 message: the schema's {@code InvtRefund} element, a head and its returned lines. */
public record InvtRefund(InvtRefundHead head, List<InvtRefundItem> items) {
    public InvtRefund {
        items = List.copyOf(items);
    }
}
