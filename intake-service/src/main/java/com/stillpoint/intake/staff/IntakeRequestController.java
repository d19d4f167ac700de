package com.stillpoint.intake.staff;

import com.stillpoint.intake.protection.Access;
import com.stillpoint.intake.protection.ReadPurpose;
import com.stillpoint.intake.records.IntakeReading;
import com.stillpoint.intake.requests.IntakeRequesting;
import com.stillpoint.intake.requests.IntakeRequests;
import com.stillpoint.platform.security.StaffMember;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** An appointment's intake: its status for the desk, its answers and the review for its therapist. */
@RestController
@RequestMapping("/api/intake-requests/{appointmentId}")
class IntakeRequestController {

    private final IntakeRequests requests;
    private final IntakeRequesting requesting;
    private final IntakeReading reading;
    private final StaffAccess access;

    IntakeRequestController(IntakeRequests requests, IntakeRequesting requesting, IntakeReading reading,
                            StaffAccess access) {
        this.requests = requests;
        this.requesting = requesting;
        this.reading = reading;
        this.access = access;
    }

    @GetMapping
    IntakeStatusView status(@PathVariable String appointmentId) {
        return IntakeStatusView.of(access.requireStatusVisible(requests.get(appointmentId)));
    }

    /** Sends the client a new link; earlier links stop working. 409 if the client has nothing left to do. */
    @PostMapping("/link")
    @ResponseStatus(HttpStatus.ACCEPTED)
    IntakeStatusView newLink(@PathVariable String appointmentId) {
        access.requireDeskAt(requests.get(appointmentId));
        requesting.reissueLink(appointmentId);
        return IntakeStatusView.of(requests.get(appointmentId));
    }

    /** The answers, for the appointment's therapist only; every call is an audited read of health data. */
    @GetMapping("/answers")
    IntakeAnswersView answers(@PathVariable String appointmentId) {
        var request = access.requireTherapistOf(requests.get(appointmentId));
        return IntakeAnswersView.of(request, reading.read(request,
                Access.staff(StaffMember.require(), ReadPurpose.SESSION_PREPARATION)));
    }

    /** The therapist has read a flagged intake. 409 unless it is waiting for a review. */
    @PostMapping("/review")
    IntakeStatusView acknowledgeReview(@PathVariable String appointmentId) {
        var request = access.requireTherapistOf(requests.get(appointmentId));
        StaffMember staff = StaffMember.require();
        requesting.acknowledgeReview(request.appointmentId(), staff.therapistId(), staff.username());
        return IntakeStatusView.of(requests.get(appointmentId));
    }
}
