/**
 * Import declarations through the single window (issue 3): the request a declarant lodges
 * ({@link org.importwindow.declaration.DeclarationRequest}), its checks with stable rule codes DEC-001..
 * ({@link org.importwindow.declaration.DeclarationChecks}), the FOB/CFR to CIF valuation
 * ({@link org.importwindow.declaration.CifValuation}), the facade that checks, assesses and channels a declaration
 * ({@link org.importwindow.declaration.DeclarationDesk}) and the workflow as a pure function of state and command
 * ({@link org.importwindow.declaration.DeclarationWorkflow}) producing immutable events
 * ({@link org.importwindow.declaration.DeclarationEvent}). Nothing here reads the clock: every call takes its date and
 * time.
 */
package org.importwindow.declaration;
