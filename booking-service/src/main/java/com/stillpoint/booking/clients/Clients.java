package com.stillpoint.booking.clients;

import com.stillpoint.platform.aggregate.AggregateStore;
import com.stillpoint.platform.aggregate.AggregateStores;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** The chain's clients. */
@Repository
public class Clients {

    private final AggregateStore<Client> store;

    Clients(AggregateStores stores) {
        this.store = stores.create(Client.class, "clients");
    }

    public Optional<Client> find(String id) {
        return store.find(id);
    }

    public Client get(String id) {
        return store.get(id);
    }

    public Client add(Client client) {
        return store.insert(client);
    }

    public Client save(Client client) {
        return store.update(client);
    }
}
