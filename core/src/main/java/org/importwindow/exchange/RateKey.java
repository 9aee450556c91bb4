package org.importwindow.exchange;

import java.time.YearMonth;

/** Map key of a month's customs rate. */
record RateKey(String currency, YearMonth month) {
}
