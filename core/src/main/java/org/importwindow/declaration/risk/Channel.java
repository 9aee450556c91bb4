package org.importwindow.declaration.risk;

/** The clearance channel a declaration is assigned to. */
public enum Channel {
    /** Released once the duties and taxes are paid. */
    GREEN("绿色通道", "Green: release once paid"),
    /** Documents are checked before release. */
    YELLOW("单证审核", "Yellow: document check"),
    /** The goods are physically inspected before release. */
    RED("实货查验", "Red: physical inspection");

    private final String nameZh;
    private final String nameEn;

    Channel(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}
