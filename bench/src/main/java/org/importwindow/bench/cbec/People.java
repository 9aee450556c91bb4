package org.importwindow.bench.cbec;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.importwindow.ecommerce.ResidentIdNumber;

/**
 * Makes buyers: ID numbers from real county codes (GB/T 2260) of the cities where cross-border shoppers mostly live,
 * weighted towards the largest, birth dates of adults of 20 to 65, common surnames by rough frequency, and addresses
 * in those counties. Every ID number made is different.
 */
final class People {
    private static final Weighted<String> REGIONS = Weighted.parse(String.join(" ",
            "110105:8", "110108:8", "310115:9", "310104:6", "440305:7", "440106:6", "330106:5", "330110:4",
            "320102:3", "320508:3", "510107:4", "500103:3", "420106:3", "430104:2", "610113:2", "370202:2",
            "350203:2", "120101:2", "210102:1", "230103:1", "410105:2", "340104:2", "530102:1", "450103:1",
            "360102:1", "130102:1", "220102:1", "140105:1", "520103:1", "460106:1"));
    private static final Map<String, String> PLACE = Map.ofEntries(
            Map.entry("110105", "北京市朝阳区"), Map.entry("110108", "北京市海淀区"),
            Map.entry("310115", "上海市浦东新区"), Map.entry("310104", "上海市徐汇区"),
            Map.entry("440305", "广东省深圳市南山区"), Map.entry("440106", "广东省广州市天河区"),
            Map.entry("330106", "浙江省杭州市西湖区"), Map.entry("330110", "浙江省杭州市余杭区"),
            Map.entry("320102", "江苏省南京市玄武区"), Map.entry("320508", "江苏省苏州市姑苏区"),
            Map.entry("510107", "四川省成都市武侯区"), Map.entry("500103", "重庆市渝中区"),
            Map.entry("420106", "湖北省武汉市武昌区"), Map.entry("430104", "湖南省长沙市岳麓区"),
            Map.entry("610113", "陕西省西安市雁塔区"), Map.entry("370202", "山东省青岛市市南区"),
            Map.entry("350203", "福建省厦门市思明区"), Map.entry("120101", "天津市和平区"),
            Map.entry("210102", "辽宁省沈阳市和平区"), Map.entry("230103", "黑龙江省哈尔滨市南岗区"),
            Map.entry("410105", "河南省郑州市金水区"), Map.entry("340104", "安徽省合肥市蜀山区"),
            Map.entry("530102", "云南省昆明市五华区"), Map.entry("450103", "广西壮族自治区南宁市青秀区"),
            Map.entry("360102", "江西省南昌市东湖区"), Map.entry("130102", "河北省石家庄市长安区"),
            Map.entry("220102", "吉林省长春市南关区"), Map.entry("140105", "山西省太原市小店区"),
            Map.entry("520103", "贵州省贵阳市云岩区"), Map.entry("460106", "海南省海口市龙华区"));
    private static final Weighted<String> SURNAMES = Weighted.parse(String.join(" ",
            "王:7.1", "李:7.0", "张:6.9", "刘:5.4", "陈:4.5", "杨:3.1", "黄:2.2", "赵:2.1", "吴:2.0", "周:1.9",
            "徐:1.5", "孙:1.4", "马:1.3", "朱:1.3", "胡:1.2", "郭:1.1", "何:1.1", "高:1.1", "林:1.1", "罗:0.9",
            "郑:0.9", "梁:0.9", "谢:0.8", "宋:0.7", "唐:0.7", "许:0.6", "韩:0.6", "冯:0.6", "邓:0.6", "曹:0.6"));
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚英华玲婷雪慧晨宇欣怡浩然轩梓涵思雨佳琪博文诺睿晗瑶萱";
    private static final List<String> STREETS = List.of("人民路", "中山路", "解放路", "建设路", "和平路", "长江路",
            "世纪大道", "文化路", "学府路", "滨江路", "科技路", "新华路", "青年路", "朝阳路", "光明街");
    private static final String[] MOBILE_PREFIXES = {"130", "131", "135", "136", "137", "138", "139", "150", "151",
            "152", "157", "158", "159", "176", "177", "180", "182", "183", "185", "186", "187", "188", "189", "199"};
    private static final LocalDate OLDEST = LocalDate.of(1961, 1, 1);
    private static final int SPAN_DAYS = 45 * 365;

    private final Set<String> ids = new HashSet<>();

    Buyer next(RandomGenerator random) {
        String region = REGIONS.pick(random);
        String id;
        do {
            LocalDate birth = OLDEST.plusDays(random.nextInt(SPAN_DAYS));
            String first17 = region + birth.toString().replace("-", "") + String.format("%03d", 1 + random.nextInt(999));
            id = first17 + ResidentIdNumber.checkCharacter(first17);
        } while (!ids.add(id));
        String address = PLACE.get(region) + STREETS.get(random.nextInt(STREETS.size())) + (1 + random.nextInt(999))
                + "号" + (1 + random.nextInt(30)) + "栋" + (101 + random.nextInt(30) * 100 + random.nextInt(6)) + "室";
        String surname = SURNAMES.pick(random);
        return new Buyer(id, surname + given(random), mobile(random), address, surname + given(random));
    }

    private static String given(RandomGenerator random) {
        int n = random.nextInt(10) < 7 ? 2 : 1;
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return s.toString();
    }

    private static String mobile(RandomGenerator random) {
        return MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)] + String.format("%08d", random.nextInt(100_000_000));
    }
}
