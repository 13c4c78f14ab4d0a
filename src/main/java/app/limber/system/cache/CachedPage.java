package app.limber.system.cache;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a GET handler whose answer is a pure function of what {@link PageKey} holds (scheme, host, path, query,
 * the language (cookie or {@code Accept-Language}), today's date, the look cookie), of the catalog (which changes only with a release) and
 * of any saved rows it registered with {@link PageFreshness}. {@link PageCache} then keeps the finished bytes
 * and answers the same request again without running the controller, the security filters or the template.
 *
 * <p>Never put it on a handler that reads a cookie (other than the CSRF token, which is put back per request, and
 * the look and language cookies, which are part of the key), a session, the client's address or any other header.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface CachedPage {

    /**
     * Whether shared caches (a proxy) may keep the page too. Not for pages with a form (each carries the visitor's
     * own CSRF token) nor for pages behind a private link.
     */
    boolean shared() default true;
}
