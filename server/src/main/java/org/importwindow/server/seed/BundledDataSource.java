package org.importwindow.server.seed;

import org.importwindow.law.LegalParameters;

/**
 * Where the server gets the data the core ships: the bundled files read by the core loaders. The database is filled
 * from {@link #data()} on first start; legal parameters are not stored but read from the classpath YAML each start
 * (they are law text with citations, versioned with the code, not data an operator edits).
 */
public interface BundledDataSource {

    /** Reads every bundled file; called only when the database is empty. */
    BundledData data();

    /** The dated legal parameters (rates, thresholds) from {@code law/*.yaml}. */
    LegalParameters legalParameters();
}
