package com.stillpoint.intake.requests;

import com.stillpoint.intake.links.ClientLinks;
import com.stillpoint.intake.links.LinkPurpose;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.function.Predicate;

/**
 * What a submitted intake or a signature settles: the client's standing, and every upcoming appointment of the
 * client it satisfies. A client with several sessions booked fills in the form once; the links of sessions that
 * need nothing more stop working.
 */
@Service
public class IntakeCompletion {

    private final IntakeRequests requests;
    private final ClientStandings standings;
    private final IntakeValidity validity;
    private final ClientLinks links;
    private final Clock clock;

    IntakeCompletion(IntakeRequests requests, ClientStandings standings, IntakeValidity validity, ClientLinks links,
                     Clock clock) {
        this.requests = requests;
        this.standings = standings;
        this.validity = validity;
        this.links = links;
        this.clock = clock;
    }

    /** Records a submitted intake. Safe to repeat: a request it already satisfied is left alone. */
    public void intakeSubmitted(String clientId, IntakeRef intake) {
        standings.recordIntake(clientId, intake);
        ClientStanding standing = standings.find(clientId).orElseThrow();
        for (IntakeRequest candidate : requests.upcomingOfClient(clientId, clock.instant())) {
            if (candidate.outstanding().contains(Requirement.INTAKE_FORM)
                    && validity.validFor(standing, candidate.modality(), candidate.appointmentStartsAt()).isPresent()) {
                settle(candidate.appointmentId(), request -> request.intakeSubmitted(intake, clock));
            }
        }
    }

    /** Records a signature of the current consent. Safe to repeat. */
    public void consentSigned(String clientId, SignedConsent consent) {
        standings.recordConsent(clientId, consent);
        for (IntakeRequest candidate : requests.upcomingOfClient(clientId, clock.instant())) {
            if (candidate.outstanding().contains(Requirement.CONSENT)) {
                settle(candidate.appointmentId(), request -> request.consentSigned(clock));
            }
        }
    }

    private void settle(String appointmentId, Predicate<IntakeRequest> change) {
        requests.change(appointmentId, change);
        if (!requests.get(appointmentId).isOpen()) {
            links.withdrawAll(LinkPurpose.INTAKE, appointmentId);
        }
    }
}
