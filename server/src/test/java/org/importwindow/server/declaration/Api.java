package org.importwindow.server.declaration;

import org.importwindow.server.HttpClientSupport;

/** HTTP calls to the running server as a demo user (HTTP Basic), with a bearer token, or anonymously. */
final class Api extends HttpClientSupport {

    Api(int port) {
        super(port);
    }

    /** The contract's example declaration of Australian wine, for the importer, under the reference. */
    static String wine(String reference, String importer) {
        return """
                {"reference":"%s","importer":"%s","declarationDate":"2026-03-16","tradeMode":"0110",
                "transportMode":"2","portOfEntry":"2248","countryOfDispatch":"AU","priceTerms":"CIF","currency":"CNY",
                "freight":"0.00","insurance":"0.00","licences":[],"rulingReference":null,
                "items":[{"commodityCode":"22042100","description":"bottled red wine","origin":"AU","quantity":"900",
                "unit":"LTR","value":"100000.00","preference":"AUTO","proofOfOrigin":"AU-CO-2026-1","attributes":{}}]}
                """.formatted(reference, importer);
    }

    /** The declaration body as another kind (ADVANCE, TWO_STEP_SUMMARY, TWO_STEP_FULL naming its summary). */
    static String ofKind(String body, String kind, String summaryReference) {
        return body.replaceFirst("\"tradeMode\"", "\"declarationKind\":\"" + kind + "\","
                + (summaryReference == null ? "" : "\"summaryReference\":\"" + summaryReference + "\",")
                + "\"tradeMode\"");
    }
}
