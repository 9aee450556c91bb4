/** The customs officer's API: the control queue and decisions on declarations. */
package org.importwindow.server.officer;
