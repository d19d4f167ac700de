package com.stillpoint.notification.recipients;

import com.stillpoint.contracts.booking.ClientProfileChanged;
import com.stillpoint.platform.tenancy.TenantCollection;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** The recipient projection, one document per client. */
@Repository
public class Recipients {

    private final TenantCollection<Recipient> recipients;

    Recipients(MongoOperations mongo) {
        this.recipients = new TenantCollection<>(mongo, Recipient.class, "recipients");
    }

    /** Applies a profile change unless a newer one is already applied. */
    public void apply(ClientProfileChanged profile) {
        recipients.keepLatest(profile.clientId(), Recipient.from(profile), Recipient::asOf);
    }

    public Optional<Recipient> find(String clientId) {
        return recipients.findById(clientId);
    }
}
