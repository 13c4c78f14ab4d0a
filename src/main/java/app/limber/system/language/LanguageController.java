package app.limber.system.language;

import app.limber.system.BadRequestException;
import app.limber.system.SiteCookies;
import app.limber.system.look.ReturnPath;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The header's language links: remembers the chosen language in a cookie for a year and sends the browser back to
 * the page it was on. A GET, like the look form: it changes nothing on the server, only the language this browser
 * reads the site in, so it needs no CSRF token and works as a plain link without JavaScript. Only a language Limber
 * is written in is taken; anything else is a 400 page.
 */
@Controller
class LanguageController {

    @GetMapping("/language")
    ResponseEntity<Void> change(@RequestParam(required = false) String lang,
                                @RequestParam(required = false) String back, HttpServletRequest request) {
        Language chosen = Language.byTag(lang).orElseThrow(() -> new BadRequestException("lang",
                lang == null ? "" : lang, "error.badRequest.unknownValue", "lang", lang == null ? "" : lang,
                Language.all().stream().map(Language::tag).collect(Collectors.joining(", "))));
        // HttpOnly: no script needs it (the page says its language in <html lang>).
        ResponseCookie cookie = SiteCookies.serverOnly(Language.COOKIE, chosen.tag(), Language.MAX_AGE, request);
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.SET_COOKIE, cookie.toString())
                .location(URI.create(ReturnPath.safe(back)))
                .build();
    }
}
