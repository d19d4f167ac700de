package com.stillpoint.booking.appointments;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDateTime;

/** Booking and cancelling, for the front desk and other staff tools. */
@RestController
@RequestMapping("/api/appointments")
class AppointmentController {

    private static final String ID_PATTERN = "[A-Za-z0-9._-]{1,64}";

    private final AppointmentBooking booking;
    private final Appointments appointments;
    private final AppointmentAccess access;

    AppointmentController(AppointmentBooking booking, Appointments appointments, AppointmentAccess access) {
        this.booking = booking;
        this.appointments = appointments;
        this.access = access;
    }

    /**
     * Books an appointment. Send a fresh {@code Idempotency-Key} per booking attempt and reuse it on retries:
     * a retry gets the same appointment (200) instead of a second one (201).
     */
    @PostMapping
    ResponseEntity<AppointmentView> book(
            @RequestHeader("Idempotency-Key") @Pattern(regexp = "[A-Za-z0-9_-]{8,128}") String idempotencyKey,
            @Valid @RequestBody BookRequest request) {
        access.requireDeskAt(request.clinicId());
        BookingOutcome outcome = booking.book(request.toBookingRequest(), idempotencyKey);
        AppointmentView view = AppointmentView.of(outcome.appointment());
        return outcome.replayed()
                ? ResponseEntity.ok(view)
                : ResponseEntity.created(URI.create("/api/appointments/" + view.id())).body(view);
    }

    @GetMapping("/{appointmentId}")
    AppointmentView get(@PathVariable String appointmentId) {
        return AppointmentView.of(access.requireVisible(appointments.get(appointmentId)));
    }

    @PostMapping("/{appointmentId}/cancellation")
    AppointmentView cancel(@PathVariable String appointmentId, @Valid @RequestBody CancelRequest request) {
        access.requireVisible(appointments.get(appointmentId));
        return AppointmentView.of(booking.cancel(appointmentId, request.cancelledBy(), request.reason()));
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
}
