package org.importwindow.server.ecommerce.kafka;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.importwindow.ecommerce.CbecReturns;
import org.importwindow.ecommerce.clearance.InventoryClearance;
import org.importwindow.law.LegalParameters;
import org.importwindow.server.ecommerce.CbecEngine;
import org.importwindow.server.ecommerce.PersonKeys;

/**
 * The core code the topology runs, the same the embedded runtime runs: the clearance of a list (three documents,
 * consistency, tax and the allowance debit), returns, the law's parameters (the ledger's limits), and the key a buyer
 * is kept and partitioned under. Suppliers, because the single window rebuilds the engines when the tariff changes.
 */
public record CbecCore(Supplier<InventoryClearance> clearance, Supplier<CbecReturns> returns,
                       Supplier<LegalParameters> parameters, Function<String, String> personKey) {

    public CbecCore {
        Objects.requireNonNull(clearance, "clearance");
        Objects.requireNonNull(returns, "returns");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(personKey, "personKey");
    }

    /** The single window's engines and person keys. */
    public static CbecCore of(CbecEngine engine, PersonKeys keys) {
        return new CbecCore(engine::clearance, engine::returns, () -> engine.catalogue().parameters(), keys::of);
    }
}
