package com.stillpoint.booking.calendar;

import com.stillpoint.platform.aggregate.AggregateStore;
import com.stillpoint.platform.aggregate.AggregateStores;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.Optional;

/** Claims per resource and day, addressed by {@code _id}: a claim is one indexed read and one conditional write. */
@Repository
class ResourceDays {

    private final AggregateStore<ResourceDay> store;

    ResourceDays(AggregateStores stores) {
        this.store = stores.create(ResourceDay.class, "resource_days");
    }

    Optional<ResourceDay> find(String resource, LocalDate day) {
        return store.find(ResourceDay.idOf(resource, day));
    }

    void add(ResourceDay day) {
        store.insert(day);
    }

    void save(ResourceDay day) {
        store.update(day);
    }
}
