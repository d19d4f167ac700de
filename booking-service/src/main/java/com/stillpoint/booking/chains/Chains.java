package com.stillpoint.booking.chains;

import com.stillpoint.booking.calendar.TravelTimes;
import com.stillpoint.platform.aggregate.AggregateStore;
import com.stillpoint.platform.aggregate.AggregateStores;
import com.stillpoint.platform.problem.NotFoundException;
import com.stillpoint.platform.tenancy.TenantContext;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** The current chain's own record. There is exactly one per tenant, with the chain id as its id. */
@Repository
public class Chains {

    private final AggregateStore<Chain> store;

    Chains(AggregateStores stores) {
        this.store = stores.create(Chain.class, "chains");
    }

    public Optional<Chain> current() {
        return store.find(TenantContext.requireChainId());
    }

    public Chain requireCurrent() {
        return current().orElseThrow(() -> new NotFoundException("chain", TenantContext.requireChainId()));
    }

    /** The chain's travel times between clinics, or the standard ones if it never set any. */
    public TravelTimes travelTimes() {
        return current().map(Chain::travelTimes).orElseGet(TravelTimes::standardOnly);
    }

    public Chain add(Chain chain) {
        return store.insert(chain);
    }

    public Chain save(Chain chain) {
        return store.update(chain);
    }
}
