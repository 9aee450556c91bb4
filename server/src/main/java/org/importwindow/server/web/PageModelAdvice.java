package org.importwindow.server.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page's layout needs: the page language ({@code zh} or {@code en}) and the link that shows the same page
 * in the other language (the current URL with {@code lang} replaced, so a calculation or a search survives the
 * switch).
 */
@ControllerAdvice(basePackageClasses = PageModelAdvice.class)
public class PageModelAdvice {

    @ModelAttribute("lang")
    public String lang(Locale locale) {
        return language(locale);
    }

    @ModelAttribute("switchLang")
    public String switchLang(Locale locale) {
        return "zh".equals(language(locale)) ? "en" : "zh";
    }

    @ModelAttribute("switchUrl")
    public String switchUrl(HttpServletRequest request, Locale locale) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(request.getRequestURI());
        if ("GET".equals(request.getMethod())) {
            request.getParameterMap().forEach((name, values) -> {
                if (!"lang".equals(name)) {
                    b.queryParam(name, (Object[]) values);
                }
            });
        }
        return b.queryParam("lang", switchLang(locale)).encode().build().toUriString();
    }

    /** {@code zh} for any Chinese locale, {@code en} for everything else. */
    static String language(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? "zh" : "en";
    }
}
