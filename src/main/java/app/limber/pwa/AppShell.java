package app.limber.pwa;

import app.limber.catalog.Catalog;
import app.limber.catalog.Movement;
import app.limber.figure.Figures;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * What the service worker keeps before anyone asks (the app shell) and the version it keeps it under.
 *
 * <p>The version is a hash of everything a page is made of: the static files, the templates, the message bundles
 * and the figures. Two instances of one build agree on it, and any release that changes what a person sees changes
 * it, which makes the browser install a new service worker into a new cache. Stylesheets and scripts are listed
 * under their content-hashed URLs and figures with their {@code ?v=} version, as pages link them, so a cache never
 * holds an asset that the pages of another version link.
 */
@Component
class AppShell {

    /**
     * Pages every visitor may want offline, besides each stretch's own page; the movement break's player among them,
     * so a break reminder's "start" works without a connection too.
     */
    static final List<String> PAGES = List.of("/", "/stretches", "/guide", "/safety", "/routines/break/follow",
            OfflineController.PATH);

    private static final String[] HASHED = {"classpath:static/**", "classpath:templates/**",
            "classpath:messages/**"};

    private final Catalog catalog;
    private final Figures figures;
    private final ResourceUrlProvider staticUrls;
    private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
    private volatile String version;

    AppShell(Catalog catalog, Figures figures, ResourceUrlProvider mvcResourceUrlProvider) {
        this.catalog = catalog;
        this.figures = figures;
        this.staticUrls = mvcResourceUrlProvider;
    }

    /** A short hex hash, the same for every instance of one build. */
    String version() {
        String known = version;
        if (known == null) {
            known = hash();
            version = known;
        }
        return known;
    }

    /** A static file's address as the pages link it: with its content hash, so a changed file is a new address. */
    String versioned(String path) {
        String versioned = staticUrls.getForLookupPath(path);
        return versioned == null ? path : versioned;
    }

    /** Every URL the service worker stores when it installs, as the pages link them. */
    List<String> urls() {
        List<String> urls = new ArrayList<>(PAGES);
        for (Movement movement : catalog.movements()) {
            urls.add("/stretches/" + movement.slug());
            if (figures.has(movement.slug())) {
                urls.add(figures.url(movement.slug()));
            }
        }
        for (String pattern : List.of("classpath:static/css/*.css", "classpath:static/js/*.js")) {
            for (Resource file : sorted(pattern)) {
                String path = pattern.contains("/css/") ? "/css/" : "/js/";
                String versioned = staticUrls.getForLookupPath(path + file.getFilename());
                if (versioned != null) {
                    urls.add(versioned);
                }
            }
        }
        for (Resource icon : sorted("classpath:static/icons/*")) {
            urls.add("/icons/" + icon.getFilename());
        }
        urls.add("/favicon.svg");
        urls.add(PwaController.MANIFEST);
        return urls;
    }

    private String hash() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String pattern : HASHED) {
                for (Resource file : sorted(pattern)) {
                    if (!file.isReadable()) {
                        continue; // a directory
                    }
                    sha.update(relative(file).getBytes(StandardCharsets.UTF_8));
                    try (InputStream in = file.getInputStream()) {
                        sha.update(in.readAllBytes());
                    }
                }
            }
            sha.update(figures.version().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Resource> sorted(String pattern) {
        try {
            Resource[] found = resources.getResources(pattern);
            return Arrays.stream(found).filter(r -> r.getFilename() != null && !r.getFilename().isEmpty())
                    .sorted(Comparator.comparing(AppShell::relative)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path under the class path root (static/css/limber.css), the same in a jar and in a directory. */
    private static String relative(Resource resource) {
        try {
            return resource.getURL().getPath().replaceFirst("^.*?/(static|templates|messages)/", "$1/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
