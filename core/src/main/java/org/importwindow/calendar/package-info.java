/**
 * Working days (工作日) in mainland China, on which the law counts many of its deadlines: Monday to Friday, less the
 * public holidays of the State Council's yearly notice, plus the weekend days it makes working days. The notices are
 * data ({@code law/working-days.yaml}) with their citations.
 */
package org.importwindow.calendar;
