/** Persistence of countries, currencies, dated country groups and preferential arrangements. */
package org.importwindow.server.reference;
