package com.stillpoint.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * Future dates for tests. Test classes share one database, so each books in a range of days of its own:
 * <pre>
 *   +3 .. +14    pages (public booking, manage link, staff calendar)
 *   +15 .. +28   waitlist
 *   +30 .. +45   AppointmentApiTest
 *   +50 .. +52   NoDoubleBookingTest
 *   +53 .. +59   TravelBufferTest
 *   +60 .. +75   ReschedulingTest, lifecycle
 *   +76 .. +89   availability
 *   +100 .. +200 plans
 *   +300 ..      security tests
 * </pre>
 */
public final class TestCalendar {

    public static final ZoneId VANCOUVER = ZoneId.of("America/Vancouver");
    public static final ZoneId TORONTO = ZoneId.of("America/Toronto");

    private TestCalendar() {
    }

    public static LocalDate daysAhead(int days) {
        return LocalDate.now(VANCOUVER).plusDays(days);
    }

    /** The first such weekday at least this many days ahead. */
    public static LocalDate firstOnOrAfter(DayOfWeek day, int daysAhead) {
        return daysAhead(daysAhead).with(TemporalAdjusters.nextOrSame(day));
    }
}
