/**
 * The single window's web pages for the tariff: home, tariff browser, commodity page, search, duty calculator and
 * country pages. Server-rendered with Thymeleaf (readable without JavaScript, htmx only as an enhancement), in
 * Chinese and English ({@code ?lang=zh|en}, remembered in a cookie). Pages read one consistent
 * {@link org.importwindow.server.tariff.TariffCatalogue.Snapshot} per request.
 */
package org.importwindow.server.web;
