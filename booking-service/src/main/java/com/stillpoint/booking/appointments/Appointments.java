package com.stillpoint.booking.appointments;

import com.stillpoint.booking.calendar.ClaimLiveness;
import com.stillpoint.platform.aggregate.AggregateStore;
import com.stillpoint.platform.aggregate.AggregateStores;
import com.stillpoint.platform.tenancy.TenantRef;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The chain's appointments. */
@Repository
public class Appointments {

    private final AggregateStore<Appointment> store;

    Appointments(AggregateStores stores) {
        this.store = stores.create(Appointment.class, "appointments");
        // For the recovery job and staff listings on MongoDB; mongo-java-server scans instead (never a hot path).
        store.collection().ensureIndex(new Index().on("chainId", Sort.Direction.ASC).on("status", Sort.Direction.ASC)
                .on("requestedAt", Sort.Direction.ASC).named("appointments_by_status"));
        store.collection().ensureIndex(new Index().on("chainId", Sort.Direction.ASC)
                .on("clientId", Sort.Direction.ASC).named("appointments_by_client"));
        store.collection().ensureIndex(new Index().on("chainId", Sort.Direction.ASC)
                .on("placement.session.start", Sort.Direction.ASC).named("appointments_by_start"));
    }

    public Optional<Appointment> find(String id) {
        return store.find(id);
    }

    public Appointment get(String id) {
        return store.get(id);
    }

    /** These appointments, by {@code _id}; unknown ids are left out. */
    public List<Appointment> findAll(Collection<String> ids) {
        return ids.isEmpty() ? List.of() : store.find(new Query(where("_id").in(ids)));
    }

    /** A client's appointments, for the desk and the client's own pages. */
    public List<Appointment> ofClient(String clientId) {
        return store.find(new Query(where("clientId").is(clientId)).with(Sort.by("placement.session.start")));
    }

    /** The chain's appointments starting in {@code [from, to)}, for the operations figures. */
    public List<Appointment> startingBetween(Instant from, Instant to) {
        return store.find(new Query(where("placement.session.start").gte(from).lt(to)));
    }

    Appointment add(Appointment appointment) {
        return store.insert(appointment);
    }

    Appointment save(Appointment appointment) {
        return store.update(appointment);
    }

    /** A claim lives exactly as long as its appointment holds that placement's time. */
    ClaimLiveness claimLiveness() {
        return claim -> find(claim.appointmentId()).map(appointment -> appointment.holds(claim)).orElse(false);
    }

    /** Bookings, in any chain, that were requested before the cut-off and never committed. */
    List<TenantRef> pendingSince(Instant cutoff) {
        return store.findAcrossChains(new Query(where("status").is(AppointmentStatus.PENDING)
                .and("requestedAt").lt(cutoff)));
    }

    /** Appointments, in any chain, with a move marked before the cut-off and never finished. */
    List<TenantRef> movesPendingSince(Instant cutoff) {
        return store.findAcrossChains(new Query(where("pendingMove.requestedAt").lt(cutoff)));
    }
}
