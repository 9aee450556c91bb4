package org.importwindow.server.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The protected API answers 401 (no or wrong credentials) and 403 (role not allowed) as problem+json, never with a
 * redirect to the login page: API clients are programs. The 401 offers both schemes in {@code WWW-Authenticate}.
 */
final class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {
    static final String UNAUTHENTICATED = "AUTH-401";
    static final String FORBIDDEN = "AUTH-403";

    private final JsonMapper json;

    ProblemSecurityHandlers(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.addHeader("WWW-Authenticate", "Basic realm=\"ImportWindow\"");
        response.addHeader("WWW-Authenticate", "Bearer realm=\"ImportWindow\"");
        write(response, HttpStatus.UNAUTHORIZED, "Authentication required", new BilingualError(UNAUTHENTICATED, "",
                "Sign in with HTTP Basic (user name and password) or a bearer token",
                "请使用 HTTP Basic（用户名和密码）或持有者令牌进行认证"));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, "Forbidden", new BilingualError(FORBIDDEN, "",
                "Your role may not do this", "您的角色无权执行此操作"));
    }

    private void write(HttpServletResponse response, HttpStatus status, String title, BilingualError error)
            throws IOException {
        ProblemDetail pd = BilingualProblems.detail(status, title, List.of(error));
        pd.setInstance(null);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(pd));
    }
}
