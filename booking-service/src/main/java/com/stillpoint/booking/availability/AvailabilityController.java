package com.stillpoint.booking.availability;

import com.stillpoint.booking.appointments.AppointmentAccess;
import com.stillpoint.booking.therapists.Skill;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Free sessions for the desk: at one or more of their clinics, for a service, over up to 92 days, optionally with
 * one therapist, therapists with extra skills (e.g. {@code TRAUMA_INFORMED}), or the client's therapist of last
 * time. Times are on each clinic's wall clock, with its zone.
 */
@RestController
@RequestMapping("/api/availability")
@Validated
class AvailabilityController {

    private static final String ID_PATTERN = "[A-Za-z0-9._-]{1,64}";

    private final AvailabilitySearch search;
    private final AppointmentAccess access;

    AvailabilityController(AvailabilitySearch search, AppointmentAccess access) {
        this.search = search;
        this.access = access;
    }

    @GetMapping
    List<Slot> search(@RequestParam("clinicId") @NotEmpty @Size(max = 20) List<@Pattern(regexp = ID_PATTERN) String> clinicIds,
                      @RequestParam @Pattern(regexp = ID_PATTERN) String serviceId,
                      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                      @RequestParam(required = false) @Pattern(regexp = ID_PATTERN) String therapistId,
                      @RequestParam(name = "skill", required = false) Set<Skill> skills,
                      @RequestParam(required = false) @Pattern(regexp = ID_PATTERN) String sameTherapistAsLastTimeFor,
                      @RequestParam(defaultValue = "200") @Min(1) @Max(2000) int limit) {
        clinicIds.forEach(access::requireDeskAt);
        return search.search(new SlotQuery(clinicIds, serviceId, from, to, therapistId,
                skills == null ? Set.of() : skills, sameTherapistAsLastTimeFor, null, SlotQuery.Rules.DESK, limit));
    }
}
