/**
 * Reference data: countries (ISO 3166), currencies (ISO 4217), dated country groups (WTO members, MFN entitlement,
 * each preferential arrangement's partners, least developed countries) and the tariff book's preferential
 * arrangements. {@link org.importwindow.reference.ReferenceData} is the facade.
 */
package org.importwindow.reference;
