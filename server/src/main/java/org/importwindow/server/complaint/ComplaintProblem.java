package org.importwindow.server.complaint;

import java.util.List;
import java.util.Map;
import org.importwindow.complaint.Violation;
import org.importwindow.server.security.BilingualError;
import org.springframework.http.HttpStatus;

/** A refused complaint request, answered as problem+json with its rule codes in English and Chinese. */
public class ComplaintProblem extends RuntimeException {

    /** The Chinese of the CMP rules' messages. */
    static final Map<String, String> ZH = Map.ofEntries(
            Map.entry("CMP-001", "请填写商品名称。"),
            Map.entry("CMP-002", "请填写商品条码（GTIN）或型号。"),
            Map.entry("CMP-003", "商品条码应为8、12、13或14位数字且校验位正确。"),
            Map.entry("CMP-004", "请填写购买地点：商店或网络平台。"),
            Map.entry("CMP-005", "请描述发生了什么。"),
            Map.entry("CMP-006", "请填写您的姓名。"),
            Map.entry("CMP-007", "请填写可以联系到您的电话号码，如13812345678或010-12345678。"),
            Map.entry("CMP-008", "请填写正确的电子邮箱，如name@example.com。"),
            Map.entry("CMP-009", "请说明是否有人受伤。"),
            Map.entry("CMP-010", "照片最多5张，且每张须有有效引用。"),
            Map.entry("CMP-011", "内容过长。"),
            Map.entry("CMP-020", "照片须为JPEG或PNG图片（按文件内容识别，而非文件名）。"),
            Map.entry("CMP-021", "照片过大。"),
            Map.entry("CMP-022", "该投诉的照片已达上限。"),
            Map.entry("CMP-023", "请选择要上传的照片。"),
            Map.entry("CMP-024", "无法读取该照片：文件已损坏或不完整。请重新保存或导出后上传新文件。"),
            Map.entry("CMP-101", "当前状态下不允许此操作。"),
            Map.entry("CMP-102", "不予受理须说明告知投诉人的理由。"),
            Map.entry("CMP-103", "办结须写明结果。"),
            Map.entry("CMP-104", "步骤时间不能早于上一步骤。"),
            Map.entry("CMP-105", "照片编号须为下一张。"),
            Map.entry("CMP-404", "未找到该投诉。"),
            Map.entry("CMP-409", "该投诉刚被他人处理，请刷新后重试。"),
            Map.entry("SIG-404", "未找到当前的缺陷信号。"),
            Map.entry("AUTH-403", "您的角色无权执行此操作。"));

    private final HttpStatus status;
    private final List<BilingualError> errors;

    public ComplaintProblem(HttpStatus status, List<BilingualError> errors) {
        super(errors.isEmpty() ? status.getReasonPhrase() : errors.get(0).message());
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public static ComplaintProblem of(HttpStatus status, String code, String path, String message) {
        return new ComplaintProblem(status, List.of(new BilingualError(code, path, message, ZH.get(code))));
    }

    public static ComplaintProblem invalid(List<Violation> violations) {
        return new ComplaintProblem(HttpStatus.BAD_REQUEST, violations.stream()
                .map(v -> new BilingualError(v.code(), v.path(), v.message(), ZH.get(v.code()))).toList());
    }

    public static ComplaintProblem notFound(String reference) {
        return of(HttpStatus.NOT_FOUND, "CMP-404", "reference", "No complaint " + reference + " for you.");
    }

    public static ComplaintProblem forbidden() {
        return of(HttpStatus.FORBIDDEN, "AUTH-403", "", "Your role may not do this");
    }

    public HttpStatus status() {
        return status;
    }

    public List<BilingualError> errors() {
        return errors;
    }

    public String title() {
        return status == HttpStatus.BAD_REQUEST ? "The request is not valid" : status.getReasonPhrase();
    }
}
