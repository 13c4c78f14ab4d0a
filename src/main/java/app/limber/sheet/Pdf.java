package app.limber.sheet;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A finished PDF and its strong ETag (a hash of the bytes: the same bytes, the same tag).
 *
 * @param bytes the file; never modified once made (it is shared by every response from the cache)
 * @param etag  the quoted entity tag
 */
record Pdf(byte[] bytes, String etag) {

    static Pdf of(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new Pdf(bytes, "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
