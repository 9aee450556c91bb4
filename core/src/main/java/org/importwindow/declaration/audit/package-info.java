/**
 * The audit chain of declaration events: each event's canonical text is hashed with the previous event's hash
 * (SHA-256), so rewriting, removing or reordering any stored event breaks every hash after it and
 * {@link org.importwindow.declaration.audit.EventChain#verify(java.util.List)} names the first broken event.
 */
package org.importwindow.declaration.audit;
