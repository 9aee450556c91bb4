/** Persistence of the monthly customs exchange rates and their in-memory table. */
package org.importwindow.server.exchange;
