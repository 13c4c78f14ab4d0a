package app.limber.system.look;

import app.limber.system.BadRequestException;
import app.limber.system.SiteCookies;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The header's look form without JavaScript: remembers the chosen colours and text size in the look cookie and
 * sends the browser back to the page it came from. A GET, like a language switch: it changes nothing on the
 * server, only how this browser draws the site, so it needs no CSRF token (and cached pages need no form token).
 * Only known values are taken; anything else is a 400 page.
 */
@Controller
class LookController {

    @GetMapping("/look")
    ResponseEntity<Void> change(@RequestParam(required = false) String theme,
                                @RequestParam(required = false) String text,
                                @RequestParam(required = false) String back,
                                HttpServletRequest request, HttpServletResponse response) {
        Look current = Look.of(request);
        Look chosen = new Look(known(theme, "theme", Look.THEMES, current.theme()),
                known(text, "text", Look.TEXT_SIZES, current.text()));
        ResponseCookie cookie = SiteCookies.scriptReadable(Look.COOKIE, chosen.value(), Look.MAX_AGE, request);
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.SET_COOKIE, cookie.toString())
                .location(URI.create(ReturnPath.safe(back)))
                .build();
    }

    private static String known(String value, String parameter, java.util.List<String> allowed, String unchanged) {
        if (value == null || value.isEmpty()) {
            return unchanged;
        }
        if (!allowed.contains(value)) {
            throw new BadRequestException(parameter, value, "error.badRequest.unknownValue", parameter, value,
                    String.join(", ", allowed));
        }
        return value;
    }
}
