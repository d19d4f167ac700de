package com.stillpoint.booking.appointments;

import com.stillpoint.booking.calendar.ClaimLiveness;
import com.stillpoint.platform.aggregate.AggregateStore;
import com.stillpoint.platform.aggregate.AggregateStores;
import com.stillpoint.platform.tenancy.TenantRef;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The chain's appointments. */
@Repository
public class Appointments {

    private final AggregateStore<Appointment> store;

    Appointments(AggregateStores stores) {
        this.store = stores.create(Appointment.class, "appointments");
    }

    public Optional<Appointment> find(String id) {
        return store.find(id);
    }

    public Appointment get(String id) {
        return store.get(id);
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
}
