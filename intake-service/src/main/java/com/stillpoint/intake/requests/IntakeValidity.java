package com.stillpoint.intake.requests;

import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/** Whether a client's earlier intake still counts for a session: configured by period and, optionally, modality. */
@Component
class IntakeValidity {

    private final ValidityProperties properties;

    IntakeValidity(ValidityProperties properties) {
        this.properties = properties;
    }

    /**
     * The intake a session can rely on: the client's latest, provided the one that qualifies (the latest, or the
     * latest for the session's modality) is recent enough at the session's start.
     */
    Optional<IntakeRef> validFor(ClientStanding standing, String modality, Instant sessionStartsAt) {
        IntakeRef qualifying = properties.perModality()
                ? standing.intakeByModality().get(ClientStandings.modalityKey(modality))
                : standing.latestIntake();
        if (qualifying == null || !qualifying.submittedAt().plus(properties.period()).isAfter(sessionStartsAt)) {
            return Optional.empty();
        }
        return Optional.of(standing.latestIntake());
    }
}
