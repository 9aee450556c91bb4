/**
 * The customs messages of China's cross-border e-commerce retail imports: the GACC unified-version enterprise
 * message specification, 2022-05 edition (《海关跨境电商统一版系统企业对接报文规范（202205版）》), read and written
 * exactly as its official schema ({@code core/src/main/resources/ceb/ceb-import-202205.xsd}) defines them.
 * Nothing here decides clearance; it only reads, checks against the schema, and writes.
 *
 * <h2>Reading</h2>
 * {@link org.importwindow.ecommerce.message.CebMessages#read(byte[])} takes one XML message (CEB311 orders,
 * CEB411 payment vouchers, CEB511 waybills, CEB621 inventory lists, CEB623 cancellations, CEB625 returns), checks
 * it against the schema and reads it into records named exactly as the schema names its
 * elements and fields, spelling included ({@code acturalPaid}): {@link org.importwindow.ecommerce.message.OrderHead},
 * {@link org.importwindow.ecommerce.message.OrderItem} (the schema's {@code OrderList} line), ...,
 * {@link org.importwindow.ecommerce.message.InventoryItem} (the schema's {@code InventoryList} line). Amounts and
 * quantities are {@code BigDecimal}, codes and times the text sent ({@link org.importwindow.ecommerce.message.CebTimes}
 * reads the times); an element that is absent or empty reads as {@code null}. Refusals are
 * {@link org.importwindow.ecommerce.message.CebMessageException}s with every
 * {@link org.importwindow.ecommerce.message.CebMessageError}: {@code CEB-001} not well-formed, {@code CEB-002}
 * schema violation, {@code CEB-003} unsupported type, {@code CEB-004} too large, {@code CEB-005} carries a DTD;
 * each with the specification's own code ({@code 0001}/{@code 0002}/{@code 0999}, its 表 7-1), path, line and
 * English and Chinese text. The parser never reads a DTD or resolves an entity.
 *
 * <p>Three stages do that, each cheaper than the next, the first two only ever saying yes: the fast pass
 * ({@code CebFastPass}) reads a valid message of the common kind straight from its UTF-8 bytes against a model compiled
 * from the schema; the single pass ({@code CebSinglePass}, Woodstox with MSV) any other valid message; the reference
 * (the JDK's validator, then StAX) decides the rest and names every error. What is refused, and why, is the
 * reference's alone; that the faster stages accept nothing it refuses, and read the same records, is tested on
 * mutations of the official samples.
 *
 * <h2>JSON</h2>
 * The same content as JSON, with the same names, is given as a {@link org.importwindow.ecommerce.message.CebNode}
 * tree (the server builds it with its JSON library) to
 * {@link org.importwindow.ecommerce.message.CebMessages#readTree(CebNode)}, which turns it into the same XML and
 * checks and reads it in exactly the same way:
 * <pre>{@code
 * {"CEB621Message": {
 *    "guid": "4CDE1CFD-EDED-46B1-946C-B8022E42FC94", "version": "1.0",
 *    "Inventory": [
 *      {"InventoryHead": {"guid": "...", "appType": "1", "orderNo": "...", "freight": "500", ...},
 *       "InventoryList": [{"gnum": 1, "gcode": "8541401000", "qty": "100", "unit": "007", ...}]}],
 *    "BaseTransfer": {"copCode": "1105910159", "copName": "...", "dxpMode": "DXP", "dxpId": "..."},
 *    "Signature": {"SignedInfo": {"CanonicalizationMethod": {"@Algorithm": "..."}, ...},
 *                  "SignatureValue": "...", "KeyInfo": {...}}}}
 * }</pre>
 * Keys are the schema's element names; arrays are repeated elements (a single object is one element); the root's
 * {@code guid} and {@code version} are its attributes, other attributes are keys starting with {@code @}; members
 * may come in any order (they are put in schema order); {@code Signature} and everything in it is the XML Signature
 * element {@code ds:Signature}, which the schema requires on CEB621, CEB623 and CEB625. Numbers may be JSON numbers
 * or strings (strings keep their exact text); {@code null} members should be left out. See
 * {@code docs/cbec-messages.md}.
 *
 * <h2>Writing</h2>
 * {@link org.importwindow.ecommerce.message.Receipts#toXml} writes the receipts CEB312/412/512/622/624/626 from
 * {@link org.importwindow.ecommerce.message.Receipt}s ({@link org.importwindow.ecommerce.message.ReturnStatus}
 * has the status codes); {@link org.importwindow.ecommerce.message.TaxBills#toXml} the electronic tax bill CEB816;
 * {@link org.importwindow.ecommerce.message.FormatReceipts#toXml} the format-check receipt CEB900 of a refused
 * message. {@link org.importwindow.ecommerce.message.CustomsCodes} maps the customs country, currency and unit codes
 * to ISO and our units, as data.
 */
package org.importwindow.ecommerce.message;
