package com.stillpoint.intake.requests;

import com.stillpoint.intake.consent.ConsentDocuments;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Checks what a client has given against what a session needs: a valid intake and the current consent. */
@Component
class ClientAssessment {

    private final ClientStandings standings;
    private final IntakeValidity validity;
    private final ConsentDocuments consentDocuments;

    ClientAssessment(ClientStandings standings, IntakeValidity validity, ConsentDocuments consentDocuments) {
        this.standings = standings;
        this.validity = validity;
        this.consentDocuments = consentDocuments;
    }

    Assessment of(String clientId, String modality, Instant sessionStartsAt) {
        ClientStanding standing = standings.find(clientId)
                .orElse(new ClientStanding(clientId, null, null, Map.of(), null));
        IntakeRef validIntake = validity.validFor(standing, modality, sessionStartsAt).orElse(null);
        Set<Requirement> missing = EnumSet.noneOf(Requirement.class);
        if (validIntake == null) {
            missing.add(Requirement.INTAKE_FORM);
        }
        if (standing.consent() == null || !consentDocuments.current().isSatisfiedBy(standing.consent().version())) {
            missing.add(Requirement.CONSENT);
        }
        return new Assessment(missing, validIntake);
    }
}
