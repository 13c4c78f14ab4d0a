package app.limber.follow;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What the database keeps of a browser's identifier: its SHA-256, in hex. The identifier itself (the cookie and
 * the private restore link) is never stored, so a database copy does not let anyone read a history.
 */
public record OwnerHash(String value) {

    public static OwnerHash of(String identifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identifier.getBytes(StandardCharsets.US_ASCII));
            return new OwnerHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "OwnerHash[" + value.substring(0, 8) + "…]";
    }
}
