/**
 * Customs exchange rates: the rate of each month fixed on the third Wednesday of the previous month (the fourth when
 * the third is a public holiday, {@link org.importwindow.exchange.ThirdWednesdayRule} with
 * {@link org.importwindow.exchange.ChinaHolidayCalendar}), derived from the ECB reference rates
 * ({@link org.importwindow.exchange.EcbCustomsRates}) and overridden by official tables
 * ({@link org.importwindow.exchange.OfficialRateTable}); {@link org.importwindow.exchange.LayeredCustomsExchangeRates}
 * combines them.
 */
package org.importwindow.exchange;
