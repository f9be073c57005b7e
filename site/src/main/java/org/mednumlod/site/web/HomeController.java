package org.mednumlod.site.web;

import org.mednumlod.site.store.Store;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page. */
@Controller
class HomeController {
    private final Store store;

    HomeController(Store store) {
        this.store = store;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("release", store.releaseId());
        return "home";
    }
}
