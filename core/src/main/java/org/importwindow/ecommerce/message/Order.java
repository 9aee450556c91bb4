package org.importwindow.ecommerce.message;

import java.util.List;

/** One e-commerce order of a CEB311 message: the schema's {@code Order} element, a head and its goods lines. */
public record Order(OrderHead head, List<OrderItem> items) {
    public Order {
        items = List.copyOf(items);
    }
}
