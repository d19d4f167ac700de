package com.stillpoint.booking.waitlist;

import com.stillpoint.platform.aggregate.AggregateStore;
import com.stillpoint.platform.aggregate.AggregateStores;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The chain's waitlist. */
@Repository
class WaitlistEntries {

    private final AggregateStore<WaitlistEntry> store;

    WaitlistEntries(AggregateStores stores) {
        this.store = stores.create(WaitlistEntry.class, "waitlist");
        store.collection().ensureIndex(new Index().on("chainId", Sort.Direction.ASC).on("status", Sort.Direction.ASC)
                .on("joinedAt", Sort.Direction.ASC).named("waitlist_by_status"));
    }

    Optional<WaitlistEntry> find(String id) {
        return store.find(id);
    }

    WaitlistEntry get(String id) {
        return store.get(id);
    }

    /** The clients still waiting, first come first served. Only read when a time frees up, never on a page. */
    List<WaitlistEntry> waiting() {
        return store.find(new Query(where("status").is(WaitlistStatus.WAITING)).with(Sort.by("joinedAt")));
    }

    WaitlistEntry add(WaitlistEntry entry) {
        return store.insert(entry);
    }

    WaitlistEntry save(WaitlistEntry entry) {
        return store.update(entry);
    }
}
