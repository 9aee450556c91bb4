package org.importwindow.declaration;

/**
 * The rule codes of the declaration checks and of the workflow, with a title in English and Chinese (for errors,
 * documentation and tests). Codes are stable: never renumber, only add.
 */
public enum DeclarationRule {
    DEC_000("DEC-000", "The request cannot be read: not JSON, or a date or number that does not parse",
            "请求无法读取：不是 JSON，或日期、数字格式不正确"),
    DEC_001("DEC-001", "A required header field is missing", "缺少必填的表头项"),
    DEC_002("DEC-002", "Unknown trade mode", "监管方式代码不存在"),
    DEC_003("DEC-003", "Unknown mode of transport", "运输方式代码不存在"),
    DEC_004("DEC-004", "Unknown terms of price", "成交方式不存在"),
    DEC_005("DEC-005", "Unknown currency", "币制不存在"),
    DEC_006("DEC-006", "Unknown country", "国别（地区）代码不存在"),
    DEC_007("DEC-007", "Importer's unified social credit code is not valid", "收货人统一社会信用代码无效"),
    DEC_008("DEC-008", "The declaration has no goods items", "报关单没有商品项"),
    DEC_009("DEC-009", "A required item field is missing", "缺少必填的商品项"),
    DEC_010("DEC-010", "Unknown commodity code", "商品编号不存在"),
    DEC_011("DEC-011", "Commodity code is not declarable", "商品编号不是可申报的税号"),
    DEC_012("DEC-012", "Unit does not match the line's legal unit", "计量单位与法定计量单位不符"),
    DEC_013("DEC-013", "Quantity or value not positive", "数量或价格必须大于零"),
    DEC_014("DEC-014", "Item values do not add up to the declared total", "商品总价与表头总价不符"),
    DEC_015("DEC-015", "Freight or insurance missing or negative for the terms of price", "运费或保费缺失或为负"),
    DEC_016("DEC-016", "No customs exchange rate for the month", "当月无海关汇率"),
    DEC_017("DEC-017", "Licence required but not declared", "需要许可证但未申报许可证号"),
    DEC_018("DEC-018", "Import prohibited", "禁止进口"),
    DEC_019("DEC-019", "Product not approved for market access from this country (SPS)", "未获检疫准入"),
    DEC_020("DEC-020", "Quota certificate missing or not applicable", "关税配额证明缺失或不适用"),
    DEC_021("DEC-021", "Unknown preference", "优惠贸易协定代码不存在"),
    DEC_022("DEC-022", "Declaration kind unknown or incomplete", "申报类型无效或不完整"),
    DEC_023("DEC-023", "Too many goods items on one declaration", "一份报关单商品项超过上限"),

    DEC_101("DEC-101", "Command not allowed in the declaration's status", "当前状态下不允许此操作"),
    DEC_102("DEC-102", "Payment amount differs from the assessed payable", "缴款金额与应缴税款不符"),
    DEC_103("DEC-103", "Cannot pay a declaration that is not selected for payment", "报关单未到缴款环节"),
    DEC_104("DEC-104", "Goods have not arrived", "货物尚未运抵"),
    DEC_105("DEC-105", "Check not required for the declaration's channel", "该通道不需要此查验"),
    DEC_106("DEC-106", "Release needs payment and the checks of the channel", "放行需先完成缴款和查验"),
    DEC_107("DEC-107", "Declaration already final", "报关单已结束"),
    DEC_108("DEC-108", "Not a two-step summary declaration", "不是两步申报的概要申报");

    private final String code;
    private final String titleEn;
    private final String titleZh;

    DeclarationRule(String code, String titleEn, String titleZh) {
        this.code = code;
        this.titleEn = titleEn;
        this.titleZh = titleZh;
    }

    public String code() {
        return code;
    }

    public String titleEn() {
        return titleEn;
    }

    public String titleZh() {
        return titleZh;
    }

    /**
     * An error of this rule at {@code path} with the given messages. A message about a goods item ({@code items[i]...})
     * says which item it is, counted from 1 as the declaration form numbers them, so that it reads alone in a list of
     * errors; English messages start with a capital letter.
     */
    public DeclarationError error(String path, String messageEn, String messageZh) {
        String en = messageEn == null || messageEn.isEmpty() ? messageEn
                : Character.toUpperCase(messageEn.charAt(0)) + messageEn.substring(1);
        String zh = messageZh;
        int item = itemNumber(path);
        if (item > 0) {
            en = "Goods item " + item + ": " + messageEn;
            zh = "第 " + item + " 项商品：" + messageZh;
        }
        return new DeclarationError(code, path, en, zh);
    }

    /** The goods item a path names, from 1, or 0. */
    private static int itemNumber(String path) {
        if (path == null || !path.startsWith("items[")) {
            return 0;
        }
        int end = path.indexOf(']');
        try {
            return end < 0 ? 0 : Integer.parseInt(path.substring(6, end)) + 1;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
