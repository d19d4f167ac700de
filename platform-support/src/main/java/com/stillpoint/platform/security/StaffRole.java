package com.stillpoint.platform.security;

/** What a staff member does in their chain. A token's {@code roles} claim lists these names. */
public enum StaffRole {
    /** Runs the chain: every clinic, the catalogue, the staff. */
    CHAIN_ADMIN,
    /** Runs the clinics listed in their token. */
    CLINIC_ADMIN,
    /** Books, checks in and sees intake status (never intake answers) at their clinics. */
    FRONT_DESK,
    /** Sees their own schedule and their own clients' intake. */
    THERAPIST;

    /** The Spring Security authority, for {@code hasRole(...)} checks. */
    public String authority() {
        return "ROLE_" + name();
    }
}
