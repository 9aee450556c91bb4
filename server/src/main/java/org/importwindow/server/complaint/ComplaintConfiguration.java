package org.importwindow.server.complaint;

import org.importwindow.calendar.WorkingDays;
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
     * The calendar of the 7 and 45 working days: mainland China's working days (the State Council's holidays off,
     * its worked weekend days on), from the core's {@code WorkingDays}.
     */
    @Bean
    WorkingDayCalendar complaintWorkingDays() {
        return WorkingDays.bundled()::plusWorkingDays;
    }

    @Bean
    ComplaintDeadlines complaintDeadlines(WorkingDayCalendar complaintWorkingDays) {
        return new ComplaintDeadlines(DatedParameters.loadBundled(), complaintWorkingDays);
    }

    @Bean
    DefectSignals defectSignals(ComplaintProperties properties) {
        return new DefectSignals(properties.signals().settings());
    }
}
