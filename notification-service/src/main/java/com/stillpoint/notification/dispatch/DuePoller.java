package com.stillpoint.notification.dispatch;

import com.stillpoint.notification.NotificationProperties;
import com.stillpoint.notification.schedule.DueBuckets;
import com.stillpoint.platform.tenancy.TenantRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Finds what fell due and hands it to the dispatcher: every poll reads the minute buckets from the watermark up
 * to the last complete minute, by key, dispatches their messages in parallel, takes the handled ones off, and moves
 * the watermark to the first minute that still holds something (never closer than two minutes to now, so an entry
 * written late to a recent minute is still found).
 *
 * <p>Several instances may poll at once: claims decide who sends, and a bucket handled twice costs one lookup per
 * message. Messages due now don't wait for this: scheduling them dispatches them at once.
 */
@Component
public class DuePoller {

    private static final Logger log = LoggerFactory.getLogger(DuePoller.class);
    private static final String WATERMARK = "dispatch";
    private static final int MINUTES_PER_READ = 1440;
    private static final Duration LOOK_AGAIN = Duration.ofMinutes(2);

    private final DueBuckets buckets;
    private final Dispatcher dispatcher;
    private final Clock clock;
    private final Duration catchUp;

    DuePoller(DueBuckets buckets, Dispatcher dispatcher, Clock clock, NotificationProperties properties) {
        this.buckets = buckets;
        this.dispatcher = dispatcher;
        this.clock = clock;
        this.catchUp = properties.catchUp();
    }

    @Scheduled(initialDelayString = "${stillpoint.notification.poll-interval:5s}",
            fixedDelayString = "${stillpoint.notification.poll-interval:5s}")
    void poll() {
        try {
            pollOnce(dispatcher);
        } catch (RuntimeException e) {
            log.warn("Polling for due messages failed; the next poll starts from the same minute: {}", e.toString());
        }
    }

    /**
     * One poll, dispatching through {@code dispatcher}.
     *
     * @return how many bucket entries were handled
     */
    public int pollOnce(Dispatcher dispatcher) {
        Instant now = clock.instant();
        String current = DueBuckets.minuteOf(now);
        Optional<String> watermark = buckets.watermark(WATERMARK);
        String minute = watermark.orElse(DueBuckets.minuteOf(now.minus(catchUp)));
        String firstLeft = null;
        int handled = 0;
        while (minute.compareTo(current) < 0) {
            List<String> minutes = new ArrayList<>();
            for (; minutes.size() < MINUTES_PER_READ && minute.compareTo(current) < 0; minute = DueBuckets.next(minute)) {
                minutes.add(minute);
            }
            for (DueBuckets.Bucket bucket : buckets.read(minutes)) {
                List<TenantRef> done = dispatchAll(dispatcher, bucket.refs());
                buckets.remove(bucket.minute(), done);
                handled += done.size();
                if (firstLeft == null && done.size() < bucket.refs().size()) {
                    firstLeft = bucket.minute();
                }
            }
        }
        String lookAgainFrom = DueBuckets.minuteOf(now.minus(LOOK_AGAIN));
        String next = firstLeft != null && firstLeft.compareTo(lookAgainFrom) < 0 ? firstLeft : lookAgainFrom;
        if (!watermark.equals(Optional.of(next))) {
            buckets.advanceWatermark(WATERMARK, watermark, next);
        }
        return handled;
    }

    /** @return the entries handled; one whose dispatch failed stays in its bucket for the next poll */
    private static List<TenantRef> dispatchAll(Dispatcher dispatcher, List<TenantRef> refs) {
        List<CompletableFuture<TenantRef>> dispatches = refs.stream()
                .map(ref -> dispatcher.dispatchAsync(ref).thenApply(done -> ref))
                .toList();
        List<TenantRef> done = new ArrayList<>();
        for (CompletableFuture<TenantRef> dispatch : dispatches) {
            try {
                done.add(dispatch.join());
            } catch (CompletionException failed) {
                log.warn("Dispatch failed; the message stays due: {}", failed.getCause().toString());
            }
        }
        return done;
    }
}
