package org.importwindow.server.web.recall;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript over real HTTP: it keeps its cookies (the session and the page language), signs in
 * with the login form (GET /login for the CSRF token, POST /login) and posts forms with the CSRF token of the page
 * they were on, as a browser would. Redirects are not followed, so a test sees where a form sends the user.
 */
final class SignedInSession {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client;
    /** The CSRF token of the last page read, as the hidden field of its forms carries it. */
    private String csrf;

    private SignedInSession(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    record Page(int status, String location, String body) {
    }

    /** Signs in as the demo user (password demo); fails if the login form does not let them in. */
    static SignedInSession as(int port, String user) {
        SignedInSession s = new SignedInSession(port);
        Page login = s.get("/login");
        if (login.status() != 200 || s.csrf == null) {
            throw new IllegalStateException("no login form: " + login.status());
        }
        Page signedIn = s.post("/login", Map.of("username", user, "password", "demo"));
        if (signedIn.status() != 302 || signedIn.location().contains("error")) {
            throw new IllegalStateException(user + " not signed in: " + signedIn);
        }
        return s;
    }

    Page get(String path) {
        Page p = send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET().build());
        Matcher m = CSRF.matcher(p.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return p;
    }

    /** Posts the form fields with the CSRF token of the last page read (the form's hidden field). */
    Page post(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.put("_csrf", csrf);
        }
        return postRaw(path, all);
    }

    /** Posts exactly these fields (no CSRF token added). */
    Page postRaw(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        Page p = send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        Matcher m = CSRF.matcher(p.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return p;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(r.statusCode(), r.headers().firstValue("Location").orElse(""), r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
