package com.stillpoint.booking.clients;

import com.stillpoint.platform.tenancy.TenantContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.UUID;

/**
 * Clients who book online. A returning client is recognised by their email address and keeps the profile the
 * clinic has: nobody can change a client's contact details from a public page by typing their address.
 */
@Service
public class ClientRegistry {

    private final Clients clients;
    private final Clock clock;

    ClientRegistry(Clients clients, Clock clock) {
        this.clients = clients;
        this.clock = clock;
    }

    /** @return the id of the client with this email address, registered from these details if there was none */
    public String findOrRegister(ContactDetails details) {
        var existing = clients.withEmail(details.email());
        if (existing.isPresent()) {
            return existing.get().id();
        }
        String id = clients.reserveEmail(details.email(), UUID.randomUUID().toString());
        if (clients.find(id).isPresent()) {
            return id;
        }
        try {
            clients.add(Client.register(id, TenantContext.requireChainId(), details, clock));
        } catch (DuplicateKeyException registeredMeanwhile) {
            // The other booking with this address registered the client; both book for the same person.
        }
        return id;
    }
}
