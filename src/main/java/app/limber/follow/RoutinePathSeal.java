package app.limber.follow;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * A logged session's routine link as stored. A saved routine's link ({@code /routines/{token}}) is the key to
 * that routine, so it is stored sealed with AES-GCM under a key only the history's owner can bring (see
 * {@link HistoryOwner#pathKey}): {@code s1:} and base64url of a 12-byte nonce, the ciphertext and its 16-byte
 * tag. A generated routine's link ({@code /routines/generate?...}) and the movement break's ({@code /reminders/break})
 * hold no secret and stay plain, as do rows
 * logged before sealing existed, until the owner's next visit seals them ({@link History#sessions}).
 */
final class RoutinePathSeal {

    static final String PREFIX = "s1:";
    private static final String GENERATE = "/routines/generate";
    private static final String BREAK = "/reminders/break";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RoutinePathSeal() {
    }

    /** Whether this plain link opens something private and must therefore be stored sealed. */
    static boolean isPrivate(String path) {
        return !path.startsWith(PREFIX) && !path.equals(GENERATE) && !path.startsWith(GENERATE + "?")
                && !path.equals(BREAK);
    }

    static boolean isSealed(String stored) {
        return stored.startsWith(PREFIX);
    }

    /** The link as it is to be stored: sealed when private, else as it is. */
    static String seal(String path, HistoryOwner owner) {
        if (!isPrivate(path)) {
            return path;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, owner.pathKey(), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(path.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /**
     * The link as stored, opened with the owner's key; empty when it cannot be opened (a damaged value, or a key
     * that is not its owner's). A plain link comes back as it is.
     */
    static Optional<String> open(String stored, HistoryOwner owner) {
        if (!isSealed(stored)) {
            return Optional.of(stored);
        }
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(stored.substring(PREFIX.length()));
            if (bytes.length <= NONCE_BYTES) {
                return Optional.empty();
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, owner.pathKey(), new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            byte[] path = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
            return Optional.of(new String(path, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return Optional.empty();
        }
    }
}
