package app.limber.routine.saved;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What the database keeps of a saved routine's token: its SHA-256, in hex. The token itself lives only in the
 * person's link, so a copy of the database opens no routine. A fast hash is enough here (no salt, no stretching):
 * the token carries 128 random bits, so there is nothing to guess from a dictionary. Migration V5 hashes the
 * tokens stored before it the same way.
 */
final class TokenHash {

    private TokenHash() {
    }

    static String of(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
