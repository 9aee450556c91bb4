package org.importwindow.server.web.declaration;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the layout needs on the error pages Spring Boot's error controller renders (templates/error/403.html: a
 * signed-in user opening a page their role does not allow, such as a declarant the officer's queue). The pages'
 * own advice covers only this application's controllers, so without this the page would not know its language, its
 * language switch or who is signed in. The switch links to the page that was refused, in the other language.
 */
@ControllerAdvice(assignableTypes = ErrorController.class)
public class ErrorPageAdvice {

    @ModelAttribute("lang")
    public String lang(Locale locale) {
        return DeclarationPages.lang(locale);
    }

    @ModelAttribute("switchLang")
    public String switchLang(Locale locale) {
        return "zh".equals(DeclarationPages.lang(locale)) ? "en" : "zh";
    }

    @ModelAttribute("switchUrl")
    public String switchUrl(HttpServletRequest request, Locale locale) {
        Object refused = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = refused instanceof String s && !s.isBlank() ? s : "/";
        return UriComponentsBuilder.fromPath(path).queryParam("lang", switchLang(locale)).encode().build()
                .toUriString();
    }

    @ModelAttribute("signedIn")
    public SignedInUserAdvice.SignedIn signedIn() {
        return new SignedInUserAdvice().signedIn();
    }
}
