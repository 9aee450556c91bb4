package org.importwindow.server.web.declaration;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page of the form login, in the page language. Spring Security handles the form's POST to
 * {@code /login} and then returns the user to the page they asked for.
 */
@Controller
public class LoginPageController {

    @GetMapping("/login")
    public String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
                        Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("signedOut", logout != null);
        return "login";
    }
}
