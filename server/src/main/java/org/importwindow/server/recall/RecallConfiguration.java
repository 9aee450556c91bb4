package org.importwindow.server.recall;

import org.importwindow.calendar.WorkingDays;
import org.importwindow.law.DatedParameters;
import org.importwindow.recall.RecallCalendar;
import org.importwindow.recall.RecallDeadlines;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The law and the calendar the recall deadlines are counted with. */
@Configuration(proxyBeanMethods = false)
public class RecallConfiguration {

    /** The bundled legal parameters (with their citations, shown next to each deadline). */
    @Bean
    RecallLaw recallLaw() {
        return new RecallLaw(DatedParameters.loadBundled());
    }

    /** Working days: the State Council's public holidays off, its adjusted weekend days worked. */
    @Bean
    @ConditionalOnMissingBean
    RecallCalendar recallCalendar() {
        return WorkingDays.bundled()::plusWorkingDays;
    }

    @Bean
    RecallDeadlines recallDeadlines(RecallLaw law, RecallCalendar calendar) {
        return new RecallDeadlines(law.parameters(), calendar);
    }

    /** The parameters under a name of our own, so as not to clash with another feature's bean of the same type. */
    public record RecallLaw(DatedParameters parameters) {
    }
}
