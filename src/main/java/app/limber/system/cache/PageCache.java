package app.limber.system.cache;

import app.limber.system.ClientLimits;
import app.limber.system.CookieFlashMapManager;
import app.limber.system.CsrfTokens;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Finished pages kept in memory and served again without the controller, the security filters or the template.
 *
 * <p>The catalog changes only with a release and a generated routine is a pure function of its inputs and the
 * day, so rendering them again for every visitor only burns the server: the catalog list took ten milliseconds of
 * template work a view. A page is kept when its handler is marked {@link CachedPage} (or it is one of our own static
 * files), it answered 200, and it set no cookie other than the CSRF token's. It is served again for the same
 * {@link PageKey}, while the rows it was built from are unchanged ({@link PageFreshness}); a page with a form gets
 * the visitor's own masked CSRF token put back in, and its cookie when the visitor has none.
 *
 * <p>Every answer, kept or fresh, carries an ETag and a conditional request that matches gets a 304. A page
 * without a token is also kept gzipped and sent so to a browser that accepts it.
 */
public class PageCache extends OncePerRequestFilter {

    static final String CACHEABLE = PageCache.class.getName() + ".cacheable";
    /** Our own files: named by their content (or immutable under their address), the same for every visitor. */
    private static final List<String> STATIC_PREFIXES = List.of("/css/", "/js/", "/figures/", "/favicon.svg");
    /** Per request or per answer: never sent again from a kept copy. */
    private static final Set<String> NOT_KEPT = Set.of("set-cookie", "date", "content-length", "transfer-encoding",
            "etag", "connection", "keep-alive");
    private static final String CSRF_COOKIE_PREFIX = "limber_csrf=";

    private final Cache<PageKey, StoredPage> pages;
    private final CsrfTokens csrfTokens;
    private final ClientLimits limits;
    private final Clock clock;

    PageCache(PageCacheSettings settings, CsrfTokens csrfTokens, ClientLimits limits, Clock clock) {
        this.pages = Caffeine.newBuilder()
                .maximumWeight(budget(settings.maxSize().toBytes(), Runtime.getRuntime().maxMemory()))
                .weigher((PageKey key, StoredPage page) -> key.weight() + page.weight())
                .recordStats()
                .build();
        this.csrfTokens = csrfTokens;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // A flash message is shown once: a page that carries one is neither kept nor answered from a kept copy.
        return !"GET".equals(request.getMethod()) || hasCookie(request, CookieFlashMapManager.NAME);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        PageKey key = PageKey.of(request, clock);
        StoredPage page = pages.getIfPresent(key);
        // A client past its wrong-link limit gets the refusal from the application, not a kept private page: a
        // guess that happens to be right must look no different from a wrong one.
        if (page != null && page.acceptedBy(Collections.list(request.getHeaders(HttpHeaders.ACCEPT)))
                && (!page.privateLink() || limits.tokensAllowed(ClientLimits.client(request)))) {
            if (fresh(page)) {
                send(page, request, response);
                return;
            }
            pages.invalidate(key);
        }
        CapturingResponse capturing = new CapturingResponse(response, () -> worthKeeping(request));
        chain.doFilter(request, capturing);
        if (!capturing.captured()) {
            return;
        }
        byte[] body = capturing.body();
        StoredPage stored = keepable(request, response) ? store(key, request, response, body) : null;
        String etag = stored == null ? null : stored.hasToken() ? withToken(stored.etag(),
                CsrfTokens.rendered(request).map(CsrfTokens.PageToken::raw).orElse("")) : stored.etag();
        if (etag != null && new ServletWebRequest(request, response).checkNotModified(etag)) {
            return;
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Drops every kept page (for tests and for an operator's reload). */
    public void clear() {
        pages.invalidateAll();
    }

    /**
     * The setting, but never more than a sixteenth of the heap: kept pages must leave room for the work itself
     * (a PDF render takes about 14 MB), or a small heap fills with copies and runs out under load.
     */
    static long budget(long configured, long maxHeap) {
        return Math.min(configured, maxHeap / 16);
    }

    /** Answers given from a kept copy so far. */
    long hits() {
        return pages.stats().hitCount();
    }

    private static boolean worthKeeping(HttpServletRequest request) {
        return request.getAttribute(CACHEABLE) != null || isStatic(request.getRequestURI());
    }

    private static boolean isStatic(String path) {
        for (String prefix : STATIC_PREFIXES) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean fresh(StoredPage page) {
        try {
            return page.fresh();
        } catch (RuntimeException e) {
            // The database could not say (an outage): render afresh, which answers as any page would then.
            return false;
        }
    }

    /** Only a whole, ordinary answer, and only when the one cookie it set is the CSRF token's. */
    private static boolean keepable(HttpServletRequest request, HttpServletResponse response) {
        if (response.getStatus() != HttpStatus.OK.value() || response.getHeader(HttpHeaders.CONTENT_ENCODING) != null
                || !worthKeeping(request)) {
            return false;
        }
        for (String cookie : response.getHeaders(HttpHeaders.SET_COOKIE)) {
            if (!cookie.startsWith(CSRF_COOKIE_PREFIX)) {
                return false;
            }
        }
        return true;
    }

    private StoredPage store(PageKey key, HttpServletRequest request, HttpServletResponse response, byte[] body) {
        String contentType = response.getContentType();
        boolean html = contentType != null && contentType.startsWith("text/html");
        byte[] token = html ? CsrfTokens.rendered(request).map(t -> t.masked().getBytes(StandardCharsets.UTF_8))
                .orElse(null) : null;
        List<byte[]> parts = StoredPage.split(body, token);
        if (parts.size() > 1) {
            // The visitor's own token is in it: no proxy may keep it for others.
            response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String name : response.getHeaderNames()) {
            if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                for (String value : response.getHeaders(name)) {
                    headers.add(Map.entry(name, value));
                }
            }
        }
        byte[] gzip = parts.size() == 1 && body.length >= StoredPage.GZIP_MIN_BYTES && compressible(contentType)
                ? StoredPage.gzip(body) : null;
        String etag = response.getHeader(HttpHeaders.ETAG);
        if (etag == null) {
            etag = "W/\"" + Hashes.of(parts) + "\"";
        }
        @SuppressWarnings("unchecked")
        List<PageFreshness.Check> checks = request.getAttribute(PageFreshness.ATTRIBUTE) instanceof List<?> list
                ? List.copyOf((List<PageFreshness.Check>) list) : List.of();
        StoredPage page = new StoredPage(List.copyOf(headers), parts, gzip, etag, checks,
                ClientLimits.takesToken(request), contentType);
        pages.put(key, page);
        return page;
    }

    private void send(StoredPage page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.OK.value());
        for (Map.Entry<String, String> header : page.headers()) {
            response.addHeader(header.getKey(), header.getValue());
        }
        if (page.gzip() != null) {
            // Either copy may go out for this address: a proxy must keep them apart.
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        }
        CsrfTokens.PageToken token = page.hasToken() ? csrfTokens.forPage(request, response) : null;
        String etag = token == null ? page.etag() : withToken(page.etag(), token.raw());
        if (new ServletWebRequest(request, response).checkNotModified(etag)) {
            return;
        }
        ServletOutputStream out = response.getOutputStream();
        if (page.gzip() != null && acceptsGzip(request)) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            response.setContentLength(page.gzip().length);
            out.write(page.gzip());
            return;
        }
        byte[] tokenBytes = token == null ? new byte[0] : token.masked().getBytes(StandardCharsets.UTF_8);
        List<byte[]> parts = page.parts();
        int length = tokenBytes.length * (parts.size() - 1);
        for (byte[] part : parts) {
            length += part.length;
        }
        response.setContentLength(length);
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                out.write(tokenBytes);
            }
            out.write(parts.get(i));
        }
    }

    /**
     * A page with a form is the same page for one visitor only while their token is the same: a copy they keep
     * must not outlive a new token, or its forms would be refused.
     */
    private static String withToken(String etag, String rawToken) {
        String base = etag.substring(0, etag.length() - 1);
        return base + "-" + Hashes.shortOf(rawToken == null ? "" : rawToken) + "\"";
    }

    private static boolean compressible(String contentType) {
        return contentType != null && (contentType.startsWith("text/") || contentType.startsWith("application/json")
                || contentType.startsWith("application/javascript") || contentType.startsWith("image/svg+xml")
                || contentType.startsWith("application/problem+json"));
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        Collection<String> values = java.util.Collections.list(request.getHeaders(HttpHeaders.ACCEPT_ENCODING));
        for (String value : values) {
            for (String coding : value.split(",")) {
                String[] parts = coding.trim().split(";");
                if (parts[0].trim().equalsIgnoreCase("gzip")) {
                    return parts.length < 2 || !parts[1].replace(" ", "").equalsIgnoreCase("q=0");
                }
            }
        }
        return false;
    }

    private static boolean hasCookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (cookie.getName().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }
}
