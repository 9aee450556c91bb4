package org.importwindow.server.web.ecommerce;

import org.importwindow.server.OnEmbeddedPostgresql;

/** The cross-border e-commerce pages on a real PostgreSQL (embedded): their read queries are plain SQL for both. */
@OnEmbeddedPostgresql
class CbecPagesOnPostgresqlTest extends CbecPagesTest {
}
