/**
 * The declaration pages: the declarant's list, new-declaration form, "check your answers" page (duty and taxes worked
 * out before lodging), detail with its status timeline and the actions the status allows (pay, amend, cancel); the
 * customs officer's queue and decision page; the sign-in page; the layout of the 403 page a user gets for a page their
 * role does not allow (templates/error/403.html, {@link org.importwindow.server.web.declaration.ErrorPageAdvice}). They call the server's
 * {@link org.importwindow.server.declaration.DeclarationService} as the signed-in user, so a page shows and changes
 * exactly what the API would; another enterprise's declaration is "not found". Readable without JavaScript: adding a
 * goods item re-posts the form.
 */
package org.importwindow.server.web.declaration;
