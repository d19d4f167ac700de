package com.stillpoint.notification.appointments;

import com.stillpoint.contracts.booking.AppointmentEvent;
import com.stillpoint.platform.tenancy.TenantCollection;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The appointment projection, one document per appointment. Every change is a single conditional upsert: an
 * appointment event applies only if no newer one was applied, so a late or redelivered event cannot bring back an
 * old time, and fields written from other topics (intake, scheduled messages) are never overwritten.
 */
@Repository
public class Appointments {

    private static final String VERSION = "version";

    private final TenantCollection<AppointmentRecord> appointments;

    Appointments(MongoOperations mongo) {
        this.appointments = new TenantCollection<>(mongo, AppointmentRecord.class, "appointments");
    }

    public Optional<AppointmentRecord> find(String appointmentId) {
        return appointments.findById(appointmentId);
    }

    /**
     * The appointment now stands at this time and place (booked, or rescheduled).
     *
     * @return false if a newer event was already applied: the caller must not act on this one
     */
    public boolean placed(AppointmentEvent event, String clientId, String clinicId, Instant startsAt,
                          String sealedManageLink, String treatmentPlanId) {
        Update update = new Update().set("clientId", clientId).set("clinicId", clinicId).set("startsAt", startsAt)
                .set("scheduleVersion", event.appointmentVersion()).set("cancelled", false)
                .set("sealedManageLink", sealedManageLink);
        if (treatmentPlanId != null) {
            update.set("treatmentPlanId", treatmentPlanId);
        }
        return apply(event, update);
    }

    /** @return false if a newer event was already applied */
    public boolean cancelled(AppointmentEvent event) {
        return apply(event, new Update().set("cancelled", true));
    }

    /** The session happened (or was missed): later events may still follow, earlier ones are stale. */
    public boolean concluded(AppointmentEvent event) {
        return apply(event, new Update());
    }

    public void intakeDone(String appointmentId) {
        appointments.upsert(new Query(where("_id").is(appointmentId)), withDefaults(new Update().set("intakeDone", true)));
    }

    /** Remembers a message scheduled about the appointment, before the message itself is stored. */
    public void listMessage(String appointmentId, String messageId) {
        appointments.upsert(new Query(where("_id").is(appointmentId)),
                withDefaults(new Update().addToSet("messageIds", messageId)));
    }

    private boolean apply(AppointmentEvent event, Update update) {
        update.set(VERSION, event.appointmentVersion());
        try {
            appointments.upsert(new Query(where("_id").is(event.appointmentId())
                    .and(VERSION).lte(event.appointmentVersion())), withDefaults(update));
            return true;
        } catch (DuplicateKeyException newerAlreadyApplied) {
            return false;
        }
    }

    /** A document first created by any of these upserts gets every flag and version, so it always reads back. */
    private static Update withDefaults(Update update) {
        Map.of(VERSION, 0L, "scheduleVersion", 0L, "cancelled", false, "intakeDone", false).forEach((field, value) -> {
            if (!update.modifies(field)) {
                update.setOnInsert(field, value);
            }
        });
        return update;
    }
}
