package com.stillpoint.booking.calendar;

import com.stillpoint.platform.aggregate.AggregateStore;
import com.stillpoint.platform.aggregate.AggregateStores;
import com.stillpoint.platform.tenancy.TenantContext;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Claims per resource and day, addressed by {@code _id}: a claim is one indexed read and one conditional write. */
@Repository
class ResourceDays {

    private final AggregateStore<ResourceDay> store;

    ResourceDays(AggregateStores stores) {
        this.store = stores.create(ResourceDay.class, "resource_days");
    }

    Optional<ResourceDay> find(String resource, LocalDate day) {
        return store.find(ResourceDay.idOf(TenantContext.requireChainId(), resource, day));
    }

    /** The documents of these resources on these days that exist: one query, by {@code _id}. */
    List<ResourceDay> findAll(Collection<String> resources, Collection<LocalDate> days) {
        String chainId = TenantContext.requireChainId();
        List<String> ids = resources.stream()
                .flatMap(resource -> days.stream().map(day -> ResourceDay.idOf(chainId, resource, day)))
                .toList();
        return store.find(new Query(where("_id").in(ids)));
    }

    void add(ResourceDay day) {
        store.insert(day);
    }

    void save(ResourceDay day) {
        store.update(day);
    }
}
