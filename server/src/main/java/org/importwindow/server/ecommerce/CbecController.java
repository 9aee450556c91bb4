package org.importwindow.server.ecommerce;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.importwindow.ecommerce.message.CebMessage;
import org.importwindow.ecommerce.message.CebMessageError;
import org.importwindow.ecommerce.message.CebMessageException;
import org.importwindow.ecommerce.message.CebMessages;
import org.importwindow.ecommerce.message.CebNode;
import org.importwindow.ecommerce.message.Receipt;
import org.importwindow.ecommerce.message.Receipts;
import org.importwindow.server.declaration.DeclarationProblem;
import org.importwindow.server.ecommerce.kafka.CbecKafkaGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.importwindow.server.enterprise.EnterpriseStore;
import org.importwindow.server.enterprise.StoredEnterprise;
import org.importwindow.server.security.AppUser;
import org.importwindow.server.security.BilingualError;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cross-border e-commerce messages of the GACC unified specification (202205) from the enterprises' systems:
 * orders, payments, waybills, inventory lists, cancellations and returns, in XML or as JSON with the same names;
 * answered with the spec's receipts. Authenticated by the enterprise's API key ({@code Authorization: Bearer ...});
 * the message's {@code BaseTransfer/copCode} must be that enterprise, holding the role the message needs.
 */
@RestController
@RequestMapping("/api/v1/cbec")
@Tag(name = "Cross-border e-commerce", description = "CEB messages, receipts and tax bills")
@SecurityRequirement(name = "bearer")
@ApiResponse(responseCode = "401", description = "No or unknown API key (problem+json)",
        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                schema = @Schema(implementation = ProblemDetail.class)))
public class CbecController {
    private static final MediaType TEXT_XML = MediaType.TEXT_XML;

    private final CbecService service;
    private final CbecReading reading;
    private final EnterpriseStore enterprises;
    private final JsonMapper json;
    private final CbecProperties properties;
    private final CbecTaxBillMessages taxBillMessages;
    private final ObjectProvider<CbecKafkaGateway> kafka;

    public CbecController(CbecService service, CbecReading reading, EnterpriseStore enterprises, JsonMapper json,
                          CbecProperties properties, CbecTaxBillMessages taxBillMessages,
                          ObjectProvider<CbecKafkaGateway> kafka) {
        this.service = service;
        this.reading = reading;
        this.enterprises = enterprises;
        this.json = json;
        this.properties = properties;
        this.taxBillMessages = taxBillMessages;
        this.kafka = kafka;
    }

    @PostMapping(path = "/messages", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE,
            MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Send one CEB message (311 order, 411 payment, 511 waybill, 621 inventory lists, 623 "
            + "cancellation, 625 return), XML or JSON",
            description = "Checked against the official schema first (400 problem+json with CEB-00x codes and the "
                    + "schema's line and path when it fails; nothing stored). The enterprise of the API key must be "
                    + "BaseTransfer/copCode and hold the role the message needs (orders: platform, e-commerce "
                    + "enterprise or an entrusted logistics company; payments: payment company; waybills: logistics "
                    + "company; lists, cancellations, returns: declaring agent), else 403. Answers the receipts of "
                    + "its documents (CEB312/412/512/622/624/626) as the spec's XML, or with Accept: application/json "
                    + "as {\"receipts\":[…]}. Sending the same guid again answers the same receipts and changes "
                    + "nothing. A list waits (120) until its order, payment and waybill have arrived; its later "
                    + "receipt (800 released or 100 refused) is fetched with GET /api/v1/cbec/receipts.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = MediaType.APPLICATION_XML_VALUE),
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE)}))
    @ApiResponse(responseCode = "200", description = "The receipts")
    @ApiResponse(responseCode = "202", description = "Kafka runtime: published; the receipts follow on the receipts "
            + "topic and at GET /api/v1/cbec/receipts")
    @ApiResponse(responseCode = "400", description = "Not well-formed, not schema-valid or too large",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "403", description = "copCode is not the key's enterprise, or the role is missing",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "409", description = "The message's guid is another message's already (another type "
            + "or another sender): nothing is stored; a resend of the same message is answered as the first time",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    public ResponseEntity<?> message(@AuthenticationPrincipal AppUser user,
                                     @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String type,
                                     @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                     jakarta.servlet.http.HttpServletRequest request) throws java.io.IOException {
        StoredEnterprise sender = sender(user);
        // read at most one byte more than allowed: an oversized body is refused without being held in memory
        byte[] body = request.getInputStream().readNBytes(properties.maxMessageBytes() + 1);
        if (body.length > properties.maxMessageBytes()) {
            throw problem(HttpStatus.PAYLOAD_TOO_LARGE, "CEB-004", "The message is larger than "
                    + properties.maxMessageBytes() + " bytes", "报文超过 " + properties.maxMessageBytes() + " 字节");
        }
        boolean isJson = type != null && type.toLowerCase().contains("json");
        CebMessage message = parse(body, isJson);
        String copCode = message.baseTransfer() == null ? null : message.baseTransfer().copCode();
        if (!sender.customsCode().equals(copCode == null ? null : copCode.strip())) {
            throw problem(HttpStatus.FORBIDDEN, "CEB-101", "BaseTransfer/copCode " + copCode + " is not your "
                    + "enterprise " + sender.customsCode(), "传输企业代码 " + copCode + " 与接入企业 "
                    + sender.customsCode() + " 不一致");
        }
        Set<String> may = CbecRoles.mayLodge(message.type());
        if (sender.roles().stream().noneMatch(may::contains)) {
            throw problem(HttpStatus.FORBIDDEN, "CEB-102", "Enterprise " + sender.customsCode() + " does not hold "
                    + "the role needed for " + message.type() + " (" + String.join(" or ", may) + ")", "企业 "
                    + sender.customsCode() + " 不具备发送 " + message.type() + " 所需的角色");
        }
        CbecKafkaGateway gateway = kafka.getIfAvailable();
        if (gateway != null) {
            // the Kafka runtime: the topology decides; its receipts are fetched with GET /api/v1/cbec/receipts
            gateway.publish(message, body);
            return ResponseEntity.accepted().contentType(MediaType.APPLICATION_JSON)
                    .body(CbecJson.Receipts.of(List.of()));
        }
        List<Receipt> receipts;
        try {
            receipts = service.receive(new CbecService.Incoming(message, sender.customsCode(), service.body(body),
                    isJson ? "json" : "xml"));
        } catch (CbecService.GuidTaken taken) {
            throw problem(HttpStatus.CONFLICT, "CEB-006", "The message guid " + message.guid() + " is already "
                    + "another message's (" + taken.holderType() + "): give each message a guid of its own; a resend "
                    + "must be the same message from the same sender", "报文编号 " + message.guid() + " 已被另一报文("
                    + taken.holderType() + ")使用：每份报文须有自己的编号；重发须为同一企业的同一报文");
        }
        return answer(receipts, accept, message.guid());
    }

    @GetMapping(path = "/receipts", produces = {MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "The receipts of your own documents by copNo, orderNo or guid, oldest first")
    public CbecJson.Receipts receipts(@AuthenticationPrincipal AppUser user,
                                      @Parameter(description = "Your list's (or cancellation's, return's) copNo")
                                      @RequestParam(required = false) String copNo,
                                      @Parameter(description = "An order number") @RequestParam(required = false)
                                      String orderNo,
                                      @Parameter(description = "A document's guid") @RequestParam(required = false)
                                      String guid) {
        StoredEnterprise sender = sender(user);
        if (blank(copNo) && blank(orderNo) && blank(guid)) {
            throw problem(HttpStatus.BAD_REQUEST, "API-003", "Give copNo, orderNo or guid", "请提供 copNo、orderNo 或 guid");
        }
        return CbecJson.Receipts.of(reading.receipts(sender.customsCode(), trim(copNo), trim(orderNo), trim(guid)));
    }

    @GetMapping(path = "/tax-bills", produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_XML_VALUE})
    @Operation(summary = "The tax bills of your released inventory lists by copNo or invtNo",
            description = "JSON {\"taxBills\":[…]}, or with Accept: application/xml the spec's CEB816 message.")
    public ResponseEntity<?> taxBills(@AuthenticationPrincipal AppUser user,
                                      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                      @RequestParam(required = false) String copNo,
                                      @RequestParam(required = false) String invtNo) {
        StoredEnterprise sender = sender(user);
        if (blank(copNo) && blank(invtNo)) {
            throw problem(HttpStatus.BAD_REQUEST, "API-003", "Give copNo or invtNo", "请提供 copNo 或 invtNo");
        }
        var bills = reading.taxBills(sender.customsCode(), trim(copNo), trim(invtNo));
        if (accept != null && accept.contains("xml") && !accept.contains("json") && !bills.isEmpty()) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                    .body(taxBillMessages.xml(bills, java.util.UUID.randomUUID().toString().toUpperCase()));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(CbecJson.TaxBills.of(bills));
    }

    private ResponseEntity<?> answer(List<Receipt> receipts, String accept, String messageGuid) {
        if (accept != null && accept.toLowerCase().contains("json")) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(CbecJson.Receipts.of(receipts));
        }
        // one receipt message per receipt type (a message's documents get one type), as the spec's XML
        StringBuilder xml = new StringBuilder();
        List<List<Receipt>> byType = new ArrayList<>();
        for (Receipt r : receipts) {
            if (byType.isEmpty() || byType.get(byType.size() - 1).get(0).type() != r.type()) {
                byType.add(new ArrayList<>());
            }
            byType.get(byType.size() - 1).add(r);
        }
        for (List<Receipt> same : byType) {
            xml.append(Receipts.toXml(same, messageGuid));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.toString());
    }

    private CebMessage parse(byte[] body, boolean isJson) {
        try {
            if (isJson) {
                CebNode root;
                try {
                    root = JsonMessages.tree(json.readTree(body));
                } catch (JacksonException e) {
                    throw problem(HttpStatus.BAD_REQUEST, "CEB-001", "The body is not well-formed JSON: "
                            + e.getOriginalMessage(), "报文不是格式正确的 JSON");
                }
                if (root == null) {
                    throw problem(HttpStatus.BAD_REQUEST, "CEB-003", "The JSON must be one object with one member, "
                            + "the message, e.g. {\"CEB621Message\":{…}}", "JSON 应为只含报文根节点的对象");
                }
                return CebMessages.readTree(root, properties.maxMessageBytes());
            }
            return CebMessages.read(body, properties.maxMessageBytes());
        } catch (CebMessageException e) {
            List<BilingualError> errors = new ArrayList<>();
            for (CebMessageError m : e.errors()) {
                String where = m.path() == null ? "" : m.path();
                errors.add(new BilingualError(m.code(), where, m.messageEn() + (m.line() > 0 ? " (line " + m.line()
                        + ")" : "") + (m.specCode() == null ? "" : " [" + m.specCode() + "]"), m.messageZh()));
            }
            throw new DeclarationProblem(HttpStatus.BAD_REQUEST, "The message is not valid", errors);
        }
    }

    private StoredEnterprise sender(AppUser user) {
        return user.enterprises().stream().findFirst().flatMap(enterprises::find)
                .filter(e -> e.customsCode() != null)
                .orElseThrow(() -> problem(HttpStatus.FORBIDDEN, "CEB-100", "Your key belongs to no enterprise",
                        "该密钥未绑定企业"));
    }

    private static DeclarationProblem problem(HttpStatus status, String code, String en, String zh) {
        return new DeclarationProblem(status, status.getReasonPhrase(), List.of(new BilingualError(code, "", en, zh)));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.strip();
    }
}
