package org.importwindow.complaint;

import java.time.LocalDate;

/**
 * A time limit of a complaint as of a day: when it falls due, whether the step was done (and on which day), and
 * whether it is overdue (not done and the due day has passed) or was done late.
 *
 * @param kind      {@code acceptance} or {@code mediation}
 * @param due       the last day allowed
 * @param doneOn    the day the step was done, or null while it is open
 * @param overdue   still open after the due day
 * @param late      done, but after the due day
 * @param parameter the legal parameter id the day count comes from
 * @param citation  the article it rests on
 */
public record Deadline(String kind, LocalDate due, LocalDate doneOn, boolean overdue, boolean late,
                       String parameter, int workingDays, String citation) {
}
