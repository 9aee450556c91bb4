package org.importwindow.server.web.declaration;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page of the form login, in the page language. Spring Security handles the form's POST to
 * {@code /login} and then returns the user to the page they asked for.
 */
@Controller
public class LoginPageController {

    @GetMapping("/login")
    public String login(HttpServletRequest request, Model model) {
        // Spring Security sends a bare "?error" or "?logout": a parameter present without a value
        model.addAttribute("failed", request.getParameterMap().containsKey("error"));
        model.addAttribute("signedOut", request.getParameterMap().containsKey("logout"));
        return "login";
    }
}
