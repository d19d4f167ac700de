package com.stillpoint.intake.staff;

import com.stillpoint.contracts.intake.IntakeReadiness;
import com.stillpoint.intake.clients.ClientNames;
import com.stillpoint.intake.protection.Access;
import com.stillpoint.intake.protection.ReadPurpose;
import com.stillpoint.intake.records.IntakeReading;
import com.stillpoint.intake.requests.IntakeRequest;
import com.stillpoint.intake.requests.IntakeRequesting;
import com.stillpoint.intake.requests.IntakeRequests;
import com.stillpoint.intake.surveys.PlanOutcomes;
import com.stillpoint.intake.surveys.TreatmentPlan;
import com.stillpoint.intake.surveys.TreatmentPlans;
import com.stillpoint.platform.problem.NotFoundException;
import com.stillpoint.platform.security.StaffMember;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The therapist's pages: their upcoming sessions with intake status, a client's intake (an audited read) with the
 * review to acknowledge, and a plan's outcome trend as small charts.
 */
@Controller
class StaffPagesController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, h:mm a", Locale.CANADA);

    private final IntakeRequests requests;
    private final IntakeRequesting requesting;
    private final IntakeReading reading;
    private final TreatmentPlans plans;
    private final PlanOutcomes outcomes;
    private final ClientNames clientNames;
    private final StaffAccess access;
    private final Clock clock;

    StaffPagesController(IntakeRequests requests, IntakeRequesting requesting, IntakeReading reading,
                         TreatmentPlans plans, PlanOutcomes outcomes, ClientNames clientNames, StaffAccess access,
                         Clock clock) {
        this.requests = requests;
        this.requesting = requesting;
        this.reading = reading;
        this.plans = plans;
        this.outcomes = outcomes;
        this.clientNames = clientNames;
        this.access = access;
        this.clock = clock;
    }

    /** A line of the therapist's upcoming sessions. */
    record SessionRow(String appointmentId, String when, String client, String readiness, boolean hasIntake) {
    }

    /** A line of the therapist's treatment plans. */
    record PlanRow(String planId, String client, boolean needsAttention) {
    }

    @GetMapping("/staff")
    String home(Model model) {
        StaffMember staff = StaffMember.require();
        if (staff.therapistId() == null) {
            throw new NotFoundException("therapist of", staff.username());
        }
        model.addAttribute("staff", staff);
        model.addAttribute("sessions", requests.upcomingOfTherapist(staff.therapistId(), clock.instant()).stream()
                .map(request -> new SessionRow(request.appointmentId(),
                        WHEN.format(request.appointmentStartsAt().atZone(request.clinicZone())),
                        clientNames.of(request.clientId()), request.readiness().name(), request.intake() != null))
                .toList());
        model.addAttribute("plans", plans.ofTherapist(staff.therapistId()).stream()
                .map(plan -> new PlanRow(plan.id(), clientNames.of(plan.clientId()), outcomes.needsAttention(plan.id())))
                .toList());
        return "staff/home";
    }

    @GetMapping("/staff/intakes/{appointmentId}")
    String intake(@PathVariable String appointmentId, Model model) {
        IntakeRequest request = access.requireTherapistOf(requests.get(appointmentId));
        model.addAttribute("client", clientNames.of(request.clientId()));
        model.addAttribute("when", WHEN.format(request.appointmentStartsAt().atZone(request.clinicZone())));
        model.addAttribute("status", IntakeStatusView.of(request));
        model.addAttribute("intake", request.intake() == null ? null : IntakeAnswersView.of(request,
                reading.read(request, Access.staff(StaffMember.require(), ReadPurpose.SESSION_PREPARATION))));
        return "staff/intake";
    }

    @PostMapping("/staff/intakes/{appointmentId}/review")
    String acknowledgeReview(@PathVariable String appointmentId) {
        IntakeRequest request = access.requireTherapistOf(requests.get(appointmentId));
        if (request.readiness() == IntakeReadiness.REVIEW_NEEDED) {
            StaffMember staff = StaffMember.require();
            requesting.acknowledgeReview(request.appointmentId(), staff.therapistId(), staff.username());
        }
        return "redirect:/staff/intakes/" + appointmentId;
    }

    @GetMapping("/staff/plans/{planId}")
    String plan(@PathVariable String planId, Model model) {
        TreatmentPlan plan = access.requireTreating(plans.find(planId)
                .orElseThrow(() -> new NotFoundException("treatment plan", planId)));
        OutcomesView view = OutcomesView.of(plan, outcomes.trendOf(plan,
                Access.staff(StaffMember.require(), ReadPurpose.OUTCOME_REVIEW)));
        model.addAttribute("client", clientNames.of(plan.clientId()));
        model.addAttribute("outcomes", view);
        model.addAttribute("charts", TrendChart.of(view));
        return "staff/plan";
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "staff/not-found";
    }
}
