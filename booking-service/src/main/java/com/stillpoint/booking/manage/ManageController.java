package com.stillpoint.booking.manage;

import com.stillpoint.booking.appointments.Appointment;
import com.stillpoint.booking.appointments.AppointmentLifecycle;
import com.stillpoint.booking.appointments.AppointmentRescheduling;
import com.stillpoint.booking.appointments.Appointments;
import com.stillpoint.booking.appointments.CancelledBy;
import com.stillpoint.booking.appointments.ConfirmedVia;
import com.stillpoint.booking.appointments.ManageLinks;
import com.stillpoint.booking.availability.AvailabilitySearch;
import com.stillpoint.booking.availability.Slot;
import com.stillpoint.booking.availability.SlotQuery;
import com.stillpoint.booking.clinics.Clinic;
import com.stillpoint.booking.clinics.Clinics;
import com.stillpoint.booking.web.Pages;
import com.stillpoint.booking.web.SessionTime;
import com.stillpoint.platform.links.ClientLinkSecurity;
import com.stillpoint.platform.problem.ConflictException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A client's own appointment, inside the session their manage link opened: see it on the clinic's clock, confirm
 * it, cancel it (with the clinic's late-cancel policy shown first), or move it to another free time. The session is
 * for one appointment; nothing else can be reached from it.
 */
@Controller
@Pages
@RequestMapping("/manage/appointment")
class ManageController {

    private static final int DAYS_SHOWN = 7;

    private final Appointments appointments;
    private final ClientAppointments clientAppointments;
    private final AppointmentLifecycle lifecycle;
    private final AppointmentRescheduling rescheduling;
    private final AvailabilitySearch availability;
    private final Clinics clinics;
    private final Clock clock;

    ManageController(Appointments appointments, ClientAppointments clientAppointments, AppointmentLifecycle lifecycle,
                     AppointmentRescheduling rescheduling, AvailabilitySearch availability, Clinics clinics,
                     Clock clock) {
        this.appointments = appointments;
        this.clientAppointments = clientAppointments;
        this.lifecycle = lifecycle;
        this.rescheduling = rescheduling;
        this.availability = availability;
        this.clinics = clinics;
        this.clock = clock;
    }

    @GetMapping
    String show(@RequestParam(required = false) String done, Model model) {
        model.addAttribute("appointment", clientAppointments.summaryOf(appointmentId()));
        model.addAttribute("done", done == null ? null : switch (done) {
            case "confirmed" -> "Thank you: your appointment is confirmed.";
            case "cancelled" -> "Your appointment is cancelled.";
            case "rescheduled" -> "Your appointment has moved. A new confirmation is on its way.";
            default -> null;
        });
        return "manage/appointment";
    }

    @PostMapping("/confirmation")
    View confirm() {
        requireChangeable();
        lifecycle.confirm(appointmentId(), ConfirmedVia.LINK);
        return back("confirmed");
    }

    @GetMapping("/cancel")
    String cancelPage(Model model) {
        model.addAttribute("appointment", clientAppointments.summaryOf(appointmentId()));
        return "manage/cancel";
    }

    @PostMapping("/cancel")
    View cancel() {
        requireChangeable();
        lifecycle.cancel(appointmentId(), CancelledBy.CLIENT, null);
        return back("cancelled");
    }

    @GetMapping("/reschedule")
    String reschedulePage(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @RequestParam(required = false) Boolean anyTherapist, Model model) {
        return showTimes(model, from, Boolean.TRUE.equals(anyTherapist), null);
    }

    @PostMapping("/reschedule")
    Object reschedule(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime start,
                      @RequestParam String therapist, Model model, HttpServletResponse response) {
        Appointment appointment = requireChangeable();
        String clinicId = appointment.placement().clinicId();
        try {
            if (!availability.offers(clinicId, appointment.serviceId(), therapist, start, appointment.id())) {
                throw new ConflictException("slot-taken", "That time was just taken.");
            }
            rescheduling.reschedule(appointment.id(), clinicId, therapist, null, start);
        } catch (ConflictException taken) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return showTimes(model, start.toLocalDate(), !therapist.equals(appointment.placement().therapistId()),
                    "Sorry, that time was just taken. Your appointment has not changed; please choose another time.");
        }
        return back("rescheduled");
    }

    private String showTimes(Model model, LocalDate requestedFrom, boolean anyTherapist, String notice) {
        Appointment appointment = appointments.get(appointmentId());
        Clinic clinic = clinics.get(appointment.placement().clinicId());
        LocalDate today = LocalDate.now(clock.withZone(clinic.zone()));
        LocalDate from = requestedFrom == null || requestedFrom.isBefore(today) ? today : requestedFrom;
        SlotQuery query = SlotQuery.at(clinic.id(), appointment.serviceId(), from, from.plusDays(DAYS_SHOWN - 1),
                SlotQuery.Rules.CLIENT).ignoring(appointment.id());
        if (!anyTherapist) {
            query = query.withTherapist(appointment.placement().therapistId());
        }
        Map<LocalDate, List<TimeChoice>> byDay = new LinkedHashMap<>();
        for (Slot slot : availability.search(query)) {
            if (!slot.startsAt().equals(appointment.placement().startsAt())) {
                byDay.computeIfAbsent(slot.start().toLocalDate(), day -> new ArrayList<>()).add(TimeChoice.of(slot));
            }
        }
        model.addAttribute("appointment", clientAppointments.summaryOf(appointment.id()));
        model.addAttribute("days", byDay.entrySet().stream().map(day -> new TimeDay(
                SessionTime.of(day.getKey().atTime(12, 0), clinic.zone()).date(), day.getValue())).toList());
        model.addAttribute("anyTherapist", anyTherapist);
        model.addAttribute("from", from);
        model.addAttribute("earlier", from.isAfter(today) ? from.minusDays(DAYS_SHOWN) : null);
        model.addAttribute("later", from.plusDays(DAYS_SHOWN));
        model.addAttribute("notice", notice);
        return "manage/reschedule";
    }

    private Appointment requireChangeable() {
        Appointment appointment = appointments.get(appointmentId());
        if (!clientAppointments.changeable(appointment)) {
            throw new ConflictException("not-changeable", "This appointment can no longer be changed online.");
        }
        return appointment;
    }

    private static String appointmentId() {
        return ManageLinks.appointmentIdOf(ClientLinkSecurity.currentGrant().orElseThrow().subjectId());
    }

    private static View back(String done) {
        RedirectView view = new RedirectView("/manage/appointment?done=" + done, true);
        view.setStatusCode(HttpStatus.SEE_OTHER);
        return view;
    }

    record TimeChoice(String start, String time, String therapistId, String therapistName) {
        static TimeChoice of(Slot slot) {
            return new TimeChoice(slot.start().toString(), SessionTime.time(slot.start()), slot.therapistId(),
                    slot.therapistName());
        }
    }

    record TimeDay(String label, List<TimeChoice> times) {
    }
}
