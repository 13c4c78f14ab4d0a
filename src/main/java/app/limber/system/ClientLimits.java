package app.limber.system;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The per-client limits of {@link LimitSettings}: wrong private tokens, saved routines and logged sessions. A
 * client is the request's remote address, as Tomcat gives it after the trusted proxies' forwarded headers; an IPv6
 * address counts by its /64 network, since one host usually holds a whole /64.
 */
@Component
public class ClientLimits {

    private static final Logger log = LoggerFactory.getLogger(ClientLimits.class);
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+");

    private final WindowCounters tokenMisses;
    private final Map<ClientLimit.Kind, WindowCounters> stores = new EnumMap<>(ClientLimit.Kind.class);

    ClientLimits(LimitSettings settings, Clock clock) {
        this.tokenMisses = new WindowCounters(settings.tokenMisses(), settings.tokenWindow(), settings.clients(),
                clock);
        stores.put(ClientLimit.Kind.SAVED_ROUTINES, new WindowCounters(settings.savedRoutines(),
                settings.savedRoutinesWindow(), settings.clients(), clock));
        stores.put(ClientLimit.Kind.LOGGED_SESSIONS, new WindowCounters(settings.loggedSessions(),
                settings.loggedSessionsWindow(), settings.clients(), clock));
    }

    /**
     * Refuses a request for a private link when the client is at its wrong-token limit. Only misses count (after
     * the lookup, {@link #tokenMissed}): a person, or a clinic behind one address, opening real links as fast as
     * they like is never refused. Concurrent guesses can overshoot the limit by at most the number of requests a
     * client has in flight, which is nothing against a 128-bit token.
     */
    public void tryToken(String client) {
        tokenMisses.refusal(client).ifPresent(seconds -> {
            throw new TooManyRequestsException("error.tooMany.tokens", seconds);
        });
    }

    /** Whether the request's handler takes a private token: its path has a {@code {token}} variable. */
    public static boolean takesToken(HttpServletRequest request) {
        return request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
                && variables.containsKey("token");
    }

    /** Whether private links are open to the client now (a kept page behind one asks before it is served). */
    public boolean tokensAllowed(String client) {
        return tokenMisses.refusal(client).isEmpty();
    }

    /** The private link found nothing. Logged without the link: it may be someone's token. */
    public void tokenMissed(String client) {
        if (tokenMisses.tryCount(client).isEmpty() && tokenMisses.refusal(client).isPresent()) {
            log.warn("Client {} reached the limit of wrong private links; refused for a while", client);
        }
    }

    /** Counts one store for the client, or refuses it when the client is at its limit. */
    public void acquire(ClientLimit.Kind kind, String client) {
        stores.get(kind).tryCount(client).ifPresent(seconds -> {
            log.warn("Client {} reached the limit of {}; refused for a while", client, kind);
            throw new TooManyRequestsException("error.tooMany." + kind.name(), seconds);
        });
    }

    /** Takes back an {@link #acquire} whose request stored nothing. */
    public void release(ClientLimit.Kind kind, String client) {
        stores.get(kind).uncount(client);
    }

    /** The key a request counts under: its remote address, or the /64 network of an IPv6 address. */
    public static String client(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        if (address == null || address.indexOf(':') < 0 || !IPV6.matcher(address).matches()) {
            return String.valueOf(address);
        }
        try {
            // A literal address: no name lookup happens.
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            StringBuilder network = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return network.append(":/64").toString();
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
