package com.stillpoint.auth.staff;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A demo staff member, bound from {@code stillpoint.auth.demo-staff[n]}.
 *
 * @param username    the login name, and the tokens' {@code sub}
 * @param name        display name
 * @param chainId     the one chain (tenant) the member works for
 * @param roles       what the member may do
 * @param clinicIds   the clinics a clinic admin or front desk member works at; empty for chain admins (all clinics)
 * @param therapistId a therapist's own therapist record; absent for everybody else
 */
record StaffMember(
        String username,
        String name,
        String chainId,
        List<StaffRole> roles,
        @DefaultValue List<String> clinicIds,
        @Nullable String therapistId) {

    /** The staff claims of docs/engineering-notes.md, added to both access and ID tokens. */
    Map<String, Object> claims() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("name", name);
        claims.put("chain_id", chainId);
        claims.put("roles", roles.stream().map(StaffRole::name).toList());
        claims.put("clinic_ids", List.copyOf(clinicIds));
        if (therapistId != null) {
            claims.put("therapist_id", therapistId);
        }
        return claims;
    }
}
