package com.stillpoint.booking.appointments;

import com.stillpoint.booking.intakeflags.IntakeStatus;
import com.stillpoint.booking.intakeflags.IntakeStatuses;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Appointments for the front desk and other staff tools: booking, moving, cancelling, and the day of the session
 * (confirmation, check-in, completion, no-show). Every change returns the appointment with its new version.
 */
@RestController
@RequestMapping("/api/appointments")
@Validated
class AppointmentController {

    static final String ID_PATTERN = "[A-Za-z0-9._-]{1,64}";

    private final AppointmentBooking booking;
    private final AppointmentLifecycle lifecycle;
    private final AppointmentRescheduling rescheduling;
    private final Appointments appointments;
    private final AppointmentAccess access;
    private final IntakeStatuses intakeStatuses;

    AppointmentController(AppointmentBooking booking, AppointmentLifecycle lifecycle,
                          AppointmentRescheduling rescheduling, Appointments appointments, AppointmentAccess access,
                          IntakeStatuses intakeStatuses) {
        this.booking = booking;
        this.lifecycle = lifecycle;
        this.rescheduling = rescheduling;
        this.appointments = appointments;
        this.access = access;
        this.intakeStatuses = intakeStatuses;
    }

    /**
     * Books an appointment. Send a fresh {@code Idempotency-Key} per booking attempt and reuse it on retries:
     * a retry gets the same appointment (200) instead of a second one (201). A time that is taken is a 409
     * {@code slot-taken}.
     */
    @PostMapping
    ResponseEntity<AppointmentView> book(
            @RequestHeader("Idempotency-Key") @Pattern(regexp = "[A-Za-z0-9_-]{8,128}") String idempotencyKey,
            @Valid @RequestBody BookRequest request) {
        access.requireDeskAt(request.clinicId());
        BookingOutcome outcome = booking.book(request.toBookingRequest(), idempotencyKey);
        AppointmentView view = view(outcome.appointment());
        return outcome.replayed()
                ? ResponseEntity.ok(view)
                : ResponseEntity.created(URI.create("/api/appointments/" + view.id())).body(view);
    }

    /** A client's appointments at the clinics the caller works at, earliest first. */
    @GetMapping
    List<AppointmentView> ofClient(@RequestParam @Pattern(regexp = ID_PATTERN) String clientId) {
        return appointments.ofClient(clientId).stream()
                .filter(appointment -> appointment.status() != AppointmentStatus.PENDING
                        && appointment.status() != AppointmentStatus.ABANDONED)
                .filter(access::isDeskFor)
                .map(this::view)
                .toList();
    }

    @GetMapping("/{appointmentId}")
    AppointmentView get(@PathVariable @Pattern(regexp = ID_PATTERN) String appointmentId) {
        return view(access.requireVisible(appointments.get(appointmentId)));
    }

    @PostMapping("/{appointmentId}/cancellation")
    AppointmentView cancel(@PathVariable @Pattern(regexp = ID_PATTERN) String appointmentId,
                           @Valid @RequestBody CancelRequest request) {
        access.requireDeskFor(appointments.get(appointmentId));
        return view(lifecycle.cancel(appointmentId, request.cancelledBy(), request.reason()));
    }

    /**
     * Moves the appointment. Unnamed fields stay as they are (clinic, therapist); the room is any free one unless
     * named. If the new time is taken the answer is 409 and the appointment keeps its old time.
     */
    @PostMapping("/{appointmentId}/reschedule")
    AppointmentView reschedule(@PathVariable @Pattern(regexp = ID_PATTERN) String appointmentId,
                               @Valid @RequestBody RescheduleRequest request) {
        Appointment appointment = access.requireDeskFor(appointments.get(appointmentId));
        String clinicId = request.clinicId() == null ? appointment.placement().clinicId() : request.clinicId();
        access.requireDeskAt(clinicId);
        String therapistId = request.therapistId() == null
                ? appointment.placement().therapistId() : request.therapistId();
        return view(rescheduling.reschedule(appointmentId, clinicId, therapistId, request.roomId(), request.start()));
    }

    /** The client confirmed to the desk (by phone, say). Confirming again changes nothing. */
    @PostMapping("/{appointmentId}/confirmation")
    AppointmentView confirm(@PathVariable @Pattern(regexp = ID_PATTERN) String appointmentId) {
        access.requireDeskFor(appointments.get(appointmentId));
        return view(lifecycle.confirm(appointmentId, ConfirmedVia.FRONT_DESK));
    }

    @PostMapping("/{appointmentId}/check-in")
    AppointmentView checkIn(@PathVariable @Pattern(regexp = ID_PATTERN) String appointmentId) {
        access.requireDeskFor(appointments.get(appointmentId));
        return view(lifecycle.checkIn(appointmentId));
    }

    /** The session took place; the desk or the session's own therapist records it. */
    @PostMapping("/{appointmentId}/completion")
    AppointmentView complete(@PathVariable @Pattern(regexp = ID_PATTERN) String appointmentId) {
        access.requireVisible(appointments.get(appointmentId));
        return view(lifecycle.complete(appointmentId));
    }

    @PostMapping("/{appointmentId}/no-show")
    AppointmentView noShow(@PathVariable @Pattern(regexp = ID_PATTERN) String appointmentId) {
        access.requireDeskFor(appointments.get(appointmentId));
        return view(lifecycle.recordNoShow(appointmentId));
    }

    private AppointmentView view(Appointment appointment) {
        return AppointmentView.of(appointment,
                intakeStatuses.of(appointment.id()).map(IntakeStatus::readiness).orElse(null));
    }

    record BookRequest(
            @NotBlank @Pattern(regexp = ID_PATTERN) String clientId,
            @NotBlank @Pattern(regexp = ID_PATTERN) String clinicId,
            @NotBlank @Pattern(regexp = ID_PATTERN) String serviceId,
            @NotBlank @Pattern(regexp = ID_PATTERN) String therapistId,
            @Pattern(regexp = ID_PATTERN) String roomId,
            @NotNull LocalDateTime start) {

        BookingRequest toBookingRequest() {
            return new BookingRequest(clientId, clinicId, serviceId, therapistId, roomId, start);
        }
    }

    record CancelRequest(@NotNull CancelledBy cancelledBy, @Size(max = 500) String reason) {
    }

    record RescheduleRequest(
            @Pattern(regexp = ID_PATTERN) String clinicId,
            @Pattern(regexp = ID_PATTERN) String therapistId,
            @Pattern(regexp = ID_PATTERN) String roomId,
            @NotNull LocalDateTime start) {
    }
}
