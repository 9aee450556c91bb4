/** Spring Security: what is public (everything of the tariff engine) and the form-login skeleton for later users. */
package org.importwindow.server.security;
