package org.mednumlod.site.signalement;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * At most {@code limite} reports per client within any sliding {@code fenetre} (a log of the client's last
 * accepted times, in a Caffeine cache that forgets a client after one quiet window). Kept in memory only: a
 * restart forgets it, which is acceptable for an anti-abuse limit.
 */
final class Limiteur {
    private final int limite;
    private final Duration fenetre;
    private final Clock clock;
    private final Cache<String, Deque<Instant>> clients;

    Limiteur(int limite, Duration fenetre, Clock clock) {
        this.limite = limite;
        this.fenetre = fenetre;
        this.clock = clock;
        this.clients = Caffeine.newBuilder().expireAfterAccess(fenetre).maximumSize(100_000).build();
    }

    /**
     * Takes one place in the client's window: empty when it was free, else how long until one frees.
     */
    Optional<Duration> prendre(String client) {
        Instant now = clock.instant();
        Deque<Instant> times = clients.get(client, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(fenetre))) {
                times.pollFirst();
            }
            if (times.size() >= limite) {
                return Optional.of(Duration.between(now, times.peekFirst().plus(fenetre)));
            }
            times.addLast(now);
            return Optional.empty();
        }
    }
}
