package app.limber.routine.saved;

import app.limber.system.Sha256;

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
        return Sha256.hex(token);
    }
}
