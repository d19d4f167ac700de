package com.stillpoint.booking.plans;

import com.stillpoint.booking.appointments.Appointment;
import com.stillpoint.booking.appointments.AppointmentAccess;
import com.stillpoint.booking.appointments.Appointments;
import com.stillpoint.booking.appointments.CancelledBy;
import com.stillpoint.platform.problem.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Treatment plans: booked all or nothing, with their progress, and cancelled from a date on. A plan whose sessions
 * are partly taken is a 409 {@code plan-conflict} listing the taken sessions with alternatives for each; send
 * {@code acceptAlternatives: true} to book with the first alternative of each instead.
 */
@RestController
@RequestMapping("/api/treatment-plans")
@Validated
class PlanController {

    private static final String ID_PATTERN = "[A-Za-z0-9._-]{1,64}";

    private final PlanBooking booking;
    private final PlanCancellation cancellation;
    private final TreatmentPlans plans;
    private final Appointments appointments;
    private final AppointmentAccess access;

    PlanController(PlanBooking booking, PlanCancellation cancellation, TreatmentPlans plans,
                   Appointments appointments, AppointmentAccess access) {
        this.booking = booking;
        this.cancellation = cancellation;
        this.plans = plans;
        this.appointments = appointments;
        this.access = access;
    }

    @PostMapping
    ResponseEntity<PlanView> book(
            @RequestHeader("Idempotency-Key") @Pattern(regexp = "[A-Za-z0-9_-]{8,128}") String idempotencyKey,
            @Valid @RequestBody BookPlanRequest request) {
        access.requireDeskAt(request.clinicId());
        PlanOutcome outcome = booking.book(request.toPlanRequest(), idempotencyKey);
        PlanView view = view(outcome.plan());
        return outcome.replayed()
                ? ResponseEntity.ok(view)
                : ResponseEntity.created(URI.create("/api/treatment-plans/" + view.id())).body(view);
    }

    @GetMapping("/{planId}")
    PlanView get(@PathVariable @Pattern(regexp = ID_PATTERN) String planId) {
        return view(visible(planId));
    }

    /** Cancels every session still booked on or after {@code from}; the ones before stay. */
    @PostMapping("/{planId}/cancellation")
    PlanView cancelFrom(@PathVariable @Pattern(regexp = ID_PATTERN) String planId,
                        @Valid @RequestBody CancelPlanRequest request) {
        access.requireDeskAt(visible(planId).clinicId());
        return view(cancellation.cancelFrom(planId, request.from(), request.cancelledBy(), request.reason()));
    }

    private TreatmentPlan visible(String planId) {
        TreatmentPlan plan = plans.get(planId);
        try {
            access.requireDeskAt(plan.clinicId());
        } catch (NotFoundException outsideTheirClinics) {
            throw new NotFoundException("treatment plan", planId);
        }
        return plan;
    }

    private PlanView view(TreatmentPlan plan) {
        Map<String, Appointment> byId = appointments.findAll(plan.sessions().stream()
                        .map(PlanSession::appointmentId).toList()).stream()
                .collect(Collectors.toMap(Appointment::id, Function.identity()));
        return PlanView.of(plan, byId);
    }

    record BookPlanRequest(
            @NotBlank @Pattern(regexp = ID_PATTERN) String clientId,
            @NotBlank @Pattern(regexp = ID_PATTERN) String clinicId,
            @NotBlank @Pattern(regexp = ID_PATTERN) String serviceId,
            @NotBlank @Pattern(regexp = ID_PATTERN) String therapistId,
            @NotNull LocalDate firstDate,
            @NotNull LocalTime time,
            @NotNull Cadence cadence,
            @NotNull @Min(4) @Max(8) Integer sessions,
            Boolean acceptAlternatives) {

        PlanRequest toPlanRequest() {
            return new PlanRequest(clientId, clinicId, serviceId, therapistId, firstDate, time, cadence, sessions,
                    Boolean.TRUE.equals(acceptAlternatives));
        }
    }

    record CancelPlanRequest(@NotNull LocalDate from, @NotNull CancelledBy cancelledBy, @Size(max = 500) String reason) {
    }
}
