/**
 * Personal allowances, the one mechanism (DESIGN.md "One mechanism for personal allowances"): cross-border
 * e-commerce limits per buyer and calendar year, border residents' trade per resident and day, Hainan offshore
 * duty-free per passenger and calendar year are all a {@link org.importwindow.allowance.Ledger} per scheme and
 * person, its limits dated legal parameters, debited atomically with the acceptance of a transaction and credited
 * back on a return. The rule itself ({@link org.importwindow.allowance.AllowanceRule}) is a pure function every
 * ledger implementation calls.
 */
package org.importwindow.allowance;
