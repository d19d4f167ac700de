package com.stillpoint.booking.waitlist;

import com.stillpoint.platform.aggregate.AggregateStore;
import com.stillpoint.platform.aggregate.AggregateStores;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** Offers of freed times, by id. */
@Repository
class WaitlistOffers {

    private final AggregateStore<WaitlistOffer> store;

    WaitlistOffers(AggregateStores stores) {
        this.store = stores.create(WaitlistOffer.class, "waitlist_offers");
    }

    Optional<WaitlistOffer> find(String id) {
        return store.find(id);
    }

    WaitlistOffer get(String id) {
        return store.get(id);
    }

    WaitlistOffer add(WaitlistOffer offer) {
        return store.insert(offer);
    }

    WaitlistOffer save(WaitlistOffer offer) {
        return store.update(offer);
    }
}
