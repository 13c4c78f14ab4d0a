package app.limber.figure;

import app.limber.catalog.Area;
import app.limber.catalog.Catalog;
import app.limber.catalog.Movement;
import app.limber.catalog.Style;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Every figure, rendered once at start-up (they are data and change only with a release) and named in templates
 * as {@code @figures}. URLs carry a version made from the content itself, so a release that changes any figure
 * busts every cache, and one that does not keeps them.
 *
 * <p>Flowing movements (the catalog's dynamic ones) animate; static holds show the held position over a faint
 * start. The print version is always the still pair.
 */
@Component("figures")
public class Figures implements SmartInitializingSingleton {

    /** One rendered SVG and its strong ETag. */
    public record Svg(String body, String etag) {
        public byte[] bytes() {
            return body.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Every figure in both versions, and the version made from them all. */
    record Rendered(Map<String, Svg> screen, Map<String, Svg> print, String version) {
    }

    /** Far above the half second drawing takes on a small server. */
    static final Duration DRAWING_LIMIT = Duration.ofSeconds(60);

    private final CompletableFuture<Rendered> rendered;

    @Autowired
    Figures(Catalog catalog) {
        this(() -> render(catalog));
    }

    Figures(Supplier<Rendered> drawing) {
        // Drawn on a thread of its own while the other beans are created (a few hundred ms of a launch on a small
        // server); the start waits for it before taking requests, and fails if it fails (afterSingletonsInstantiated).
        this.rendered = CompletableFuture.supplyAsync(drawing, task -> {
            Thread drawer = new Thread(task, "figures");
            drawer.setDaemon(true);
            drawer.start();
        });
    }

    private static Rendered render(Catalog catalog) {
        Map<String, Svg> screen = new LinkedHashMap<>();
        Map<String, Svg> print = new LinkedHashMap<>();
        StringBuilder all = new StringBuilder();
        for (FigureSpec spec : Poses.all().values()) {
            SvgRenderer.Mode mode = animated(spec, catalog.find(spec.slug())) ? SvgRenderer.Mode.ANIMATED
                    : SvgRenderer.Mode.HELD;
            Set<Area> feel = catalog.find(spec.slug()).map(Movement::areas).orElse(Set.of());
            String body = SvgRenderer.render(spec, mode, feel);
            boolean eachSide = catalog.find(spec.slug()).map(m -> m.dosage().eachSide()).orElse(false);
            String still = SvgRenderer.render(spec, SvgRenderer.Mode.PRINT, feel, eachSide);
            screen.put(spec.slug(), new Svg(body, etag(body)));
            print.put(spec.slug(), new Svg(still, etag(still)));
            all.append(body).append(still);
        }
        return new Rendered(Collections.unmodifiableMap(screen), Collections.unmodifiableMap(print),
                hash(all.toString()).substring(0, 10));
    }

    /**
     * Waits for the drawing once every bean exists, before the web server takes a request (and before a training run
     * with {@code spring.context.exit=onRefresh} stops): a figure that cannot be drawn stops the start, as it did when
     * drawn in line, and a drawing that never ends stops it too instead of hanging every page that shows a figure.
     */
    @Override
    public void afterSingletonsInstantiated() {
        try {
            rendered.get(DRAWING_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("The figures were not drawn within " + DRAWING_LIMIT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the figures were drawn", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        }
    }

    /** After the start, always already drawn. */
    private Rendered rendered() {
        try {
            return rendered.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** A figure animates when its movement is dynamic; without a catalog entry, when its poses cycle. */
    static boolean animated(FigureSpec spec, Optional<Movement> movement) {
        return movement.map(m -> m.style() == Style.DYNAMIC).orElse(spec.cycle());
    }

    /** Message keys of the areas a movement's figure tints, for its text alternative ("feel it here"). */
    public List<String> feelKeys(Movement movement) {
        return movement.areas().stream().map(a -> "area." + a.name()).toList();
    }

    public boolean has(String slug) {
        return rendered().screen().containsKey(slug);
    }

    public Optional<Svg> screen(String slug) {
        return Optional.ofNullable(rendered().screen().get(slug));
    }

    public Optional<Svg> print(String slug) {
        return Optional.ofNullable(rendered().print().get(slug));
    }

    /** Changes whenever any figure changes. */
    public String version() {
        return rendered().version();
    }

    public String url(String slug) {
        return "/figures/" + slug + ".svg?v=" + version();
    }

    public String printUrl(String slug) {
        return "/figures/" + slug + "-print.svg?v=" + version();
    }

    /** Height of a figure shown {@code width} pixels wide. */
    public int height(int width) {
        return Math.round(width * (float) SvgRenderer.HEIGHT / SvgRenderer.WIDTH);
    }

    /**
     * Height of this movement's figure shown {@code width} pixels wide, from its own view box: a figure is cropped to
     * what it draws, so one lying on the floor is low and wide. The page reserves exactly that space before the lazy
     * image arrives, and nothing moves when it does.
     */
    public int height(String slug, int width) {
        Svg svg = rendered().screen().get(slug);
        double[] box = svg == null ? null : viewBox(svg.body());
        return box == null ? height(width) : (int) Math.round(width * box[3] / box[2]);
    }

    /** The four numbers of an SVG's viewBox, or null without one. */
    static double[] viewBox(String svg) {
        int start = svg.indexOf("viewBox=\"");
        if (start < 0) {
            return null;
        }
        start += "viewBox=\"".length();
        String[] parts = svg.substring(start, svg.indexOf('"', start)).trim().split("[\\s,]+");
        if (parts.length != 4) {
            return null;
        }
        double[] box = new double[4];
        for (int i = 0; i < 4; i++) {
            box[i] = Double.parseDouble(parts[i]);
        }
        return box[2] > 0 && box[3] > 0 ? box : null;
    }

    public int printHeight(int width) {
        return Math.round(width * (float) SvgRenderer.PRINT_HEIGHT / SvgRenderer.PRINT_WIDTH);
    }

    /** Bytes of every screen figure together: what the catalog page loads at most. */
    public long totalBytes() {
        return rendered().screen().values().stream().mapToLong(s -> s.bytes().length).sum();
    }

    private static String etag(String body) {
        // Weak: the same figure may go out gzipped or not (Tomcat does not compress behind a strong ETag).
        return "W/\"" + hash(body).substring(0, 16) + "\"";
    }

    private static String hash(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
