package app.limber.system;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A count per client in a fixed window that starts at the client's first counted event, in a map bounded to a
 * number of clients (least recently seen forgotten first), so no flood of addresses can grow it. Every method is
 * one short critical section; time comes from the application's {@link Clock}, so tests move it without sleeping.
 */
final class WindowCounters {

    private static final class Window {
        long start;
        int count;
    }

    private final int max;
    private final long windowMillis;
    private final Clock clock;
    private final Map<String, Window> windows;

    WindowCounters(int max, Duration window, int clients, Clock clock) {
        this.max = max;
        this.windowMillis = window.toMillis();
        this.clock = clock;
        this.windows = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
                return size() > clients;
            }
        };
    }

    /** Counts one event if the client is under the limit; else the seconds until its window ends. */
    synchronized OptionalLong tryCount(String client) {
        long now = clock.millis();
        Window window = current(client, now);
        if (window.count >= max) {
            return OptionalLong.of(secondsLeft(window, now));
        }
        window.count++;
        return OptionalLong.empty();
    }

    /** Takes back one event counted by {@link #tryCount} that turned out not to count. */
    synchronized void uncount(String client) {
        Window window = windows.get(client);
        if (window != null && window.count > 0) {
            window.count--;
        }
    }

    /** The seconds until the client's window ends if it has reached the limit; empty if it is under it. */
    synchronized OptionalLong refusal(String client) {
        long now = clock.millis();
        Window window = windows.get(client);
        if (window == null || now - window.start >= windowMillis || window.count < max) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(secondsLeft(window, now));
    }

    synchronized int clients() {
        return windows.size();
    }

    private Window current(String client, long now) {
        Window window = windows.computeIfAbsent(client, c -> new Window());
        if (window.count == 0 || now - window.start >= windowMillis) {
            window.start = now;
            window.count = 0;
        }
        return window;
    }

    private long secondsLeft(Window window, long now) {
        return Math.max(1, (window.start + windowMillis - now + 999) / 1000);
    }
}
