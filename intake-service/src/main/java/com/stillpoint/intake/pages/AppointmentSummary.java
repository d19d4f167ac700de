package com.stillpoint.intake.pages;

import com.stillpoint.platform.reference.ClinicProfile;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** A session as a client page names it: the clinic and the clinic's local date and time, with its zone. */
record AppointmentSummary(String clinicName, String date, String time, String zone) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.CANADA);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.CANADA);

    static AppointmentSummary of(Instant startsAt, ZoneId clinicZone, ClinicProfile clinic) {
        ZonedDateTime start = startsAt.atZone(clinicZone);
        return new AppointmentSummary(clinic == null ? "your clinic" : clinic.name(), DATE.format(start),
                TIME.format(start), clinicZone.getDisplayName(TextStyle.FULL, Locale.CANADA));
    }
}
