package com.stillpoint.booking.intakeflags;

import com.stillpoint.contracts.intake.IntakeStatusChanged;
import com.stillpoint.platform.tenancy.TenantCollection;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The intake status of each appointment, kept from intake-service's events; read by appointment id. */
@Repository
public class IntakeStatuses {

    private final TenantCollection<IntakeStatus> statuses;

    IntakeStatuses(MongoOperations mongo) {
        this.statuses = new TenantCollection<>(mongo, IntakeStatus.class, "intake_statuses");
    }

    void apply(IntakeStatusChanged changed) {
        statuses.keepLatest(changed.appointmentId(), new IntakeStatus(changed.appointmentId(), changed.chainId(),
                changed.readiness(), changed.occurredAt()), IntakeStatus::asOf);
    }

    public Optional<IntakeStatus> of(String appointmentId) {
        return statuses.findById(appointmentId);
    }

    /** The statuses of these appointments, by appointment id: one query by {@code _id}. */
    public Map<String, IntakeStatus> of(Collection<String> appointmentIds) {
        if (appointmentIds.isEmpty()) {
            return Map.of();
        }
        List<IntakeStatus> found = statuses.find(new Query(where("_id").in(appointmentIds)));
        return found.stream().collect(Collectors.toMap(IntakeStatus::id, Function.identity()));
    }
}
