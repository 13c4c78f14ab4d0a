package app.limber.system;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code limber.flash.secret}: the key that signs the one-shot message cookie ("Saved", "Amount updated"). Empty
 * (the default) means a random key per process, which is enough for one instance; instances behind one load
 * balancer share one secret (at least 32 characters) so that a message written by one shows on another, and
 * across restarts.
 */
@Validated
@ConfigurationProperties("limber.flash")
record FlashSettings(@Pattern(regexp = "|.{32,}", message = "must be empty or at least 32 characters") String secret) {
}
