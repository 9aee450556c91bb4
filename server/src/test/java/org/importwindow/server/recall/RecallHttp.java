package org.importwindow.server.recall;

import org.importwindow.server.HttpClientSupport;

/** HTTP calls as a demo user (HTTP Basic, password demo) or anonymously (user null). */
final class RecallHttp extends HttpClientSupport {

    RecallHttp(int port) {
        super(port);
    }
}
