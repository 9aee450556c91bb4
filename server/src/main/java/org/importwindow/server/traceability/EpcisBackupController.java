package org.importwindow.server.traceability;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Online backup of the EPCIS event store for administrators: with the RocksDB store (the default) the server makes a
 * consistent copy itself, between two captures, under {@code <data-dir>/backups}. Copy that folder elsewhere; to
 * restore, stop the server and put it in place of {@code importwindow.epcis.rocksdb-dir}. With the SQL store the
 * database's own backup covers the events.
 */
@RestController
@RequestMapping("/api/v1/admin/epcis")
@Tag(name = "Administration", description = "Operating the single window")
@SecurityRequirement(name = "basic")
public class EpcisBackupController {
    private final EpcisStore store;
    private final Path backups;
    private final Clock clock;

    public EpcisBackupController(EpcisStore store, Environment env, ObjectProvider<Clock> clock) {
        this.store = store;
        this.backups = Path.of(env.getProperty("importwindow.data-dir", "./data"), "backups");
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Where the backup went. */
    public record Backup(String directory, OffsetDateTime createdAt) {
    }

    @PostMapping(path = "/backups", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Back up the EPCIS event store",
            description = "A consistent RocksDB checkpoint of the traceability events and their indexes, between two "
                    + "captures, in a new folder under <data-dir>/backups. Administrators only.")
    @ApiResponse(responseCode = "201", description = "The backup's folder")
    @ApiResponse(responseCode = "409", description = "The SQL store is in use: back up the database instead")
    public ResponseEntity<?> backup() {
        if (!(store instanceof RocksEpcisStore rocks)) {
            return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "The EPCIS events are in the "
                            + "database (importwindow.epcis.store=sql): back up the database."));
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        Path dir = rocks.checkpoint(backups, now);
        return ResponseEntity.status(HttpStatus.CREATED).body(new Backup(dir.toAbsolutePath().normalize().toString(),
                now));
    }
}
