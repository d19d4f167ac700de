package com.stillpoint.booking.calendar;

import com.stillpoint.platform.aggregate.AggregateStore;
import com.stillpoint.platform.aggregate.AggregateStores;
import com.stillpoint.platform.tenancy.TenantContext;
import com.stillpoint.platform.tenancy.TenantOwned;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Claims per resource and day, addressed by {@code _id}: a claim is one indexed read and one conditional write.
 * Readers of many resources over many days ask by resource and day range instead, on their own index: one range
 * per resource on a real MongoDB, and one pass over the documents on mongo-java-server (which answers an
 * {@code _id $in} beside the tenant filter by comparing every document with every id in the list).
 */
@Repository
class ResourceDays {

    private final AggregateStore<ResourceDay> store;

    ResourceDays(AggregateStores stores) {
        this.store = stores.create(ResourceDay.class, "resource_days");
        store.collection().ensureIndex(new Index().on(TenantOwned.CHAIN_ID, Sort.Direction.ASC)
                .on("resource", Sort.Direction.ASC).on("day", Sort.Direction.ASC));
    }

    Optional<ResourceDay> find(String resource, LocalDate day) {
        return store.find(ResourceDay.idOf(TenantContext.requireChainId(), resource, day));
    }

    /** The documents of these resources from the first to the last day, inclusive, that exist. */
    List<ResourceDay> findAll(Collection<String> resources, LocalDate first, LocalDate last) {
        return store.find(new Query(where("resource").in(resources)
                .and("day").gte(first.toString()).lte(last.toString())));
    }

    void add(ResourceDay day) {
        store.insert(day);
    }

    void save(ResourceDay day) {
        store.update(day);
    }
}
