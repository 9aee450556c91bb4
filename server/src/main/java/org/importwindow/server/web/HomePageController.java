package org.importwindow.server.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what ImportWindow is, a search box and the ways in. */
@Controller
public class HomePageController {

    @GetMapping("/")
    public String home() {
        return "home";
    }
}
