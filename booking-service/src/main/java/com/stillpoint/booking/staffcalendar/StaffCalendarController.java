package com.stillpoint.booking.staffcalendar;

import com.stillpoint.booking.clinics.Clinic;
import com.stillpoint.booking.web.Pages;
import com.stillpoint.platform.problem.NotFoundException;
import com.stillpoint.platform.security.StaffMember;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * The staff calendar: a day or a week across the clinics a staff member works at (or one of them), every
 * therapist's sessions with the intake flags staff act on. Therapists see their own sessions.
 */
@Controller
@Pages
class StaffCalendarController {

    private final StaffCalendar calendar;
    private final Clock clock;

    StaffCalendarController(StaffCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/staff/calendar")
    String calendar(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                    @RequestParam(defaultValue = "day") String view,
                    @RequestParam(required = false) String clinic, Model model) {
        StaffMember staff = StaffMember.require();
        List<Clinic> visible = calendar.clinicsOf(staff);
        List<Clinic> shown = clinic == null || clinic.isBlank() ? visible
                : List.of(visible.stream().filter(candidate -> candidate.id().equals(clinic)).findFirst()
                .orElseThrow(() -> new NotFoundException("clinic", clinic)));
        boolean week = "week".equals(view);
        LocalDate day = date != null ? date
                : LocalDate.now(clock.withZone(shown.isEmpty() ? java.time.ZoneOffset.UTC : shown.get(0).zone()));
        LocalDate from = week ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
        int days = week ? 7 : 1;
        model.addAttribute("staffName", staff.name());
        model.addAttribute("clinics", visible);
        model.addAttribute("clinic", clinic);
        model.addAttribute("week", week);
        model.addAttribute("date", day);
        model.addAttribute("previous", from.minusDays(days));
        model.addAttribute("next", from.plusDays(days));
        model.addAttribute("days", calendar.read(staff, shown, from, days));
        return "staff/calendar";
    }
}
