/** Enterprises (importers) with their USCC, customs code and credit level; the demo parties; {@code /api/v1/enterprises}. */
package org.importwindow.server.enterprise;
