package org.importwindow.server.ecommerce;

import java.util.Set;
import org.importwindow.ecommerce.message.CebMessageType;
import org.importwindow.enterprise.Enterprise;

/**
 * Which enterprises may send which message, as the specification defines the senders: orders by the platform or the
 * e-commerce enterprise, or by an express or postal operator they entrust (the CEB311 definition names it), payments
 * by the payment company, waybills by the logistics company, inventory lists, cancellations and returns by the
 * declaring agent.
 */
final class CbecRoles {
    private CbecRoles() {
    }

    static Set<String> mayLodge(CebMessageType type) {
        return switch (type) {
            case CEB311 -> Set.of(Enterprise.CBEC_PLATFORM, Enterprise.CBEC_SELLER, Enterprise.LOGISTICS_COMPANY);
            case CEB411 -> Set.of(Enterprise.PAYMENT_COMPANY);
            case CEB511 -> Set.of(Enterprise.LOGISTICS_COMPANY);
            case CEB621, CEB623, CEB625 -> Set.of(Enterprise.CBEC_AGENT);
            default -> Set.of();
        };
    }
}
