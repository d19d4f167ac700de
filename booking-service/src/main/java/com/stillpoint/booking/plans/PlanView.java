package com.stillpoint.booking.plans;

import com.stillpoint.booking.appointments.Appointment;
import com.stillpoint.booking.appointments.AppointmentStatus;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A treatment plan with its progress: what is done, what is coming, what was cancelled.
 *
 * @param time every session's wall-clock start in {@code zone} (alternatives excepted)
 */
record PlanView(String id, long version, PlanStatus status, String clientId, String clinicId, String therapistId,
                String serviceId, Cadence cadence, ZoneId zone, LocalTime time, List<SessionView> sessions,
                Progress progress, LocalDate cancelledFrom) {

    record SessionView(int number, LocalDateTime start, String therapistId, String appointmentId,
                       AppointmentStatus status, boolean alternative) {
    }

    /** Counts of the sessions: completed, still to come (booked or checked in), cancelled, missed. */
    record Progress(int done, int upcoming, int cancelled, int noShow) {
    }

    static PlanView of(TreatmentPlan plan, Map<String, Appointment> appointmentsById) {
        List<SessionView> sessions = plan.sessions().stream().map(session -> new SessionView(session.number(),
                session.start(), session.therapistId(), session.appointmentId(),
                appointmentsById.containsKey(session.appointmentId())
                        ? appointmentsById.get(session.appointmentId()).status() : null,
                session.alternative())).toList();
        return new PlanView(plan.id(), plan.version(), plan.status(), plan.clientId(), plan.clinicId(),
                plan.therapistId(), plan.serviceId(), plan.cadence(), plan.clinicZone(), plan.time(), sessions,
                new Progress(count(sessions, AppointmentStatus.COMPLETED),
                        count(sessions, AppointmentStatus.BOOKED) + count(sessions, AppointmentStatus.CHECKED_IN),
                        count(sessions, AppointmentStatus.CANCELLED), count(sessions, AppointmentStatus.NO_SHOW)),
                plan.cancelledFrom());
    }

    private static int count(List<SessionView> sessions, AppointmentStatus status) {
        return (int) sessions.stream().filter(session -> session.status() == status).count();
    }
}
