package app.limber.routine.saved;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A saved routine's token as its owner's list keeps it: sealed with AES-GCM under a key derived from the browser's
 * identifier, {@code s1:} and base64url of a 12-byte nonce, the ciphertext and its tag. Only the owner's request
 * brings the identifier, so the list can link to each routine while neither a copy of the database nor the logs
 * open any. The key is HKDF's expand step (HMAC-SHA256 keyed by the 256-bit identifier) over a label of its own,
 * so it is never the key the history uses for its links.
 */
final class TokenSeal {

    private static final String PREFIX = "s1:";
    private static final byte[] LABEL = "limber my-routines token key v1".getBytes(StandardCharsets.US_ASCII);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSeal() {
    }

    static String seal(String token, String ownerId) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(ownerId), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.US_ASCII));
            byte[] stored = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** The token, or empty when the value cannot be opened with this owner's key (damaged, or not theirs). */
    static Optional<String> open(String stored, String ownerId) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(stored.substring(PREFIX.length()));
            if (bytes.length <= NONCE_BYTES) {
                return Optional.empty();
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(ownerId), new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            byte[] token = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
            return Optional.of(new String(token, StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    private static SecretKey key(String ownerId) throws GeneralSecurityException {
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(ownerId.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
        hmac.update(LABEL);
        return new SecretKeySpec(hmac.doFinal(new byte[] {1}), "AES");
    }
}
