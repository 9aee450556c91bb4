/**
 * The workings of the assessment: facts about one goods item, measure conditions, rate selection under the Tariff
 * Law and the wording of explanations. Not an API; call {@link org.importwindow.assessment.Assessor}.
 */
package org.importwindow.assessment.internal;
