package org.importwindow.ecommerce;

/** The answer to a return: accepted with the refund and the credit, or refused ({@link CbecRefused}). */
public sealed interface CbecReturnResult permits CbecReturnAccepted, CbecRefused {

    boolean accepted();
}
