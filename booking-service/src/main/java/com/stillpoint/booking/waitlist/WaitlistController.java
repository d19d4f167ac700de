package com.stillpoint.booking.waitlist;

import com.stillpoint.booking.appointments.AppointmentAccess;
import com.stillpoint.booking.calendar.WeeklyHours;
import com.stillpoint.platform.problem.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The waitlist, for the front desk: a client joins for clinics, a service, a therapist or anyone, and some hours. */
@RestController
@RequestMapping("/api/waitlist")
@Validated
class WaitlistController {

    private static final String ID_PATTERN = "[A-Za-z0-9._-]{1,64}";

    private final Waitlist waitlist;
    private final AppointmentAccess access;

    WaitlistController(Waitlist waitlist, AppointmentAccess access) {
        this.waitlist = waitlist;
        this.access = access;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    EntryView join(@Valid @RequestBody JoinRequest request) {
        request.clinicIds().forEach(access::requireDeskAt);
        return EntryView.of(waitlist.join(request.clientId(), request.clinicIds(), request.serviceId(),
                request.therapistId(), request.earliestDate(), request.latestDate(),
                request.windows() == null ? List.of() : request.windows()));
    }

    @GetMapping("/{entryId}")
    EntryView get(@PathVariable @Pattern(regexp = ID_PATTERN) String entryId) {
        return EntryView.of(visible(waitlist.entry(entryId)));
    }

    @DeleteMapping("/{entryId}")
    EntryView withdraw(@PathVariable @Pattern(regexp = ID_PATTERN) String entryId) {
        visible(waitlist.entry(entryId));
        return EntryView.of(waitlist.withdraw(entryId));
    }

    /** The desk sees an entry only if it waits for one of their clinics. */
    private WaitlistEntry visible(WaitlistEntry entry) {
        for (String clinicId : entry.clinicIds()) {
            try {
                access.requireDeskAt(clinicId);
                return entry;
            } catch (NotFoundException notTheirs) {
                // Try the next clinic of the entry.
            }
        }
        throw new NotFoundException("waitlist entry", entry.id());
    }

    record JoinRequest(
            @NotBlank @Pattern(regexp = ID_PATTERN) String clientId,
            @NotEmpty @Size(max = 10) List<@Pattern(regexp = ID_PATTERN) String> clinicIds,
            @NotBlank @Pattern(regexp = ID_PATTERN) String serviceId,
            @Pattern(regexp = ID_PATTERN) String therapistId,
            @NotNull LocalDate earliestDate,
            @NotNull LocalDate latestDate,
            @Size(max = 21) List<@NotNull WeeklyHours> windows) {
    }

    record EntryView(String id, long version, WaitlistStatus status, String clientId, List<String> clinicIds,
                     String serviceId, String therapistId, LocalDate earliestDate, LocalDate latestDate,
                     List<WeeklyHours> windows, Instant joinedAt, String appointmentId) {

        static EntryView of(WaitlistEntry entry) {
            return new EntryView(entry.id(), entry.version(), entry.status(), entry.clientId(), entry.clinicIds(),
                    entry.serviceId(), entry.therapistId(), entry.earliestDate(), entry.latestDate(), entry.windows(),
                    entry.joinedAt(), entry.appointmentId());
        }
    }
}
