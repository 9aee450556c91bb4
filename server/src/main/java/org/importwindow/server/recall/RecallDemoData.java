package org.importwindow.server.recall;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.importwindow.recall.ChainLevel;
import org.importwindow.recall.Remedy;
import org.importwindow.recall.RiskLevel;
import org.importwindow.server.enterprise.DemoData;
import org.importwindow.server.enterprise.DemoProperties;
import org.importwindow.server.security.AppUser;
import org.importwindow.server.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Two published recalls of imported goods for a fresh demo database, so the public page is not empty: a children's
 * high chair from Italy (closed) and a hair dryer from Japan (running, dated from today). Invented products with
 * valid GTINs; the steps go through the service, so they are checked and stored like any other.
 */
@Component
public class RecallDemoData implements InitializingBean {
    private static final Logger log = LoggerFactory.getLogger(RecallDemoData.class);

    private final DemoProperties properties;
    private final RecallStore store;
    private final RecallService service;

    /** {@code demo} is there so that the demo enterprises and users exist first. */
    public RecallDemoData(DemoProperties properties, RecallStore store, RecallService service, DemoData demo) {
        this.properties = properties;
        this.store = store;
        this.service = service;
    }

    @Override
    public void afterPropertiesSet() {
        if (properties.enabled() && store.count() == 0) {
            seed();
        }
    }

    void seed() {
        String a = DemoData.ENTERPRISE_A.uscc();
        String b = DemoData.ENTERPRISE_B.uscc();
        AppUser importerA = new AppUser("declarant-a", "", true, Set.of(Role.DECLARANT), Set.of(a));
        AppUser importerB = new AppUser("declarant-b", "", true, Set.of(Role.DECLARANT), Set.of(b));

        LocalDate d = LocalDate.of(2025, 3, 3);
        RecallJson.Case chair = service.submitPlan(importerA, null, new RecallJson.Plan(a, List.of(
                new RecallJson.Product("儿童高脚椅 Children's high chair", "Kidsbloom", "HC-3", "08012345000128",
                        List.of("HC3-2410", "HC3-2411"), LocalDate.of(2024, 10, 1), LocalDate.of(2024, 11, 30),
                        LocalDate.of(2024, 12, 9), LocalDate.of(2025, 1, 20), 2400L, "94017100", "IT")),
                "The locking pin of the folding legs can disengage when the chair is moved",
                "The chair may collapse and the child fall (fall, injury)", RiskLevel.SERIOUS, Remedy.REPAIR,
                d.minusDays(5), LocalDate.of(2025, 8, 29), "400-820-1234", d));
        service.publishNotice(importerA, chair.id(), new RecallJson.Notice(
                "上海示例进口贸易有限公司召回部分Kidsbloom HC-3儿童高脚椅",
                "Kidsbloom HC-3 children's high chairs recalled by the importer",
                "本次召回范围内的产品折叠腿锁销在移动座椅时可能脱出，座椅可能倒塌，造成儿童跌落受伤。进口商将免费提供并安装加固锁销。",
                "The locking pin of the folding legs can come out when the chair is moved; the chair may collapse and "
                        + "the child fall. The importer fits a reinforced pin free of charge.", d.plusDays(2)));
        service.reportProgress(importerA, chair.id(), new RecallJson.Progress(List.of(
                new RecallJson.Level(ChainLevel.IMPORTER, 2400L, 1700L),
                new RecallJson.Level(ChainLevel.RETAILER, 900L, 900L),
                new RecallJson.Level(ChainLevel.CONSUMER, 1500L, 800L)), "Retail stock all repaired",
                LocalDate.of(2025, 6, 3)));
        service.close(importerA, chair.id(), new RecallJson.Closure(
                "2,210 of 2,400 chairs repaired (all retail stock, 1,310 of 1,500 sold to consumers)", List.of(
                new RecallJson.Level(ChainLevel.IMPORTER, 2400L, 2210L),
                new RecallJson.Level(ChainLevel.RETAILER, 900L, 900L),
                new RecallJson.Level(ChainLevel.CONSUMER, 1500L, 1310L)), LocalDate.of(2025, 9, 12)));

        LocalDate today = service.today();
        RecallJson.Case dryer = service.reportDefect(importerB, new RecallJson.DefectReport(b, "电吹风 Hair dryer",
                "04901234000568", "AS-2200", "The motor guard melts after long use at the highest heat setting",
                today.minusDays(30), true, today.minusDays(28), today.minusDays(29)));
        service.submitPlan(importerB, dryer.id(), new RecallJson.Plan(b, List.of(
                new RecallJson.Product("电吹风 Hair dryer", "Aerostyle", "AS-2200", "04901234000568",
                        List.of("AS22-5A", "AS22-5B", "AS22-6A"), today.minusMonths(9), today.minusMonths(6),
                        today.minusMonths(5), today.minusMonths(3), 5800L, "85163100", "JP")),
                "The motor guard can melt when used for a long time at the highest heat setting",
                "Overheating can cause burns and fire (burns, fire)", RiskLevel.HIGH, Remedy.REPLACE,
                today.minusDays(28), today.plusMonths(5), "400-820-5678", today.minusDays(20)));
        service.publishNotice(importerB, dryer.id(), new RecallJson.Notice(
                "深圳示例机械设备有限公司召回部分Aerostyle AS-2200电吹风",
                "Aerostyle AS-2200 hair dryers recalled by the importer",
                "电机护罩在最高热档长时间使用时可能熔化，导致烫伤或起火。请立即停止使用，进口商将免费更换。",
                "The motor guard may melt at the highest heat setting, causing burns or fire. Stop using it; the "
                        + "importer replaces it free of charge.", today.minusDays(18)));
        log.info("Demo mode: published two recalls of imported goods (a children's high chair and a hair dryer)");
    }
}
