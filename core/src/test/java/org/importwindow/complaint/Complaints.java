package org.importwindow.complaint;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.importwindow.complaint.ComplaintEvent.ComplaintFiled;

/** Test fixtures: a typical complaint and a Monday-to-Friday calendar with a few holidays. */
final class Complaints {

    private Complaints() {
    }

    static ComplaintDraft kettleDraft() {
        return new ComplaintDraft("Electric kettle 1.7 l", "4006381333931", "WK-1700", "L2026-07", "Brandt",
                null, "Tmall Global", "TM-8812345", "4600202611270000123",
                "The kettle's base sparked and the plug melted.", true, List.of("photo-1.jpg"),
                "张三", "13812345678", "zhangsan@example.com");
    }

    static Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0)).atZone(ComplaintEvent.CHINA).toInstant();
    }

    static Complaint filedOn(LocalDate day) {
        return Complaint.filed(new ComplaintFiled(ComplaintReference.of(day, 1), kettleDraft().toDetails(),
                at(day), "consumer"));
    }

    /** Weekends off, plus the given holidays. */
    static WorkingDayCalendar calendar(LocalDate... holidays) {
        Set<LocalDate> off = Set.of(holidays);
        return (start, n) -> {
            LocalDate d = start;
            int counted = 0;
            while (counted < n) {
                d = d.plusDays(1);
                if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY
                        && !off.contains(d)) {
                    counted++;
                }
            }
            return d;
        };
    }
}
