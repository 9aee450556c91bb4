package org.importwindow.ecommerce.message;

import java.util.List;

/** One inventory list of a CEB621 message: the schema's {@code Inventory} element, a head and its goods lines. */
public record Inventory(InventoryHead head, List<InventoryItem> items) {
    public Inventory {
        items = List.copyOf(items);
    }
}
