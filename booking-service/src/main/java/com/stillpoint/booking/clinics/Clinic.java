package com.stillpoint.booking.clinics;

import com.stillpoint.booking.calendar.DailyHours;
import com.stillpoint.booking.calendar.WeeklyHours;
import com.stillpoint.contracts.booking.ClinicChanged;
import com.stillpoint.platform.aggregate.AggregateRoot;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A location of the chain, in its own time zone, with its rooms, its opening hours and its booking policy:
 * the late-cancel window, the minimum notice and the booking horizon for clients.
 */
public class Clinic extends AggregateRoot {

    private String name;
    private ZoneId zone;
    private String address;
    private String phone;
    private List<Room> rooms;
    private List<WeeklyHours> openingHours;
    private List<LocalDate> closures;
    private Duration lateCancelWindow;
    private Duration minimumNotice;
    private Duration bookingHorizon;

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
        rooms = details.rooms();
        openingHours = details.openingHours();
        closures = details.closures();
        lateCancelWindow = details.lateCancelWindow();
        minimumNotice = details.minimumNotice();
        bookingHorizon = details.bookingHorizon();
        registerEvent(new ClinicChanged(UUID.randomUUID(), clock.instant(), chainId(), id(), name, zone, phone, address));
    }

    /** The hours the clinic is open on a date of its own calendar: none on a closure date. */
    public List<DailyHours> openOn(LocalDate date) {
        if (closures.contains(date)) {
            return List.of();
        }
        return openingHours.stream().filter(hours -> hours.day() == date.getDayOfWeek()).map(WeeklyHours::hours).toList();
    }

    public Optional<Room> room(String roomId) {
        return rooms.stream().filter(room -> room.id().equals(roomId)).findFirst();
    }

    public List<Room> roomsOfType(RoomType type) {
        return rooms.stream().filter(room -> room.type() == type).toList();
    }

    public ClinicDetails details() {
        return new ClinicDetails(name, zone, address, phone, rooms, openingHours, closures, lateCancelWindow,
                minimumNotice, bookingHorizon);
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

    /** Clients book at least this long before a session starts. */
    public Duration minimumNotice() {
        return minimumNotice;
    }

    /** Clients book at most this far ahead. */
    public Duration bookingHorizon() {
        return bookingHorizon;
    }
}
