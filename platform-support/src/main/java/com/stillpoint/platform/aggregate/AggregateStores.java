package com.stillpoint.platform.aggregate;

import com.stillpoint.platform.messaging.EventJson;
import com.stillpoint.platform.tenancy.TenantCollection;
import org.springframework.data.mongodb.core.MongoOperations;

/** Makes the {@link AggregateStore} of each aggregate type; a service's repositories are built on them. */
public class AggregateStores {

    private final MongoOperations mongo;
    private final EventJson eventJson;
    private final OutboxRelay relay;

    AggregateStores(MongoOperations mongo, EventJson eventJson, OutboxRelay relay) {
        this.mongo = mongo;
        this.eventJson = eventJson;
        this.relay = relay;
    }

    public <T extends AggregateRoot> AggregateStore<T> create(Class<T> type, String collectionName) {
        return new AggregateStore<>(new TenantCollection<>(mongo, type, collectionName), mongo, eventJson, relay);
    }
}
