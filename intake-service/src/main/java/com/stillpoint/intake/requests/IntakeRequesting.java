package com.stillpoint.intake.requests;

import com.stillpoint.contracts.booking.AppointmentBooked;
import com.stillpoint.contracts.booking.AppointmentCancelled;
import com.stillpoint.contracts.booking.AppointmentRescheduled;
import com.stillpoint.intake.links.ClientLinks;
import com.stillpoint.intake.links.LinkPurpose;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

/**
 * Keeps each appointment's intake request in step with booking. A client is asked only for what is missing: a
 * booking by a client whose intake and consent still count gets its status at once, with no link sent.
 */
@Service
public class IntakeRequesting {

    private final IntakeRequests requests;
    private final ClientStandings standings;
    private final ClientAssessment assessment;
    private final ClientLinks links;
    private final Clock clock;

    IntakeRequesting(IntakeRequests requests, ClientStandings standings, ClientAssessment assessment,
                     ClientLinks links, Clock clock) {
        this.requests = requests;
        this.standings = standings;
        this.assessment = assessment;
        this.links = links;
        this.clock = clock;
    }

    public void requestFor(AppointmentBooked booked) {
        if (requests.find(booked.appointmentId()).isPresent()) {
            return;
        }
        standings.register(booked.clientId());
        AppointmentDetails appointment = AppointmentDetails.of(booked);
        Assessment needs = assessment.of(booked.clientId(), booked.modality(), booked.startsAt());
        try {
            if (needs.missing().isEmpty()) {
                requests.add(IntakeRequest.alreadySatisfied(appointment, needs.validIntake(), clock));
            } else {
                String link = links.issueSealed(LinkPurpose.INTAKE, booked.appointmentId(), booked.startsAt());
                requests.add(IntakeRequest.ask(appointment, needs.missing(), needs.validIntake(), link, clock));
            }
        } catch (DuplicateKeyException redeliveredMeanwhile) {
            // The other delivery made the request; a token issued here is never sent, so it can never be used.
        }
    }

    /**
     * Moves the request with its appointment. A client who still has something to do gets a new link that works
     * until the new start (the old one would expire at the old start, or outlive the new one).
     */
    public void moved(AppointmentRescheduled rescheduled) {
        if (requests.find(rescheduled.appointmentId()).filter(request -> !request.isWithdrawn()).isEmpty()) {
            return;
        }
        requests.change(rescheduled.appointmentId(), request -> {
            Assessment needs = assessment.of(request.clientId(), request.modality(), rescheduled.startsAt());
            Set<Requirement> newlyMissing = EnumSet.noneOf(Requirement.class);
            newlyMissing.addAll(needs.missing());
            newlyMissing.removeAll(request.outstanding());
            String link = request.isOpen() || !newlyMissing.isEmpty()
                    ? links.replaceSealed(LinkPurpose.INTAKE, request.appointmentId(), rescheduled.startsAt())
                    : null;
            request.moved(rescheduled.startsAt(), rescheduled.clinicId(), rescheduled.therapistId(), newlyMissing,
                    link, clock);
            return true;
        });
    }

    public void withdrawFor(AppointmentCancelled cancelled) {
        requests.find(cancelled.appointmentId()).ifPresent(request -> {
            requests.change(request.appointmentId(), IntakeRequest::withdraw);
            links.withdrawAll(LinkPurpose.INTAKE, request.appointmentId());
        });
    }

    /** Sends the client a new link, the only one that works from now on. */
    public void reissueLink(String appointmentId) {
        requests.change(appointmentId, request -> {
            request.requireOpen();
            request.reissueLink(links.replaceSealed(LinkPurpose.INTAKE, appointmentId,
                    request.appointmentStartsAt()), clock);
            return true;
        });
    }

    /** The appointment's therapist has read the flagged intake. */
    public void acknowledgeReview(String appointmentId, String therapistId, String username) {
        requests.change(appointmentId, request -> {
            request.acknowledgeReview(therapistId, username, clock);
            return true;
        });
    }
}
