package com.stillpoint.booking.intakeflags;

import com.stillpoint.contracts.intake.EscalationRaised;
import com.stillpoint.platform.problem.NotFoundException;
import com.stillpoint.platform.tenancy.TenantCollection;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Clients flagged for follow-up, by client id. Only a newer escalation raises a flag again, so a redelivered event
 * never reopens one that staff closed.
 */
@Repository
public class FollowUps {

    private final TenantCollection<FollowUp> followUps;
    private final Clock clock;

    FollowUps(MongoOperations mongo, Clock clock) {
        this.followUps = new TenantCollection<>(mongo, FollowUp.class, "follow_ups");
        this.clock = clock;
    }

    void raise(EscalationRaised raised) {
        followUps.keepLatest(raised.clientId(), new FollowUp(raised.clientId(), raised.chainId(),
                raised.escalationId(), raised.clinicId(), raised.occurredAt(), null), FollowUp::raisedAt);
    }

    /** Staff followed up: the flag goes, until a later escalation. */
    public void resolve(String clientId) {
        FollowUp open = followUps.findById(clientId).filter(FollowUp::open)
                .orElseThrow(() -> new NotFoundException("follow-up for client", clientId));
        followUps.save(clientId, new FollowUp(open.id(), open.chainId(), open.escalationId(), open.clinicId(),
                open.raisedAt(), clock.instant()));
    }

    public boolean isFlagged(String clientId) {
        return followUps.findById(clientId).filter(FollowUp::open).isPresent();
    }

    /** Which of these clients are flagged: one query by {@code _id}. */
    public Set<String> flaggedAmong(Collection<String> clientIds) {
        if (clientIds.isEmpty()) {
            return Set.of();
        }
        return followUps.find(new Query(where("_id").in(clientIds))).stream().filter(FollowUp::open)
                .map(FollowUp::id).collect(Collectors.toSet());
    }
}
