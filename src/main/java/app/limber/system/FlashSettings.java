package app.limber.system;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code limber.flash.secret}: the key that signs the one-shot message cookie ("Saved", "Amount updated"). Empty
 * (the default) means a random key made once and kept in the database ({@link SharedSecrets}), which every
 * instance on that database shares, across restarts; set it only to choose the key yourself (at least 32
 * characters).
 */
@Validated
@ConfigurationProperties("limber.flash")
record FlashSettings(@Pattern(regexp = "|.{32,}", message = "must be empty or at least 32 characters") String secret) {
}
