package com.stillpoint.booking.staffcalendar;

import com.stillpoint.booking.appointments.Appointment;
import com.stillpoint.booking.appointments.AppointmentStatus;
import com.stillpoint.booking.appointments.Appointments;
import com.stillpoint.booking.calendar.Claim;
import com.stillpoint.booking.calendar.Interval;
import com.stillpoint.booking.calendar.Resource;
import com.stillpoint.booking.calendar.ResourceClaims;
import com.stillpoint.booking.catalogue.Catalogue;
import com.stillpoint.booking.catalogue.ServiceOffering;
import com.stillpoint.booking.clients.Client;
import com.stillpoint.booking.clients.Clients;
import com.stillpoint.booking.clinics.Clinic;
import com.stillpoint.booking.clinics.Clinics;
import com.stillpoint.booking.clinics.Room;
import com.stillpoint.booking.intakeflags.FollowUps;
import com.stillpoint.booking.intakeflags.IntakeStatus;
import com.stillpoint.booking.intakeflags.IntakeStatuses;
import com.stillpoint.booking.therapists.Therapist;
import com.stillpoint.booking.therapists.Therapists;
import com.stillpoint.booking.web.SessionTime;
import com.stillpoint.platform.security.StaffMember;
import com.stillpoint.platform.security.StaffRole;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the staff calendar the way bookings are kept: from the claims on the rooms of the clinics shown (or on the
 * therapist's own time, for a therapist), by {@code _id}, then the appointments behind them, by {@code _id}. Only
 * appointments that still hold their claim show, so a cancelled or moved booking never lingers.
 */
@Component
class StaffCalendar {

    private static final Set<AppointmentStatus> SHOWN = EnumSet.of(AppointmentStatus.BOOKED,
            AppointmentStatus.CHECKED_IN, AppointmentStatus.COMPLETED, AppointmentStatus.NO_SHOW);

    private final ResourceClaims resourceClaims;
    private final Appointments appointments;
    private final Clinics clinics;
    private final Therapists therapists;
    private final Catalogue catalogue;
    private final Clients clients;
    private final IntakeStatuses intakeStatuses;
    private final FollowUps followUps;

    StaffCalendar(ResourceClaims resourceClaims, Appointments appointments, Clinics clinics, Therapists therapists,
                  Catalogue catalogue, Clients clients, IntakeStatuses intakeStatuses, FollowUps followUps) {
        this.resourceClaims = resourceClaims;
        this.appointments = appointments;
        this.clinics = clinics;
        this.therapists = therapists;
        this.catalogue = catalogue;
        this.clients = clients;
        this.intakeStatuses = intakeStatuses;
        this.followUps = followUps;
    }

    /** The clinics the staff member may see: a chain admin all, the desk and clinic admins their own. */
    List<Clinic> clinicsOf(StaffMember staff) {
        return clinics.all().stream().filter(clinic -> staff.worksAt(clinic.id())).toList();
    }

    /**
     * @param shown the clinics to show; a therapist sees their own sessions wherever they are
     */
    List<CalendarDay> read(StaffMember staff, List<Clinic> shown, LocalDate from, int days) {
        boolean ownSessionsOnly = staff.has(StaffRole.THERAPIST) && !staff.hasAny(EnumSet.of(StaffRole.FRONT_DESK,
                StaffRole.CLINIC_ADMIN, StaffRole.CHAIN_ADMIN));
        Set<String> keys = new LinkedHashSet<>();
        if (ownSessionsOnly) {
            keys.add(Resource.therapistKey(staff.therapistId()));
        } else {
            shown.forEach(clinic -> clinic.rooms().forEach(room -> keys.add(Resource.roomKey(room.id()))));
        }
        List<ZoneId> zones = shown.isEmpty() ? List.of(ZoneId.of("UTC")) : shown.stream().map(Clinic::zone).toList();
        Interval range = new Interval(
                zones.stream().map(zone -> from.atStartOfDay(zone).toInstant()).min(Comparator.naturalOrder()).orElseThrow(),
                zones.stream().map(zone -> from.plusDays(days).atStartOfDay(zone).toInstant()).max(Comparator.naturalOrder()).orElseThrow());
        Map<String, Claim> claimById = new HashMap<>();
        resourceClaims.claimsOn(keys, range).values().forEach(claims -> claims.forEach(claim ->
                claimById.putIfAbsent(claim.appointmentId() + "#" + claim.generation(), claim)));
        Set<String> shownClinics = shown.stream().map(Clinic::id).collect(Collectors.toSet());
        List<Appointment> sessions = appointments.findAll(claimById.values().stream().map(Claim::appointmentId)
                        .distinct().toList()).stream()
                .filter(appointment -> SHOWN.contains(appointment.status()))
                .filter(appointment -> claimById.containsKey(appointment.id() + "#" + appointment.generation()))
                .filter(appointment -> ownSessionsOnly || shownClinics.contains(appointment.placement().clinicId()))
                .filter(appointment -> !appointment.sessionDay().isBefore(from)
                        && appointment.sessionDay().isBefore(from.plusDays(days)))
                .sorted(Comparator.comparing(appointment -> appointment.placement().startsAt()))
                .toList();
        return byDay(sessions, from, days);
    }

    private List<CalendarDay> byDay(List<Appointment> sessions, LocalDate from, int days) {
        Map<String, Clinic> clinicById = clinics.all().stream().collect(Collectors.toMap(Clinic::id, Function.identity()));
        Map<String, String> therapistNames = therapists.findAll(sessions.stream()
                        .map(session -> session.placement().therapistId()).distinct().toList()).stream()
                .collect(Collectors.toMap(Therapist::id, Therapist::name));
        Map<String, String> clientNames = clients.findAll(sessions.stream().map(Appointment::clientId).distinct()
                .toList()).stream().collect(Collectors.toMap(Client::id, Client::shortName));
        Map<String, String> serviceNames = catalogue.all().stream()
                .collect(Collectors.toMap(ServiceOffering::id, ServiceOffering::name));
        Map<String, IntakeStatus> intake = intakeStatuses.of(sessions.stream().map(Appointment::id).toList());
        Set<String> followUp = followUps.flaggedAmong(sessions.stream().map(Appointment::clientId).distinct().toList());

        Map<LocalDate, List<CalendarEntry>> entries = new LinkedHashMap<>();
        for (LocalDate day = from; day.isBefore(from.plusDays(days)); day = day.plusDays(1)) {
            entries.put(day, new ArrayList<>());
        }
        for (Appointment session : sessions) {
            Clinic clinic = clinicById.get(session.placement().clinicId());
            List<String> flags = new ArrayList<>();
            if (intake.containsKey(session.id()) && intake.get(session.id()).flag() != null) {
                flags.add(intake.get(session.id()).flag());
            }
            if (followUp.contains(session.clientId())) {
                flags.add("Needs follow-up");
            }
            LocalDateTime start = LocalDateTime.ofInstant(session.placement().startsAt(), session.zone());
            LocalDateTime end = LocalDateTime.ofInstant(session.placement().endsAt(), session.zone());
            entries.get(session.sessionDay()).add(new CalendarEntry(session.id(), session.placement().startsAt(),
                    SessionTime.time(start) + " – " + SessionTime.time(end),
                    clinic == null ? "" : clinic.name(),
                    therapistNames.getOrDefault(session.placement().therapistId(), ""),
                    clientNames.getOrDefault(session.clientId(), ""),
                    serviceNames.getOrDefault(session.serviceId(), ""),
                    clinic == null ? "" : clinic.room(session.placement().roomId()).map(Room::name).orElse(""),
                    status(session), flags));
        }
        return entries.entrySet().stream().map(day -> new CalendarDay(
                SessionTime.of(day.getKey().atTime(12, 0), ZoneId.of("UTC")).date(), day.getKey().toString(),
                day.getValue())).toList();
    }

    private static String status(Appointment session) {
        return switch (session.status()) {
            case BOOKED -> session.confirmation().isPresent() ? "Confirmed" : "Booked";
            case CHECKED_IN -> "Checked in";
            case COMPLETED -> "Completed";
            case NO_SHOW -> "No-show";
            default -> session.status().name();
        };
    }
}
