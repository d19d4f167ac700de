package com.stillpoint.auth.staff;

/** What a staff member may do; the token carries the name, Spring authorities add the {@code ROLE_} prefix. */
enum StaffRole {
    CHAIN_ADMIN,
    CLINIC_ADMIN,
    FRONT_DESK,
    THERAPIST
}
