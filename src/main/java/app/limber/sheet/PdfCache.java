package app.limber.sheet;

import app.limber.system.HeavyWork;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Finished PDFs by what their bytes depend on, so a sheet asked for again (a reload, a second printer, the QR code
 * scanned from the same poster) is sent in microseconds instead of rendered again. Only a miss renders, and only a
 * render takes a {@link HeavyWork} permit: a hit is served even when every permit is taken.
 *
 * <p>Bounded by bytes, not entries: a sheet is 40-50 KB, a week plan 25 KB, so the default few megabytes keep the
 * last hundred or so documents. Requests that miss the same key while it is being rendered wait for that render
 * instead of starting their own: when a kept sheet was evicted and sixty-four connections asked for it at once,
 * each took its turn at the gate, the gate's queue filled, and the rest were answered 503 for a document that was
 * about to exist.
 */
@Component
class PdfCache {

    static final long DEFAULT_MAX_BYTES = 4L * 1024 * 1024;
    /**
     * What an entry holds besides the PDF: the key's own strings (title, facts, URLs, the QR code's path; the
     * figures and movements are shared with the catalog) and the map's nodes. A generous round figure.
     */
    static final int ENTRY_OVERHEAD = 8 * 1024;

    /**
     * What a PDF's bytes are a function of. The model is the record the template renders ({@link Sheet},
     * {@link WeekPlan}): it holds every value the page shows (a saved routine's current name, movements and
     * doses; a generated routine's date; the absolute URLs, so the host or public base URL), compared by value.
     * The template, the paper and the locale (messages, day names) are the rest; the stylesheet, fonts and
     * messages are fixed for the life of the process.
     */
    record Key(String template, Object model, Paper paper, Locale locale, String baseUri) {
    }

    private final Cache<Key, Pdf> finished;
    private final HeavyWork heavy;
    private final AtomicLong renders = new AtomicLong();
    /** Renders under way, by key: a second request for the same document waits for the first's. */
    private final ConcurrentMap<Key, CompletableFuture<Pdf>> rendering = new ConcurrentHashMap<>();

    @Autowired
    PdfCache(HeavyWork heavy) {
        this(heavy, DEFAULT_MAX_BYTES);
    }

    PdfCache(HeavyWork heavy, long maxBytes) {
        this.heavy = heavy;
        this.finished = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                // Evictions run on the thread that adds, right away: a few microseconds, and the bound holds.
                .executor(Runnable::run)
                .weigher((Key key, Pdf pdf) -> pdf.bytes().length + ENTRY_OVERHEAD)
                .build();
    }

    /**
     * The finished PDF for the key, rendering it under a heavy-work permit when it is not kept, or waiting for the
     * render already under way for the same key (and sharing its answer, a refusal included).
     */
    Pdf get(Key key, Supplier<byte[]> render) {
        Pdf pdf = finished.getIfPresent(key);
        if (pdf != null) {
            return pdf;
        }
        CompletableFuture<Pdf> mine = new CompletableFuture<>();
        CompletableFuture<Pdf> underWay = rendering.putIfAbsent(key, mine);
        if (underWay != null) {
            return awaited(underWay);
        }
        try {
            pdf = finished.getIfPresent(key);
            if (pdf == null) {
                pdf = Pdf.of(heavy.run(() -> {
                    renders.incrementAndGet();
                    return render.get();
                }));
                finished.put(key, pdf);
            }
            mine.complete(pdf);
            return pdf;
        } catch (Throwable e) {
            // Whatever ended this render ends the wait of those who joined it: none may wait for ever.
            mine.completeExceptionally(e);
            throw e;
        } finally {
            rendering.remove(key, mine);
        }
    }

    /** The other render's PDF, or its exception as it was thrown there. */
    private static Pdf awaited(CompletableFuture<Pdf> render) {
        try {
            return render.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** How many PDFs this cache had rendered: a test's way to tell a hit from a miss without timing. */
    long renders() {
        return renders.get();
    }
}
