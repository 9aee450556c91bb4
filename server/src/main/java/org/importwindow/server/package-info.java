/**
 * The Spring Boot application of the single window: configuration, persistence of the tariff and reference data
 * (per feature), the REST API, security and the measures import command. Web pages live in {@code .web}.
 */
package org.importwindow.server;
