/**
 * The REST API v1 (a public contract): commodities and their measures, search, assessments, exchange rates and
 * countries; JSON views of the core's records and RFC 9457 problem+json errors.
 */
package org.importwindow.server.api;
