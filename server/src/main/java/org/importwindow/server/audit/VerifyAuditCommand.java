package org.importwindow.server.audit;

import java.io.PrintStream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar importwindow.jar verify-audit}: verifies every declaration's event chain without starting the web
 * server, prints the outcome and exits 0 (every chain holds) or 1 (the first broken event is named).
 */
@Component
@Profile(VerifyAuditCommand.PROFILE)
public class VerifyAuditCommand implements ApplicationRunner, ExitCodeGenerator {
    public static final String NAME = "verify-audit";
    public static final String PROFILE = "verify-audit";

    private final AuditVerifier verifier;
    private final PrintStream out = System.out;
    private int exitCode;

    public VerifyAuditCommand(AuditVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public void run(ApplicationArguments args) {
        long start = System.nanoTime();
        AuditVerifier.Outcome v = verifier.verify();
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (v.valid()) {
            out.printf("Audit trail valid: %d events checked in %d ms.%n", v.checked(), ms);
            exitCode = 0;
        } else {
            AuditVerifier.BrokenEvent b = v.brokenEvent();
            out.printf("Audit trail BROKEN at event %d (declaration %s, sequence %d, %s): %s. %d events checked "
                    + "before it.%n", b.id(), b.declarationId(), b.sequence(), b.type(), b.reason(), v.checked());
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
