package org.importwindow.server;

import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the single window under {@code importwindow.*}.
 *
 * @param dataDir folder of the embedded H2 database ({@code ./data} by default)
 * @param zone    the time zone whose date is "today" for lookups and assessments without a date
 * @param seed    first-start loading of the bundled data
 */
@ConfigurationProperties("importwindow")
public record ImportWindowProperties(@DefaultValue("./data") String dataDir,
                                     @DefaultValue("Asia/Shanghai") ZoneId zone,
                                     @DefaultValue Seed seed) {

    /**
     * @param enabled   load the bundled reference and demo data when the tables are empty
     * @param batchSize rows per JDBC batch
     */
    public record Seed(@DefaultValue("true") boolean enabled, @DefaultValue("2000") int batchSize) {
    }

    /** Today in the customs time zone. */
    public LocalDate today() {
        return LocalDate.now(zone);
    }
}
