package com.stillpoint.intake.requests;

import com.stillpoint.platform.tenancy.TenantOwned;

import java.util.Map;

/**
 * What a client has already given: their latest intake (also by modality) and consent. A booking checks it to ask
 * only for what is missing. Keyed by client id, so that check is one lookup.
 *
 * @param id                the client id
 * @param intakeByModality  the latest intake filled in for each modality
 */
public record ClientStanding(String id, String chainId, IntakeRef latestIntake, Map<String, IntakeRef> intakeByModality,
                             SignedConsent consent) implements TenantOwned {

    public ClientStanding {
        intakeByModality = intakeByModality == null ? Map.of() : Map.copyOf(intakeByModality);
    }
}
