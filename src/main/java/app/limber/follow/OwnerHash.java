package app.limber.follow;

import app.limber.system.Sha256;

/**
 * What the database keeps of a browser's identifier: its SHA-256, in hex. The identifier itself (the cookie and
 * the private restore link) is never stored, so a database copy does not let anyone read a history.
 */
public record OwnerHash(String value) {

    public static OwnerHash of(String identifier) {
        return new OwnerHash(Sha256.hex(identifier));
    }

    @Override
    public String toString() {
        return "OwnerHash[" + value.substring(0, 8) + "…]";
    }
}
