package org.importwindow.server.enterprise;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.importwindow.server.security.AppUser;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The enterprises the caller may act for. */
@RestController
@RequestMapping(path = "/api/v1/enterprises", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Enterprises", description = "Importers and the users authorised for them")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
public class EnterpriseController {
    private final EnterpriseStore enterprises;

    public EnterpriseController(EnterpriseStore enterprises) {
        this.enterprises = enterprises;
    }

    /** One enterprise of the caller; {@code name} is the registered (Chinese) name, {@code nameEn} the English one. */
    public record EnterpriseJson(String uscc, String customsCode, String name, String nameEn, String creditLevel,
                                 String country) {
        static EnterpriseJson of(StoredEnterprise e) {
            return new EnterpriseJson(e.uscc(), e.customsCode(), e.nameZh(), e.nameEn(), e.creditLevel(), e.country());
        }
    }

    @GetMapping("/mine")
    @Operation(summary = "The caller's enterprises (empty for officers and administrators)",
            description = "creditLevel is ADVANCED_CERTIFIED (AEO), ORDINARY or DISHONEST.")
    public List<EnterpriseJson> mine(@AuthenticationPrincipal AppUser user) {
        return enterprises.forUser(user.username()).stream().map(EnterpriseJson::of).toList();
    }
}
