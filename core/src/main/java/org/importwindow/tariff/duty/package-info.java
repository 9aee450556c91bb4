/**
 * Duty expressions: the small language in which rates are written (ad valorem, specific per unit, compound,
 * minimum/maximum, value bands), parsed once into a tree and evaluated with BigDecimal.
 */
package org.importwindow.tariff.duty;
