/** The trace page of issue 5 ({@code /trace}) on {@link org.importwindow.server.traceability.TraceService}. */
package org.importwindow.server.web.trace;
