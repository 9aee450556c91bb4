package org.importwindow.declaration;

/**
 * Where a declaration stands. An advance declaration keeps its status while the goods have not arrived (see
 * {@link DeclarationState#arrived()}); a released two-step summary waits for its full declaration (see
 * {@link DeclarationWorkflow#overdue(DeclarationState, java.time.LocalDate)}).
 */
public enum DeclarationStatus {
    DRAFT("草稿"),
    LODGED("已申报"),
    ASSESSED("已计税"),
    /** Channel assigned: waiting for the checks of its channel and for payment. */
    SELECTED("已布控分流"),
    DOCUMENTS_CHECKED("单证审核完成"),
    INSPECTED("查验完成"),
    PAID("已缴税"),
    RELEASED("已放行"),
    HELD("已挂起"),
    REJECTED("已退单"),
    CANCELLED("已撤单");

    private final String nameZh;

    DeclarationStatus(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    /** No command but a two-step summary's full declaration is taken after these. */
    public boolean isFinal() {
        return this == RELEASED || this == REJECTED || this == CANCELLED;
    }
}
