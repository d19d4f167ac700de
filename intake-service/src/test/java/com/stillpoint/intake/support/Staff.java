package com.stillpoint.intake.support;

import com.stillpoint.testing.TestIssuer;

import java.util.List;

/** Staff tokens of the demo chain and of another chain, as the identity provider issues them. */
public enum Staff {

    CHAIN_ADMIN("chain.admin", Bookings.CHAIN, "CHAIN_ADMIN", List.of(), null),
    CLINIC_ADMIN("clinic.admin", Bookings.CHAIN, "CLINIC_ADMIN", List.of(Bookings.CLINIC), null),
    FRONT_DESK("front.desk", Bookings.CHAIN, "FRONT_DESK", List.of(Bookings.CLINIC), null),
    /** Front desk of another clinic of the same chain. */
    OTHER_CLINIC_DESK("gastown.desk", Bookings.CHAIN, "FRONT_DESK", List.of("harbour-gastown"), null),
    MAYA("therapist.maya", Bookings.CHAIN, "THERAPIST", List.of(), Bookings.MAYA),
    JONAH("therapist.jonah", Bookings.CHAIN, "THERAPIST", List.of(), Bookings.JONAH),
    OTHER_CHAIN_ADMIN("summit.admin", Bookings.OTHER_CHAIN, "CHAIN_ADMIN", List.of(), null),
    /** A therapist of another chain whose therapist id happens to equal Maya's. */
    OTHER_CHAIN_THERAPIST("summit.maya", Bookings.OTHER_CHAIN, "THERAPIST", List.of(), Bookings.MAYA);

    private final String username;
    private final String chainId;
    private final String role;
    private final List<String> clinicIds;
    private final String therapistId;

    Staff(String username, String chainId, String role, List<String> clinicIds, String therapistId) {
        this.username = username;
        this.chainId = chainId;
        this.role = role;
        this.clinicIds = clinicIds;
        this.therapistId = therapistId;
    }

    public String token() {
        return TestIssuer.get().staffToken(username, chainId, List.of(role), clinicIds, therapistId);
    }

    public String username() {
        return username;
    }

    public String role() {
        return role;
    }
}
