package com.stillpoint.intake.figures;

import com.stillpoint.intake.requests.IntakeRequest;
import com.stillpoint.intake.requests.IntakeRequests;
import com.stillpoint.intake.surveys.Survey;
import com.stillpoint.intake.surveys.Surveys;
import com.stillpoint.platform.figures.FiguresRange;
import com.stillpoint.platform.figures.FiguresReport;
import com.stillpoint.platform.figures.FiguresTally;
import com.stillpoint.platform.reference.ClinicDirectory;
import com.stillpoint.platform.security.StaffMember;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Per-clinic figures for the admin console's dashboard, over the sessions that start in a range of days:
 * <ul>
 *   <li>{@code intake-before-session}: sessions whose client had completed intake and consent before the start (for
 *       a session still ahead: has completed them already), among the sessions not cancelled;</li>
 *   <li>{@code survey-response-rate}: follow-up surveys sent about those sessions that the client answered.</li>
 * </ul>
 * Counts only, never an answer. A clinic admin gets their clinics, a chain admin every clinic of the chain.
 */
@RestController
class FiguresController {

    static final String INTAKE_BEFORE_SESSION = "intake-before-session";
    static final String SURVEY_RESPONSE_RATE = "survey-response-rate";

    private final IntakeRequests requests;
    private final Surveys surveys;
    private final Clock clock;
    private final ClinicDirectory clinics;

    FiguresController(IntakeRequests requests, Surveys surveys, Clock clock, ClinicDirectory clinics) {
        this.requests = requests;
        this.surveys = surveys;
        this.clock = clock;
        this.clinics = clinics;
    }

    @GetMapping("/api/figures")
    FiguresReport figures(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        FiguresRange range = new FiguresRange(from, to);
        Instant now = clock.instant();
        FiguresTally tally = new FiguresTally();
        for (IntakeRequest request : requests.startingBetween(range.start(), range.end())) {
            tally.count(request.clinicId(), INTAKE_BEFORE_SESSION, request.completedBeforeStart());
        }
        for (Survey survey : surveys.ofSessionsBetween(range.start(), range.end())) {
            if (survey.wasSentBy(now)) {
                tally.count(survey.clinicId(), SURVEY_RESPONSE_RATE, survey.isSubmitted());
            }
        }
        return tally.report(range, StaffMember.require()::worksAt, clinics::nameOf);
    }
}
