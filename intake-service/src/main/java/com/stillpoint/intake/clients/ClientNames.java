package com.stillpoint.intake.clients;

import com.stillpoint.contracts.booking.ClientProfileChanged;
import com.stillpoint.platform.tenancy.TenantCollection;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/** Clients' first names for staff pages, kept from booking's compacted client topic. */
@Component
public class ClientNames {

    private final TenantCollection<ClientProfile> profiles;

    ClientNames(MongoOperations mongo) {
        this.profiles = new TenantCollection<>(mongo, ClientProfile.class, "client_profiles");
    }

    public void apply(ClientProfileChanged changed) {
        profiles.keepLatest(changed.clientId(), new ClientProfile(changed.clientId(), changed.chainId(),
                changed.firstName(), changed.occurredAt()), ClientProfile::asOf);
    }

    /** The client's first name, or their id while booking has not told us. */
    public String of(String clientId) {
        return profiles.findById(clientId).map(ClientProfile::firstName).orElse(clientId);
    }
}
