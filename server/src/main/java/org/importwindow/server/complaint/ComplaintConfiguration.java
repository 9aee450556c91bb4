package org.importwindow.server.complaint;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.importwindow.complaint.ComplaintDeadlines;
import org.importwindow.complaint.DefectSignals;
import org.importwindow.complaint.WorkingDayCalendar;
import org.importwindow.law.DatedParameters;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The complaint law's objects for the server: deadlines on the working-day calendar, the signal test. */
@Configuration(proxyBeanMethods = false)
public class ComplaintConfiguration {

    /**
     * The calendar of the 7 and 45 working days. Until the lead's {@code org.importwindow.calendar.WorkingDays}
     * (with the State Council's holidays and adjusted working weekends) is on main, Monday to Friday; then this
     * becomes {@code WorkingDays.bundled()::plusWorkingDays}, nothing else changes.
     */
    @Bean
    WorkingDayCalendar complaintWorkingDays() {
        return (start, n) -> {
            LocalDate d = start;
            for (int counted = 0; counted < n; ) {
                d = d.plusDays(1);
                if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    counted++;
                }
            }
            return d;
        };
    }

    @Bean
    ComplaintDeadlines complaintDeadlines(WorkingDayCalendar complaintWorkingDays) {
        return new ComplaintDeadlines(DatedParameters.loadBundled(), complaintWorkingDays);
    }

    @Bean
    DefectSignals defectSignals(ComplaintProperties properties) {
        return new DefectSignals(properties.signals().settings());
    }

    /** The in-memory stand-in for the recalls' {@code RecallService#openInvestigation} (see InvestigationOpener). */
    @Bean
    InvestigationOpener investigationOpener() {
        return new InMemoryInvestigations();
    }
}
