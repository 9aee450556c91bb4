/**
 * Assessment: the rate the law applies to each item (Tariff Law arts. on rate selection), customs duty, additional
 * duties, consumption tax and import VAT, the 50-yuan waiver per tax per consignment, with an explanation of every
 * choice. {@link org.importwindow.assessment.Assessor} is the facade; every call takes its "as of" date from the
 * request.
 */
package org.importwindow.assessment;
