package com.stillpoint.booking.clients;

import com.stillpoint.platform.tenancy.TenantCollection;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Optional;

/** Each client's last completed session, by client id. A session completed late never replaces a later one. */
@Repository
public class LastVisits {

    private final TenantCollection<LastVisit> visits;

    LastVisits(MongoOperations mongo) {
        this.visits = new TenantCollection<>(mongo, LastVisit.class, "last_visits");
    }

    public void record(String chainId, String clientId, String therapistId, Instant sessionStartedAt) {
        visits.keepLatest(clientId, new LastVisit(clientId, chainId, therapistId, sessionStartedAt),
                LastVisit::sessionStartedAt);
    }

    public Optional<String> lastTherapistOf(String clientId) {
        return visits.findById(clientId).map(LastVisit::therapistId);
    }
}
