package org.importwindow.server.complaint;

import org.importwindow.server.HttpClientSupport;

/** HTTP calls to the running server as a demo user (HTTP Basic, password demo) or anonymously (null). */
final class ComplaintApi extends HttpClientSupport {

    ComplaintApi(int port) {
        super(port);
    }

    /** A complete complaint about a toaster, with contact details to be masked. */
    static String toaster(String whatHappened) {
        return """
                {"productName":"Toaster T-2","gtin":"0012345678905","model":"T-2","lot":"L9","brand":"Crisp",
                 "purchase":{"platform":"JD Worldwide","orderNumber":"JD-1","inventoryNumber":"4600202611270000001"},
                 "whatHappened":"%s","injury":false,"photos":["p1.jpg"],
                 "contact":{"name":"张三丰","phone":"13812345678","email":"zhang@example.com"}}
                """.formatted(whatHappened);
    }
}
