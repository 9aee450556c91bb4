/**
 * The tariff the server serves: persistence of measures, legal acts and footnotes ({@link
 * org.importwindow.server.tariff.TariffStore}) and the in-memory {@link org.importwindow.server.tariff.TariffCatalogue}
 * built from the database at start-up and swapped after each import.
 */
package org.importwindow.server.tariff;
