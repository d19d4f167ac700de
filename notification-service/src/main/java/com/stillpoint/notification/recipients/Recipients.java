package com.stillpoint.notification.recipients;

import com.stillpoint.contracts.booking.ClientProfileChanged;
import com.stillpoint.platform.tenancy.TenantCollection;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** The recipient projection, one document per client, and where each client can be reached now. */
@Repository
public class Recipients {

    private final TenantCollection<Recipient> recipients;
    private final OptOuts optOuts;

    Recipients(MongoOperations mongo, OptOuts optOuts) {
        this.recipients = new TenantCollection<>(mongo, Recipient.class, "recipients");
        this.optOuts = optOuts;
    }

    /** Applies a profile change unless a newer one is already applied. */
    public void apply(ClientProfileChanged profile) {
        recipients.keepLatest(profile.clientId(), Recipient.from(profile), Recipient::asOf);
    }

    public Optional<Recipient> find(String clientId) {
        return recipients.findById(clientId);
    }

    public Optional<Reach> reach(String clientId) {
        return find(clientId).map(recipient -> new Reach(recipient, optOuts.of(clientId)));
    }
}
