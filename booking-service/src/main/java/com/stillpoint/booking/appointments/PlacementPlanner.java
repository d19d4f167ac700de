package com.stillpoint.booking.appointments;

import com.stillpoint.booking.calendar.ClinicTime;
import com.stillpoint.booking.calendar.Interval;
import com.stillpoint.booking.catalogue.Catalogue;
import com.stillpoint.booking.catalogue.ServiceOffering;
import com.stillpoint.booking.clinics.Clinic;
import com.stillpoint.booking.clinics.Clinics;
import com.stillpoint.booking.clinics.Room;
import com.stillpoint.booking.therapists.Therapist;
import com.stillpoint.booking.therapists.Therapists;
import com.stillpoint.platform.problem.InvalidInputException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Works out where and when a requested session would take place: the clinic's wall-clock start as an instant, the
 * time blocked with the service's buffers, and the rooms that fit the service. It checks what a booking needs
 * before any time is claimed, so a request that can never work claims nothing.
 */
@Component
public class PlacementPlanner {

    private final Clinics clinics;
    private final Catalogue catalogue;
    private final Therapists therapists;
    private final Clock clock;

    PlacementPlanner(Clinics clinics, Catalogue catalogue, Therapists therapists, Clock clock) {
        this.clinics = clinics;
        this.catalogue = catalogue;
        this.therapists = therapists;
        this.clock = clock;
    }

    /** @param roomId a room the session must have, or {@code null} for any free room of the right type */
    public PlannedPlacement plan(String clinicId, String serviceId, String therapistId, String roomId,
                                 LocalDateTime start) {
        Clinic clinic = clinics.get(clinicId);
        ServiceOffering service = catalogue.get(serviceId);
        Therapist therapist = therapists.get(therapistId);
        if (!service.active()) {
            throw new InvalidInputException(service.name() + " is no longer offered");
        }
        if (!therapist.active()) {
            throw new InvalidInputException(therapist.name() + " no longer works here");
        }
        if (!therapist.practises(service.requiredSkills())) {
            throw new InvalidInputException(therapist.name() + " does not practise " + service.name());
        }
        List<Room> rooms = candidateRooms(clinic, service, roomId);
        Instant startsAt = ClinicTime.toInstant(start, clinic.zone());
        if (!startsAt.isAfter(clock.instant())) {
            throw new InvalidInputException("The start " + start + " is in the past");
        }
        Interval session = new Interval(startsAt, startsAt.plus(service.duration()));
        Placement placement = new Placement(clinic.id(), clinic.zone(), therapist.id(), rooms.get(0).id(), session,
                session.widen(service.bufferBefore(), service.bufferAfter()));
        return new PlannedPlacement(clinic, service, therapist, placement, rooms);
    }

    private static List<Room> candidateRooms(Clinic clinic, ServiceOffering service, String requestedRoomId) {
        if (requestedRoomId != null) {
            Room room = clinic.room(requestedRoomId).orElseThrow(() ->
                    new InvalidInputException("Clinic " + clinic.name() + " has no room " + requestedRoomId));
            if (room.type() != service.roomType()) {
                throw new InvalidInputException(service.name() + " needs a " + service.roomType() + " room");
            }
            return List.of(room);
        }
        List<Room> rooms = clinic.roomsOfType(service.roomType());
        if (rooms.isEmpty()) {
            throw new InvalidInputException("Clinic " + clinic.name() + " has no " + service.roomType() + " room");
        }
        return rooms;
    }
}
