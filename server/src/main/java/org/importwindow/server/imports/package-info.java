/** The measures import: the {@code import-measures} command and the service that checks and stores a file. */
package org.importwindow.server.imports;
