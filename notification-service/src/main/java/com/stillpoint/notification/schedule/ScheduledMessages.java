package com.stillpoint.notification.schedule;

import com.stillpoint.platform.aggregate.AggregateStore;
import com.stillpoint.platform.aggregate.AggregateStores;
import com.stillpoint.platform.tenancy.TenantRef;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The message schedule. It lives in MongoDB, so nothing scheduled is lost when a service restarts. */
@Repository
public class ScheduledMessages {

    private static final int DUE_BATCH = 200;

    private final AggregateStore<ScheduledMessage> store;

    ScheduledMessages(AggregateStores stores) {
        this.store = stores.create(ScheduledMessage.class, "scheduled_messages");
        store.collection().ensureIndex(new Index().on("chainId", Sort.Direction.ASC)
                .on("appointmentId", Sort.Direction.ASC).named("messages_by_appointment"));
    }

    public Optional<ScheduledMessage> find(String id) {
        return store.find(id);
    }

    void add(ScheduledMessage message) {
        store.insert(message);
    }

    public void save(ScheduledMessage message) {
        store.update(message);
    }

    List<ScheduledMessage> scheduledFor(String appointmentId) {
        return store.find(new Query(where("appointmentId").is(appointmentId).and("status").is(MessageStatus.SCHEDULED)));
    }

    /** Messages of every chain that are due, or whose sender's lease ran out: the dispatcher's work list. */
    public List<TenantRef> dueAcrossChains(Instant now) {
        Query due = new Query(new org.springframework.data.mongodb.core.query.Criteria().orOperator(
                where("status").is(MessageStatus.SCHEDULED).and("dueAt").lte(now),
                where("status").is(MessageStatus.SENDING).and("leaseUntil").lt(now)))
                .with(Sort.by("dueAt")).limit(DUE_BATCH);
        return store.findAcrossChains(due);
    }
}
