package com.stillpoint.notification.replies;

import com.stillpoint.platform.aggregate.AggregateStore;
import com.stillpoint.platform.aggregate.AggregateStores;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** Clients' replies, each stored with its event for booking-service (the outbox), once. */
@Repository
public class ClientReplies {

    private final AggregateStore<ClientReplyRecord> store;

    ClientReplies(AggregateStores stores) {
        this.store = stores.create(ClientReplyRecord.class, "client_replies");
    }

    /** @return false if this reply was recorded before: the provider delivered the same text twice */
    boolean add(ClientReplyRecord reply) {
        try {
            store.insert(reply);
            return true;
        } catch (DuplicateKeyException alreadyRecorded) {
            return false;
        }
    }

    public Optional<ClientReplyRecord> find(String id) {
        return store.find(id);
    }
}
