package org.importwindow.server.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Language of the pages: {@code ?lang=zh} or {@code ?lang=en} switches and is remembered in a cookie for a year;
 * without a cookie the browser's Accept-Language decides when it asks for Chinese or English first, and Chinese
 * otherwise — this is a Chinese single window, so a visitor who states no preference gets Chinese.
 */
@Configuration(proxyBeanMethods = false)
public class WebLocaleConfiguration implements WebMvcConfigurer {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    static final String COOKIE = "iw-lang";

    /** The bean name must be {@code localeResolver} for the DispatcherServlet to use it. */
    @Bean
    public LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookiePath("/");
        resolver.setDefaultLocaleFunction(request -> fromAcceptLanguage(request.getHeader("Accept-Language")));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    /** The first of zh / en the header asks for; Chinese when it names neither or is absent. */
    static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return CHINESE;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (tag.startsWith("zh")) {
                    return CHINESE;
                }
                if (tag.startsWith("en")) {
                    return ENGLISH;
                }
            }
        } catch (IllegalArgumentException malformed) {
            // a malformed header states no usable preference
        }
        return CHINESE;
    }
}
