package org.importwindow.server.web.declaration;

import org.importwindow.server.security.AppUser;
import org.importwindow.server.security.Role;
import org.importwindow.server.web.PageModelAdvice;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Who is signed in, for every page's header: the user's name, whether they see the declarant's or the officer's
 * links, and the sign-in link otherwise. Anonymous visitors of the public tariff pages get {@code null}.
 */
@ControllerAdvice(basePackageClasses = PageModelAdvice.class)
public class SignedInUserAdvice {

    /** What the header needs to know about the signed-in user. */
    public record SignedIn(String username, boolean declarant, boolean officer, boolean consumer, boolean regulator) {
    }

    @ModelAttribute("signedIn")
    public SignedIn signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof AppUser user)) {
            return null;
        }
        return new SignedIn(user.username(), user.has(Role.DECLARANT),
                user.has(Role.OFFICER) || user.has(Role.ADMIN), user.has(Role.CONSUMER),
                user.has(Role.REGULATOR) || user.has(Role.ADMIN));
    }
}
