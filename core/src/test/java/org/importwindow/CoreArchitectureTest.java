package org.importwindow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The core is the law as code and must stay embeddable: an e-commerce platform should be able to put it on its
 * classpath alone. No framework, no database, no HTTP, and no hidden clock.
 */
class CoreArchitectureTest {

    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.importwindow");

    @Test
    void core_does_not_depend_on_spring_jdbc_http_or_jackson() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "java.sql..", "javax.sql..", "jakarta..", "java.net.http..",
                        "com.fasterxml.jackson..", "tools.jackson..", "org.importwindow.server..")
                .check(core);
    }

    @Test
    void core_never_reads_the_clock_every_calculation_takes_its_date() {
        noClasses().should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.YearMonth.class, "now")
                .check(core);
    }
}
