package app.limber.follow;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * A browser's history identifier as the server holds it for one request, read from the owner's own cookie (or
 * restore link). It is never stored and never printed: the database keeps only its {@link OwnerHash}, and the
 * key that seals the owner's saved-routine links ({@link RoutinePathSeal}) is derived from it, so neither a copy
 * of the database nor the server's logs can open them.
 */
public final class HistoryOwner {

    /** Names the derived key's use, so the identifier's key can never be mistaken for one made for another. */
    private static final byte[] PATH_KEY_INFO = "limber history routine-path key v1".getBytes(StandardCharsets.US_ASCII);

    private final String identifier;
    private final OwnerHash hash;
    private SecretKey pathKey;

    private HistoryOwner(String identifier) {
        this.identifier = identifier;
        this.hash = OwnerHash.of(identifier);
    }

    public static HistoryOwner of(String identifier) {
        return new HistoryOwner(identifier);
    }

    public OwnerHash hash() {
        return hash;
    }

    /**
     * The AES-256 key for this owner's routine links: HMAC-SHA256 keyed by the identifier (256 random bits) over a
     * fixed label, which is HKDF's expand step with the identifier as the pseudorandom key.
     */
    SecretKey pathKey() {
        if (pathKey == null) {
            pathKey = derivePathKey();
        }
        return pathKey;
    }

    private SecretKey derivePathKey() {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(identifier.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            hmac.update(PATH_KEY_INFO);
            return new SecretKeySpec(hmac.doFinal(new byte[] {1}), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** Only the hash's first characters, never the identifier: this may end up in a log line. */
    @Override
    public String toString() {
        return "HistoryOwner[" + hash + "]";
    }
}
