package com.stillpoint.booking;

import com.stillpoint.testing.TestIssuer;

import java.util.List;

/** Tokens for the demo chain's staff, as the identity provider would issue them. */
public final class StaffTokens {

    private StaffTokens() {
    }

    public static String frontDesk() {
        return TestIssuer.get().staffToken("front.desk", "harbour", List.of("FRONT_DESK"),
                List.of("harbour-kitsilano", "harbour-gastown"), null);
    }

    public static String clinicAdmin() {
        return TestIssuer.get().staffToken("clinic.admin", "harbour", List.of("CLINIC_ADMIN"),
                List.of("harbour-kitsilano"), null);
    }

    public static String chainAdmin() {
        return TestIssuer.get().staffToken("chain.admin", "harbour", List.of("CHAIN_ADMIN"), List.of(), null);
    }

    public static String therapist(String therapistId) {
        return TestIssuer.get().staffToken("therapist." + therapistId, "harbour", List.of("THERAPIST"), List.of(),
                therapistId);
    }

    public static String otherChainAdmin() {
        return TestIssuer.get().staffToken("summit.admin", "summit", List.of("CHAIN_ADMIN"), List.of(), null);
    }

    /** A token with a role for each of the platform's roles, by role name. */
    public static String forRole(String role) {
        return switch (role) {
            case "CHAIN_ADMIN" -> chainAdmin();
            case "CLINIC_ADMIN" -> clinicAdmin();
            case "FRONT_DESK" -> frontDesk();
            case "THERAPIST" -> therapist("harbour-maya");
            default -> throw new IllegalArgumentException(role);
        };
    }
}
