package com.stillpoint.notification.appointments;

import com.stillpoint.platform.tenancy.TenantOwned;

import java.time.Instant;
import java.util.Set;

/**
 * An appointment as notification-service needs to know it: which version of its time and place is current,
 * whether it still holds, and which messages were scheduled about it. Kept from booking-service's appointment
 * events; intake events may create it first, with only what they know.
 *
 * @param version          the newest appointment event applied; older ones are ignored
 * @param scheduleVersion  the version that set the current time and place (booked or rescheduled): messages
 *                         written for another one are stale. Confirming or checking in changes the version, not this
 * @param sealedManageLink the client's manage link, sealed; opened only to render a message
 * @param intakeDone       the client finished intake for it: no more nudges
 * @param messageIds       every message scheduled about it, so a cancellation finds them by key
 */
public record AppointmentRecord(String id, String chainId, String clientId, String clinicId, Instant startsAt,
                                long version, long scheduleVersion, boolean cancelled, String sealedManageLink,
                                String treatmentPlanId, boolean intakeDone, Set<String> messageIds)
        implements TenantOwned {

    public AppointmentRecord {
        messageIds = messageIds == null ? Set.of() : Set.copyOf(messageIds);
    }

    /** Whether a message written for {@code messageVersion} (0: for the appointment whatever its version) is current. */
    public boolean isCurrent(long messageVersion) {
        return messageVersion == 0 || messageVersion == scheduleVersion;
    }

    public boolean hasStartedBy(Instant now) {
        return startsAt != null && !now.isBefore(startsAt);
    }
}
