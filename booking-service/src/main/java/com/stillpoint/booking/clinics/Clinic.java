package com.stillpoint.booking.clinics;

import com.stillpoint.contracts.booking.ClinicChanged;
import com.stillpoint.platform.aggregate.AggregateRoot;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A location of the chain, in its own time zone, with its rooms and its cancellation policy. */
public class Clinic extends AggregateRoot {

    private String name;
    private ZoneId zone;
    private String address;
    private String phone;
    private List<Room> rooms;
    private Duration lateCancelWindow;

    private Clinic() {
    }

    private Clinic(String id, String chainId) {
        super(id, chainId);
    }

    public static Clinic open(String id, String chainId, ClinicDetails details, Clock clock) {
        Clinic clinic = new Clinic(id, chainId);
        clinic.apply(details, clock);
        return clinic;
    }

    public void revise(ClinicDetails details, Clock clock) {
        apply(details, clock);
    }

    private void apply(ClinicDetails details, Clock clock) {
        name = details.name();
        zone = details.zone();
        address = details.address();
        phone = details.phone();
        rooms = List.copyOf(details.rooms());
        lateCancelWindow = details.lateCancelWindow();
        registerEvent(new ClinicChanged(UUID.randomUUID(), clock.instant(), chainId(), id(), name, zone, phone, address));
    }

    public Optional<Room> room(String roomId) {
        return rooms.stream().filter(room -> room.id().equals(roomId)).findFirst();
    }

    public List<Room> roomsOfType(RoomType type) {
        return rooms.stream().filter(room -> room.type() == type).toList();
    }

    public String name() {
        return name;
    }

    public ZoneId zone() {
        return zone;
    }

    public String address() {
        return address;
    }

    public String phone() {
        return phone;
    }

    public List<Room> rooms() {
        return rooms;
    }

    /** A client cancelling later than this before the start is a late cancellation under the clinic's policy. */
    public Duration lateCancelWindow() {
        return lateCancelWindow;
    }
}
