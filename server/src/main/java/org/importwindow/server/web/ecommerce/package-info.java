/**
 * The cross-border e-commerce pages (issue 4), in Chinese and English like every page: the buyer's page (public: a
 * resident ID number and name give this year's allowance and the buyer's lists, the number always masked), the
 * enterprise's page (platform, logistics company, declaring agent signed in as {@code ENTERPRISE_USER}: its lists and
 * receipts) and the officer's page (volumes, refusals by reason, throughput, updated by htmx). Their read queries
 * are {@link org.importwindow.server.ecommerce.CbecStatistics}; the demo page users are seeded here.
 */
package org.importwindow.server.web.ecommerce;
