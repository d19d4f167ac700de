package com.stillpoint.booking.clinics;

import com.stillpoint.booking.calendar.DailyHours;
import com.stillpoint.booking.calendar.WeeklyHours;
import com.stillpoint.platform.problem.InvalidInputException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything an administrator sets on a clinic.
 *
 * @param openingHours     when the clinic is open, per day of the week, on its own wall clock
 * @param closures         dates it is closed although the week says open (holidays)
 * @param lateCancelWindow a client cancelling later than this before the start cancels late
 * @param minimumNotice    clients cannot book a session starting sooner than this
 * @param bookingHorizon   clients cannot book further ahead than this
 */
public record ClinicDetails(String name, ZoneId zone, String address, String phone, List<Room> rooms,
                            List<WeeklyHours> openingHours, List<LocalDate> closures, Duration lateCancelWindow,
                            Duration minimumNotice, Duration bookingHorizon) {

    public ClinicDetails {
        rooms = List.copyOf(rooms);
        openingHours = List.copyOf(openingHours);
        closures = List.copyOf(closures);
        Set<String> roomIds = new HashSet<>();
        rooms.forEach(room -> {
            if (!roomIds.add(room.id())) {
                throw new InvalidInputException("Room " + room.id() + " is listed twice");
            }
        });
        for (DayOfWeek day : DayOfWeek.values()) {
            DailyHours.requireDisjoint(openingHours.stream().filter(hours -> hours.day() == day)
                    .map(WeeklyHours::hours).toList(), "Opening hours on " + day);
        }
        requireNotNegative(lateCancelWindow, "The late-cancel window");
        requireNotNegative(minimumNotice, "The minimum notice");
        if (bookingHorizon == null || bookingHorizon.compareTo(Duration.ofDays(1)) < 0
                || bookingHorizon.compareTo(Duration.ofDays(730)) > 0) {
            throw new InvalidInputException("The booking horizon is between 1 and 730 days");
        }
    }

    private static void requireNotNegative(Duration duration, String what) {
        if (duration == null || duration.isNegative()) {
            throw new InvalidInputException(what + " cannot be negative");
        }
    }
}
