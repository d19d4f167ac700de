package com.stillpoint.booking.clients;

import com.stillpoint.platform.aggregate.AggregateStore;
import com.stillpoint.platform.aggregate.AggregateStores;
import com.stillpoint.platform.crypto.Sha256;
import com.stillpoint.platform.tenancy.TenantCollection;
import com.stillpoint.platform.tenancy.TenantContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The chain's clients, and which client uses which email address (looked up by key, for returning clients who book
 * online). The address key is kept beside the client, not in one write with it: a key found for a client that
 * does not exist, or no longer has that address, is simply not a match.
 */
@Repository
public class Clients {

    private final AggregateStore<Client> store;
    private final TenantCollection<ClientEmail> emails;

    Clients(AggregateStores stores, MongoOperations mongo) {
        this.store = stores.create(Client.class, "clients");
        this.emails = new TenantCollection<>(mongo, ClientEmail.class, "client_emails");
    }

    public Optional<Client> find(String id) {
        return store.find(id);
    }

    public Client get(String id) {
        return store.get(id);
    }

    /** These clients, by {@code _id}; unknown ids are left out. */
    public List<Client> findAll(Collection<String> ids) {
        return ids.isEmpty() ? List.of() : store.find(new Query(where("_id").in(ids)).with(Sort.by("_id")));
    }

    public Client add(Client client) {
        Client added = store.insert(client);
        pointEmail(added);
        return added;
    }

    public Client save(Client client) {
        Client saved = store.update(client);
        pointEmail(saved);
        return saved;
    }

    /** The client who uses this address, if any. */
    public Optional<Client> withEmail(String email) {
        return emails.findById(emailKey(email)).flatMap(key -> find(key.clientId()))
                .filter(client -> email.equalsIgnoreCase(client.contactDetails().email()));
    }

    /**
     * Reserves an address for a new client; of two registrations with one address at the same time, one wins.
     *
     * @return the id of the client the address belongs to: {@code newClientId} if it was free
     */
    String reserveEmail(String email, String newClientId) {
        try {
            emails.insert(new ClientEmail(emailKey(email), TenantContext.requireChainId(), newClientId));
            return newClientId;
        } catch (DuplicateKeyException taken) {
            return emails.findById(emailKey(email)).map(ClientEmail::clientId).orElse(newClientId);
        }
    }

    private void pointEmail(Client client) {
        String email = client.contactDetails().email();
        if (email != null && !email.isBlank()) {
            emails.save(emailKey(email), new ClientEmail(emailKey(email), client.chainId(), client.id()));
        }
    }

    private static String emailKey(String email) {
        return TenantContext.requireChainId() + ":" + Sha256.hex(email.trim().toLowerCase(Locale.ROOT));
    }
}
