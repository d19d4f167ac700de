package com.stillpoint.notification.schedule;

import com.stillpoint.notification.support.NotificationIntegrationTest;
import com.stillpoint.platform.tenancy.TenantRef;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The minute buckets the dispatcher reads by key, and the watermark pollers share. */
class DueBucketsTest extends NotificationIntegrationTest {

    @Autowired
    DueBuckets buckets;

    @Test
    void aMinuteListsItsMessagesUntilTheyAreHandledAndThenIsGone() {
        Instant at = Instant.parse("2031-05-04T10:15:42Z");
        String minute = DueBuckets.minuteOf(at);
        TenantRef first = new TenantRef("harbour", "m-" + UUID.randomUUID());
        TenantRef second = new TenantRef("summit", "m-" + UUID.randomUUID());
        buckets.add(at, first.chainId(), first.id());
        buckets.add(at.plusSeconds(10), second.chainId(), second.id());
        buckets.add(at, first.chainId(), first.id());

        assertThat(minute).isEqualTo("203105041015");
        assertThat(buckets.read(List.of(minute, DueBuckets.next(minute))))
                .singleElement().satisfies(bucket -> assertThat(bucket.refs()).containsExactlyInAnyOrder(first, second));

        buckets.remove(minute, List.of(first));
        assertThat(buckets.read(List.of(minute))).singleElement()
                .satisfies(bucket -> assertThat(bucket.refs()).containsExactly(second));
        buckets.remove(minute, List.of(second));
        assertThat(buckets.read(List.of(minute))).isEmpty();
    }

    @Test
    void ofTwoPollersMovingTheWatermarkFromTheSameMinuteOnlyOneDoes() {
        String name = "test-" + UUID.randomUUID();
        buckets.advanceWatermark(name, Optional.empty(), "203105041000");
        Optional<String> read = buckets.watermark(name);

        buckets.advanceWatermark(name, read, "203105041010");
        buckets.advanceWatermark(name, read, "203105041005");

        assertThat(buckets.watermark(name)).contains("203105041010");
        assertThat(DueBuckets.next("203112312359")).isEqualTo("203201010000");
    }
}
