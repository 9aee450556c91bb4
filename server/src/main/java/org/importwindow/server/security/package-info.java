/**
 * Spring Security: users with roles (declarant, officer, administrator) and enterprise authorisations from the
 * database, BCrypt passwords, HTTP Basic and bearer tokens for the API (401/403 as problem+json), form login for the
 * pages; the tariff engine's pages and API stay public.
 */
package org.importwindow.server.security;
