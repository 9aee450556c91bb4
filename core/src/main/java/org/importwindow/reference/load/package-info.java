/**
 * Loads countries, currencies, dated country groups and preferential arrangements from the bundled files under
 * {@code data/} ({@link org.importwindow.reference.load.ReferenceDataLoader#loadBundled()}); see data/SOURCES.md.
 */
package org.importwindow.reference.load;
