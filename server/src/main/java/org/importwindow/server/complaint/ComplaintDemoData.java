package org.importwindow.server.complaint;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.importwindow.complaint.Complaint;
import org.importwindow.complaint.ComplaintDraft;
import org.importwindow.complaint.ComplaintEvent;
import org.importwindow.complaint.ComplaintEvent.ComplaintAccepted;
import org.importwindow.complaint.ComplaintEvent.ComplaintClosed;
import org.importwindow.complaint.ComplaintEvent.ComplaintDeclined;
import org.importwindow.complaint.ComplaintEvent.ComplaintFiled;
import org.importwindow.complaint.ComplaintEvent.MediationStarted;
import org.importwindow.complaint.ComplaintEvent.Outcome;
import org.importwindow.complaint.ComplaintReference;
import org.importwindow.server.enterprise.DemoData;
import org.importwindow.server.enterprise.DemoProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo complaints on a fresh demo database, dated relative to the start-up day so the regulator's desk always has
 * something to show: a kettle complained of once a week for eight weeks and six times today (one defect signal,
 * its descriptions in two stories and two languages), a hair dryer left undecided for 20 days (overdue), a baby
 * bottle received two days ago, and running shoes in mediation. All filed by the demo user {@code consumer}.
 */
@Component
@DependsOnDatabaseInitialization
public class ComplaintDemoData implements InitializingBean {

    static final String KETTLE_GTIN = "4006381333931";
    private static final Logger log = LoggerFactory.getLogger(ComplaintDemoData.class);

    private final DemoProperties demo;
    private final ComplaintProperties properties;
    private final ComplaintStore store;
    private final TransactionTemplate tx;
    private final Clock clock;

    public ComplaintDemoData(DemoProperties demo, ComplaintProperties properties, ComplaintStore store,
                             TransactionTemplate tx, ObjectProvider<Clock> clock, DemoData users) {
        // DemoData is asked for only so that the demo users exist before their complaints
        this.demo = demo;
        this.properties = properties;
        this.store = store;
        this.tx = tx;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public void afterPropertiesSet() {
        if (!demo.enabled() || !properties.demo() || store.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ComplaintEvent.CHINA));
        tx.executeWithoutResult(s -> seed(today));
        log.warn("Demo mode: added demo complaints of the user consumer (one defect signal, one overdue complaint)");
    }

    private void seed(LocalDate today) {
        String[] baseline = {"壶盖不太紧，倒水时有点漏", "The lid is a little loose", "水垢很多", "Handle feels loose",
                "壶盖不太紧", "Scratch on the body", "开关有点松", "Lid does not close well"};
        for (int w = 8; w >= 1; w--) {
            LocalDate day = today.minusWeeks(w);
            Complaint c = file(kettle(baseline[8 - w], false), day, 9);
            c = then(c, new ComplaintAccepted(at(day.plusDays(1), 10), "regulator"));
            if (w > 1) {
                c = then(c, new ComplaintClosed(Outcome.RESOLVED, "退换货 / Exchanged", at(day.plusDays(5), 10),
                        "regulator"));
            }
        }
        String[] spike = {"电水壶底座通电时冒火花，插头烧熔了", "The kettle base sparked when switched on and the plug melted",
                "底座冒火花，插头烧熔", "Base sparked and plug melted, burnt smell",
                "壶盖不太紧，倒水时漏水", "Water leaks from the lid when pouring"};
        for (int i = 0; i < spike.length; i++) {
            file(kettle(spike[i], i < 2), today, 0, i * 3);
        }
        file(new ComplaintDraft("负离子吹风机 Ionic hair dryer", null, "HD-2300", "B2409", "Aurelle",
                "万象城 Aurelle 专柜", null, null, null, "使用十分钟后机身过热，外壳变形。", false, List.of(),
                "李华", "13698765432", "lihua@example.com"), today.minusDays(20), 11);
        file(new ComplaintDraft("婴儿玻璃奶瓶 Glass baby bottle 240ml", "0012345678905", null, "LOT-88", "Nordbaby",
                null, "京东国际 JD Worldwide", "JD-2026-77812", "4600202600001234",
                "The bottle cracked in warm water on first use.", false, List.of("photo-bottle-1.jpg"),
                "Emily Chen", "+86 13512340000", "emily@example.com"), today.minusDays(2), 15);
        Complaint shoes = file(new ComplaintDraft("跑步鞋 Running shoes", null, "RX-9", null, "Fleetfoot",
                null, "天猫国际 Tmall Global", "TM-99120031", null, "鞋底穿了两周就开胶。", false, List.of(),
                "赵敏", "13811112222", null), today.minusDays(12), 10);
        shoes = then(shoes, new ComplaintAccepted(at(today.minusDays(9), 9), "regulator"));
        then(shoes, new MediationStarted(at(today.minusDays(8), 9), "regulator"));
        Complaint wrongDesk = file(new ComplaintDraft("Phone case", null, "PC-1", null, null, "Street stall", null,
                null, null, "Bought for resale, supplier will not refund.", false, List.of(), "周杰", "13700001111",
                null), today.minusDays(15), 14);
        then(wrongDesk, new ComplaintDeclined("Not bought for personal consumption (第三条); 非生活消费", at(
                today.minusDays(13), 9), "regulator"));
    }

    private static ComplaintDraft kettle(String text, boolean injury) {
        return new ComplaintDraft("Brandt 电水壶 Electric kettle 1.7 l", KETTLE_GTIN, "WK-1700", "L2026-07", "Brandt",
                null, "天猫国际 Tmall Global", "TM-88120045", "4600202600000999", text, injury, List.of(),
                "王小明", "13912345678", "wangxm@example.com");
    }

    private Complaint file(ComplaintDraft d, LocalDate day, int hour) {
        return file(d, day, hour, 0);
    }

    private Complaint file(ComplaintDraft d, LocalDate day, int hour, int minute) {
        Instant at = day.atTime(LocalTime.of(hour, minute)).atZone(ComplaintEvent.CHINA).toInstant();
        Complaint c = Complaint.filed(new ComplaintFiled(ComplaintReference.of(day, store.nextNumber()),
                d.toDetails(), at, "consumer"));
        store.insert(c);
        return c;
    }

    private Complaint then(Complaint c, ComplaintEvent e) {
        Complaint next = c.then(e);
        store.append(c.reference(), next.events().size(), e);
        return next;
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(ComplaintEvent.CHINA).toInstant();
    }
}
