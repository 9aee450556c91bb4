/**
 * Cross-border e-commerce retail imports in the single window: the enterprises' systems (API keys), the CEB messages
 * they send, three-document matching, personal allowances, tax and receipts (issue 4).
 */
package org.importwindow.server.ecommerce;
