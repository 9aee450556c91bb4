package org.importwindow.server.web.ecommerce;

import org.importwindow.server.security.AppUser;
import org.importwindow.server.security.Role;
import org.importwindow.server.web.PageModelAdvice;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Which cross-border e-commerce links the header shows the signed-in user: the enterprise page to enterprise users,
 * the officer's figures to officers and administrators. The buyer's page is everyone's.
 */
@ControllerAdvice(basePackageClasses = PageModelAdvice.class)
public class CbecNavAdvice {

    /** The links a user may follow. */
    public record CbecNav(boolean enterprise, boolean officer) {
    }

    @ModelAttribute("cbecNav")
    public CbecNav cbecNav() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof AppUser user)) {
            return new CbecNav(false, false);
        }
        return new CbecNav(user.has(Role.ENTERPRISE_USER), user.has(Role.OFFICER) || user.has(Role.ADMIN));
    }
}
