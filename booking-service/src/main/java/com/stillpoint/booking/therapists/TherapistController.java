package com.stillpoint.booking.therapists;

import com.stillpoint.booking.calendar.DailyHours;
import com.stillpoint.booking.calendar.WeeklyHours;
import com.stillpoint.booking.clinics.Clinics;
import com.stillpoint.platform.problem.NotFoundException;
import com.stillpoint.platform.security.StaffMember;
import com.stillpoint.platform.tenancy.TenantContext;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Therapists and their schedules, for administrators. A chain admin hires, changes and lets go of therapists and
 * sets time off; a clinic admin sets a therapist's shifts and day overrides at their own clinics. Name and skill
 * changes are republished for the other services.
 */
@RestController
@RequestMapping("/api/therapists")
@Validated
class TherapistController {

    private static final String ID_PATTERN = "[A-Za-z0-9._-]{1,64}";

    private final Therapists therapists;
    private final Clinics clinics;
    private final Clock clock;

    TherapistController(Therapists therapists, Clinics clinics, Clock clock) {
        this.therapists = therapists;
        this.clinics = clinics;
        this.clock = clock;
    }

    @GetMapping
    List<TherapistView> all() {
        return therapists.all().stream().map(TherapistView::of).toList();
    }

    @GetMapping("/{therapistId}")
    TherapistView get(@PathVariable @Pattern(regexp = ID_PATTERN) String therapistId) {
        return TherapistView.of(therapists.get(therapistId));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    TherapistView hire(@Valid @RequestBody ProfileRequest request) {
        return TherapistView.of(therapists.add(Therapist.hire(UUID.randomUUID().toString(),
                TenantContext.requireChainId(), request.name(), request.skills(), clock)));
    }

    @PutMapping("/{therapistId}")
    TherapistView revise(@PathVariable @Pattern(regexp = ID_PATTERN) String therapistId,
                         @Valid @RequestBody ProfileRequest request) {
        return change(therapistId, therapist -> therapist.revise(request.name(), request.skills(), clock));
    }

    /** The therapist left: no more availability; their booked sessions stay for the desk to move. */
    @DeleteMapping("/{therapistId}")
    TherapistView deactivate(@PathVariable @Pattern(regexp = ID_PATTERN) String therapistId) {
        return change(therapistId, therapist -> therapist.deactivate(clock));
    }

    /** Replaces the therapist's weekly shifts at one clinic (an empty list: they no longer work there). */
    @PutMapping("/{therapistId}/shifts/{clinicId}")
    TherapistView setShifts(@PathVariable @Pattern(regexp = ID_PATTERN) String therapistId,
                            @PathVariable @Pattern(regexp = ID_PATTERN) String clinicId,
                            @RequestBody @NotNull @Size(max = 28) List<@NotNull WeeklyHours> shifts) {
        requireAdminOf(clinicId);
        return change(therapistId, therapist -> therapist.setWeeklyShifts(clinicId, shifts));
    }

    /** The hours of one date at one clinic, replacing the weekly pattern; no hours: not working there that day. */
    @PutMapping("/{therapistId}/overrides/{clinicId}/{date}")
    TherapistView overrideDay(@PathVariable @Pattern(regexp = ID_PATTERN) String therapistId,
                              @PathVariable @Pattern(regexp = ID_PATTERN) String clinicId,
                              @PathVariable LocalDate date,
                              @RequestBody @NotNull @Size(max = 4) List<@NotNull DailyHours> hours) {
        requireAdminOf(clinicId);
        return change(therapistId, therapist -> therapist.overrideDay(new ShiftOverride(date, clinicId, hours)));
    }

    @DeleteMapping("/{therapistId}/overrides/{clinicId}/{date}")
    TherapistView clearOverride(@PathVariable @Pattern(regexp = ID_PATTERN) String therapistId,
                                @PathVariable @Pattern(regexp = ID_PATTERN) String clinicId,
                                @PathVariable LocalDate date) {
        requireAdminOf(clinicId);
        return change(therapistId, therapist -> therapist.clearOverride(date, clinicId));
    }

    @PostMapping("/{therapistId}/time-off")
    @ResponseStatus(HttpStatus.CREATED)
    TherapistView takeTimeOff(@PathVariable @Pattern(regexp = ID_PATTERN) String therapistId,
                              @Valid @RequestBody TimeOffRequest request) {
        return change(therapistId, therapist -> therapist.takeTimeOff(request.firstDay(), request.lastDay()));
    }

    @DeleteMapping("/{therapistId}/time-off/{timeOffId}")
    TherapistView cancelTimeOff(@PathVariable @Pattern(regexp = ID_PATTERN) String therapistId,
                                @PathVariable @Pattern(regexp = ID_PATTERN) String timeOffId) {
        return change(therapistId, therapist -> {
            if (!therapist.cancelTimeOff(timeOffId)) {
                throw new NotFoundException("time off", timeOffId);
            }
        });
    }

    private TherapistView change(String therapistId, Consumer<Therapist> change) {
        Therapist therapist = therapists.get(therapistId);
        change.accept(therapist);
        return TherapistView.of(therapists.save(therapist));
    }

    /** A clinic admin manages shifts at their own clinics only; any other clinic does not exist for them. */
    private void requireAdminOf(String clinicId) {
        clinics.get(clinicId);
        if (!StaffMember.require().worksAt(clinicId)) {
            throw new NotFoundException("clinic", clinicId);
        }
    }

    record ProfileRequest(@NotBlank @Size(max = 120) String name, @NotEmpty Set<@NotNull Skill> skills) {
    }

    record TimeOffRequest(@NotNull LocalDate firstDay, @NotNull LocalDate lastDay) {
    }

    record TherapistView(String id, long version, String name, Set<Skill> skills, boolean active, List<Shift> shifts,
                         List<ShiftOverride> overrides, List<TimeOff> timeOff) {
        static TherapistView of(Therapist therapist) {
            return new TherapistView(therapist.id(), therapist.version(), therapist.name(), therapist.skills(),
                    therapist.active(), therapist.shifts(), therapist.overrides(), therapist.timeOff());
        }
    }
}
