package org.importwindow.server.ecommerce;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Online backup of the cross-border e-commerce store for administrators: with the RocksDB store (the default) the
 * server cannot simply be copied while it runs, so it makes a consistent copy itself, as of the last group of
 * messages written, under {@code <data-dir>/backups}. Copy that folder elsewhere; to restore, stop the server and put
 * it in place of {@code importwindow.cbec.rocksdb-dir}. With the SQL store the database's own backup covers it.
 */
@RestController
@RequestMapping("/api/v1/admin/cbec")
@Tag(name = "Administration", description = "Operating the single window")
@SecurityRequirement(name = "basic")
public class CbecBackupController {
    private final CbecService service;
    private final Path backups;

    public CbecBackupController(CbecService service, Environment env) {
        this.service = service;
        this.backups = Path.of(env.getProperty("importwindow.data-dir", "./data"), "backups");
    }

    /** Where the backup went. */
    public record Backup(String directory, OffsetDateTime createdAt) {
    }

    @PostMapping(path = "/backups", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Back up the cross-border e-commerce store",
            description = "A consistent RocksDB checkpoint of the e-commerce state (messages, lists, allowance ledger, "
                    + "receipts, tax bills, counters) as of the last group written, in a new folder under "
                    + "<data-dir>/backups. Administrators only.")
    @ApiResponse(responseCode = "201", description = "The backup's folder")
    @ApiResponse(responseCode = "409", description = "The SQL store is in use: back up the database instead")
    public ResponseEntity<?> backup() {
        return service.backup(backups)
                .<ResponseEntity<?>>map(dir -> ResponseEntity.status(HttpStatus.CREATED)
                        .body(new Backup(dir.toAbsolutePath().toString(), OffsetDateTime.now(ZoneOffset.UTC))))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.CONFLICT)
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "The cross-border e-commerce "
                                + "state is in the database (importwindow.cbec.store=sql): back up the database.")));
    }
}
