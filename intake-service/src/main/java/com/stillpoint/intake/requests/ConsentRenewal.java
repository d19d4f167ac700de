package com.stillpoint.intake.requests;

import com.stillpoint.intake.consent.ConsentDocument;
import com.stillpoint.intake.consent.ConsentDocuments;
import com.stillpoint.intake.links.ClientLinks;
import com.stillpoint.intake.links.LinkPurpose;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Optional;

/**
 * After a material consent version, every client with an upcoming session who signed an older version is asked to
 * sign again before it. Bookings made afterwards are checked when they arrive. Safe to repeat.
 */
@Service
public class ConsentRenewal {

    private final IntakeRequests requests;
    private final ClientStandings standings;
    private final ConsentDocuments documents;
    private final ClientLinks links;
    private final Clock clock;

    ConsentRenewal(IntakeRequests requests, ClientStandings standings, ConsentDocuments documents, ClientLinks links,
                   Clock clock) {
        this.requests = requests;
        this.standings = standings;
        this.documents = documents;
        this.links = links;
        this.clock = clock;
    }

    /** @return how many appointments now wait for a new signature */
    public int askToSignAgain() {
        ConsentDocument document = documents.current();
        int asked = 0;
        for (IntakeRequest upcoming : requests.upcoming(clock.instant())) {
            boolean signed = standings.find(upcoming.clientId()).map(ClientStanding::consent)
                    .filter(consent -> document.isSatisfiedBy(consent.version())).isPresent();
            if (signed || upcoming.outstanding().contains(Requirement.CONSENT)) {
                continue;
            }
            requests.change(upcoming.appointmentId(), request -> request.requireAgain(Requirement.CONSENT,
                    linkUnlessOpen(request).orElse(null), clock));
            asked++;
        }
        return asked;
    }

    private Optional<String> linkUnlessOpen(IntakeRequest request) {
        return request.isOpen() ? Optional.empty() : Optional.of(
                links.replaceSealed(LinkPurpose.INTAKE, request.appointmentId(), request.appointmentStartsAt()));
    }
}
