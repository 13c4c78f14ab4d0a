package app.limber.figure;

import app.limber.catalog.Catalog;
import app.limber.catalog.Movement;
import app.limber.system.cache.CachedPage;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/** Serves the figures as SVG files, and the contact sheet that shows them all. */
@Controller
class FigureController {

    static final MediaType SVG = MediaType.valueOf("image/svg+xml");
    /**
     * An SVG's own policy, for when it is opened directly rather than through an img element: no scripts, no
     * loads, only its own style element (which carries the animation and the reduced-motion rule).
     */
    static final String SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

    private final Figures figures;
    private final Catalog catalog;

    FigureController(Figures figures, Catalog catalog) {
        this.figures = figures;
        this.catalog = catalog;
    }

    /** {@code /figures/cat-cow.svg} on screen, {@code /figures/cat-cow-print.svg} the still pair for print. */
    @GetMapping("/figures/{name}.svg")
    ResponseEntity<byte[]> svg(@PathVariable String name, WebRequest request) {
        Optional<Figures.Svg> svg = name.endsWith("-print")
                ? figures.print(name.substring(0, name.length() - "-print".length()))
                : figures.screen(name);
        if (svg.isEmpty()) {
            // The site's 404 page, like any other unknown address (ErrorPageAdvice renders it).
            throw new FigureNotFoundException(name);
        }
        // Released figures never change under the same URL (the ?v= version changes instead).
        CacheControl forever = CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable();
        if (request.checkNotModified(svg.get().etag())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).cacheControl(forever).eTag(svg.get().etag()).build();
        }
        return ResponseEntity.ok().contentType(SVG).cacheControl(forever).eTag(svg.get().etag())
                .header("Content-Security-Policy", SVG_POLICY).body(svg.get().bytes());
    }

    /** Every figure on one page, to look them over: the screen figure and the print pair of each movement. */
    @CachedPage
    @GetMapping("/stretches/figures")
    String sheet(Model model) {
        List<Movement> movements = catalog.movements();
        model.addAttribute("movements", movements);
        model.addAttribute("totalKb", Math.round(figures.totalBytes() / 1024.0));
        return "figure/sheet";
    }
}
