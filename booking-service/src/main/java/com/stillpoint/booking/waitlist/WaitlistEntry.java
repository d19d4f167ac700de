package com.stillpoint.booking.waitlist;

import com.stillpoint.booking.calendar.WeeklyHours;
import com.stillpoint.platform.aggregate.AggregateRoot;
import com.stillpoint.platform.problem.ConflictException;
import com.stillpoint.platform.problem.InvalidInputException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A client waiting for a time to free up: at one or more clinics, for a service, with a therapist or anyone, on
 * dates in a range and, optionally, only in some weekly hours (say, Tuesday and Thursday mornings).
 */
public class WaitlistEntry extends AggregateRoot {

    private String clientId;
    private List<String> clinicIds;
    private String serviceId;
    private String therapistId;
    private LocalDate earliestDate;
    private LocalDate latestDate;
    private List<WeeklyHours> windows;
    private WaitlistStatus status;
    private Instant joinedAt;
    private String appointmentId;

    private WaitlistEntry() {
    }

    private WaitlistEntry(String id, String chainId) {
        super(id, chainId);
    }

    /**
     * @param therapistId only this therapist, or {@code null} for anyone qualified
     * @param windows     weekly hours the session must start in; empty for any time the clinic offers
     */
    static WaitlistEntry join(String id, String chainId, String clientId, List<String> clinicIds, String serviceId,
                              String therapistId, LocalDate earliestDate, LocalDate latestDate,
                              List<WeeklyHours> windows, Clock clock) {
        if (clinicIds.isEmpty()) {
            throw new InvalidInputException("Wait for at least one clinic");
        }
        if (latestDate.isBefore(earliestDate)) {
            throw new InvalidInputException("The waiting dates end before they start");
        }
        WaitlistEntry entry = new WaitlistEntry(id, chainId);
        entry.clientId = clientId;
        entry.clinicIds = List.copyOf(clinicIds);
        entry.serviceId = serviceId;
        entry.therapistId = therapistId;
        entry.earliestDate = earliestDate;
        entry.latestDate = latestDate;
        entry.windows = List.copyOf(windows);
        entry.status = WaitlistStatus.WAITING;
        entry.joinedAt = clock.instant();
        return entry;
    }

    /** Whether a freed session at this clinic, with this therapist, at this wall-clock start would suit the client. */
    boolean wants(String clinicId, String freedTherapistId, LocalDateTime start) {
        LocalDate date = start.toLocalDate();
        return status == WaitlistStatus.WAITING
                && clinicIds.contains(clinicId)
                && (therapistId == null || therapistId.equals(freedTherapistId))
                && !date.isBefore(earliestDate) && !date.isAfter(latestDate)
                && (windows.isEmpty() || windows.stream().anyMatch(window -> window.day() == start.getDayOfWeek()
                && !start.toLocalTime().isBefore(window.from()) && start.toLocalTime().isBefore(window.until())));
    }

    void booked(String bookedAppointmentId) {
        if (status == WaitlistStatus.WAITING) {
            status = WaitlistStatus.BOOKED;
            appointmentId = bookedAppointmentId;
        }
    }

    void withdraw() {
        if (status != WaitlistStatus.WAITING) {
            throw new ConflictException("illegal-transition", "Only a waiting client can leave the waitlist.");
        }
        status = WaitlistStatus.WITHDRAWN;
    }

    public String clientId() {
        return clientId;
    }

    public List<String> clinicIds() {
        return clinicIds;
    }

    public String serviceId() {
        return serviceId;
    }

    public String therapistId() {
        return therapistId;
    }

    public LocalDate earliestDate() {
        return earliestDate;
    }

    public LocalDate latestDate() {
        return latestDate;
    }

    public List<WeeklyHours> windows() {
        return windows;
    }

    public WaitlistStatus status() {
        return status;
    }

    public Instant joinedAt() {
        return joinedAt;
    }

    public String appointmentId() {
        return appointmentId;
    }
}
