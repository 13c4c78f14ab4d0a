package app.limber.system.cache;

import app.limber.system.Sha256;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Validators for kept pages: a digest of the body, and a short one of the visitor's token. */
final class Hashes {

    private Hashes() {
    }

    /** The body's digest; a separator between parts so that moving bytes across a token changes it. */
    static String of(List<byte[]> parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String shortOf(String value) {
        return Sha256.hex(value).substring(0, 10);
    }
}
