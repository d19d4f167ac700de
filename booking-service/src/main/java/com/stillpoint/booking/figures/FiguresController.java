package com.stillpoint.booking.figures;

import com.stillpoint.booking.appointments.Appointment;
import com.stillpoint.booking.appointments.AppointmentStatus;
import com.stillpoint.booking.appointments.Appointments;
import com.stillpoint.booking.clinics.Clinic;
import com.stillpoint.booking.clinics.Clinics;
import com.stillpoint.platform.figures.FiguresRange;
import com.stillpoint.platform.figures.FiguresReport;
import com.stillpoint.platform.figures.FiguresTally;
import com.stillpoint.platform.security.StaffMember;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Per-clinic figures for the admin console's dashboard, over the appointments that started in a range of days:
 * {@code no-show-rate}, the no-shows among the sessions that were due to happen (attended or missed; cancelled ones
 * don't count). A clinic admin gets their clinics, a chain admin every clinic of the chain.
 */
@RestController
class FiguresController {

    static final String NO_SHOW_RATE = "no-show-rate";
    private static final Set<AppointmentStatus> DUE_TO_HAPPEN =
            EnumSet.of(AppointmentStatus.CHECKED_IN, AppointmentStatus.COMPLETED, AppointmentStatus.NO_SHOW);

    private final Appointments appointments;
    private final Clinics clinics;

    FiguresController(Appointments appointments, Clinics clinics) {
        this.appointments = appointments;
        this.clinics = clinics;
    }

    @GetMapping("/api/figures")
    FiguresReport figures(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        FiguresRange range = new FiguresRange(from, to);
        FiguresTally tally = new FiguresTally();
        for (Appointment appointment : appointments.startingBetween(range.start(), range.end())) {
            if (DUE_TO_HAPPEN.contains(appointment.status())) {
                tally.count(appointment.placement().clinicId(), NO_SHOW_RATE,
                        appointment.status() == AppointmentStatus.NO_SHOW);
            }
        }
        return tally.report(range, StaffMember.require()::worksAt,
                clinicId -> clinics.find(clinicId).map(Clinic::name));
    }
}
