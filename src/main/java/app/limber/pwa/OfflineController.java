package app.limber.pwa;

import app.limber.system.CsrfTokens;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The page the service worker shows for an address it has not kept, in the site's layout. It is stored with the
 * app shell; offline.js fills in the routines and pages the browser holds (the server cannot know them).
 */
@Controller
class OfflineController {

    static final String PATH = "/offline";

    @GetMapping(PATH)
    String offline(HttpServletRequest request, Model model) {
        // The same page for everyone, kept by the service worker: no form, so no CSRF token and no cookie.
        CsrfTokens.notNeeded(request);
        model.addAttribute("scripts", List.of("/js/offline.js"));
        
        return "pwa/offline";
    }
}
