package com.stillpoint.notification.schedule;

import com.stillpoint.contracts.Channel;
import com.stillpoint.platform.aggregate.AggregateStore;
import com.stillpoint.platform.aggregate.AggregateStores;
import com.stillpoint.platform.aggregate.ConcurrentUpdateException;
import com.stillpoint.platform.tenancy.TenantContext;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The message schedule. It lives in MongoDB, so nothing scheduled is lost when a service restarts. Whenever a
 * message gets a new time to be looked at (scheduled, retried, deferred, claimed under a lease), it is first listed
 * in that minute's {@link DueBuckets bucket}, then stored.
 */
@Repository
public class ScheduledMessages {

    private static final int ADMIN_PAGE = 200;

    private final AggregateStore<ScheduledMessage> store;
    private final DueBuckets buckets;
    private final Clock clock;

    ScheduledMessages(AggregateStores stores, DueBuckets buckets, Clock clock) {
        this.store = stores.create(ScheduledMessage.class, "scheduled_messages");
        this.buckets = buckets;
        this.clock = clock;
        // For real MongoDB; mongo-java-server scans for these, which only staff screens and cleanup ask for.
        store.collection().ensureIndex(new Index().on("chainId", Sort.Direction.ASC)
                .on("appointmentId", Sort.Direction.ASC).named("messages_by_appointment"));
        store.collection().ensureIndex(new Index().on("chainId", Sort.Direction.ASC)
                .on("status", Sort.Direction.ASC).on("dueAt", Sort.Direction.ASC).named("messages_by_status"));
        store.collection().ensureIndex(new Index().on("chainId", Sort.Direction.ASC)
                .on("plannedFor", Sort.Direction.ASC).named("messages_by_planned_time"));
    }

    public Optional<ScheduledMessage> find(String id) {
        return store.find(id);
    }

    /** The messages with these ids, in the current chain: one exact-key lookup. */
    public List<ScheduledMessage> findAll(Collection<String> ids) {
        return ids.isEmpty() ? List.of() : store.find(new Query(where("_id").in(ids)));
    }

    /** Messages in a status, oldest due first: what staff look at. */
    public List<ScheduledMessage> inStatus(MessageStatus status) {
        return store.find(new Query(where("status").is(status)).with(Sort.by("dueAt")).limit(ADMIN_PAGE));
    }

    /** Reminders on a channel, in every chain, that are due by {@code now} and wait for a dispatcher. */
    public long remindersDueAcrossChains(Channel channel, Instant now) {
        return countRemindersAcrossChains(channel, where("status").is(MessageStatus.SCHEDULED.name())
                .and("dueAt").lte(now));
    }

    /**
     * Reminders on a channel, in every chain, meant to go out by {@code plannedBy} and still not sent: waiting for
     * a dispatcher, held back, or being retried.
     */
    public long remindersOverdueAcrossChains(Channel channel, Instant plannedBy) {
        return countRemindersAcrossChains(channel, where("status")
                .in(MessageStatus.SCHEDULED.name(), MessageStatus.SENDING.name()).and("plannedFor").lte(plannedBy));
    }

    /**
     * For the operations gauges, read at each metrics scrape: ids only, but a scan of the scheduled messages
     * (tenant indexes lead with the chain), which a scrape every 15 s or more affords.
     */
    private long countRemindersAcrossChains(Channel channel, Criteria criteria) {
        return store.findAcrossChains(new Query(criteria.and("kind").is(MessageKind.REMINDER.name())
                .and("channel").is(channel.name()))).size();
    }

    /** The chain's messages meant to go out in {@code [from, to)}, for the operations figures. */
    public List<ScheduledMessage> plannedBetween(Instant from, Instant to) {
        return store.find(new Query(where("plannedFor").gte(from).lt(to)));
    }

    /** @throws org.springframework.dao.DuplicateKeyException if a message with its key was scheduled before */
    void add(ScheduledMessage message) {
        list(message.dueAt(), message);
        store.insert(message);
    }

    /**
     * Stores a change made to a message read before.
     *
     * @return false if someone else changed the message meanwhile (another dispatcher claimed it, a cancellation
     *         came in): the change is dropped and the caller should let the message be
     */
    public boolean save(ScheduledMessage message) {
        if (message.status() == MessageStatus.SCHEDULED) {
            list(message.dueAt(), message);
        }
        try {
            store.update(message);
            return true;
        } catch (ConcurrentUpdateException changedMeanwhile) {
            return false;
        }
    }

    /**
     * Claims a due message for one dispatcher until {@code leaseEnd}. If the dispatcher dies, the message falls due
     * again in the bucket of its lease's end.
     *
     * @return whether this dispatcher got it
     */
    public boolean claim(ScheduledMessage message, Instant now, Instant leaseEnd) {
        if (!message.claimable(now)) {
            return false;
        }
        list(leaseEnd, message);
        message.claim(now, leaseEnd);
        return save(message);
    }

    private void list(Instant at, ScheduledMessage message) {
        Instant now = clock.instant();
        buckets.add(at.isAfter(now) ? at : now, TenantContext.requireChainId(), message.id());
    }
}
