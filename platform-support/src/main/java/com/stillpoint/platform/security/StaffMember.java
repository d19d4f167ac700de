package com.stillpoint.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The signed-in staff member, read from their token's claims (see docs/engineering-notes.md). The chain is the
 * token's and nobody else's: no request can name another.
 *
 * @param clinicIds   clinics a clinic admin or front desk member works at; chain admins work at all
 * @param therapistId the therapist record of a therapist, else {@code null}
 */
public record StaffMember(String username, String name, String chainId, Set<StaffRole> roles, Set<String> clinicIds,
                          String therapistId) {

    static final String CHAIN_ID = "chain_id";
    static final String ROLES = "roles";
    static final String CLINIC_IDS = "clinic_ids";
    static final String THERAPIST_ID = "therapist_id";

    /** @return the staff member, or empty if the claims are not a staff token of a chain */
    public static Optional<StaffMember> fromClaims(ClaimAccessor claims) {
        String chainId = claims.getClaimAsString(CHAIN_ID);
        List<String> roleNames = claims.getClaimAsStringList(ROLES);
        if (chainId == null || chainId.isBlank() || roleNames == null || roleNames.isEmpty()) {
            return Optional.empty();
        }
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        for (String roleName : roleNames) {
            try {
                roles.add(StaffRole.valueOf(roleName));
            } catch (IllegalArgumentException unknownRole) {
                // A role this platform doesn't know grants nothing here.
            }
        }
        List<String> clinics = claims.getClaimAsStringList(CLINIC_IDS);
        return Optional.of(new StaffMember(claims.getClaimAsString("sub"), claims.getClaimAsString("name"), chainId,
                Set.copyOf(roles), clinics == null ? Set.of() : Set.copyOf(clinics),
                claims.getClaimAsString(THERAPIST_ID)));
    }

    /** The staff member of the current request, if it was made by one. */
    public static Optional<StaffMember> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Optional.empty();
        }
        Object principal = authentication.getPrincipal();
        if (principal instanceof Jwt jwt) {
            return fromClaims(jwt);
        }
        if (principal instanceof OidcUser user) {
            return fromClaims(user.getIdToken());
        }
        return Optional.empty();
    }

    public static StaffMember require() {
        return current().orElseThrow(() -> new IllegalStateException("No staff member is signed in"));
    }

    public boolean has(StaffRole role) {
        return roles.contains(role);
    }

    public boolean hasAny(Collection<StaffRole> anyOf) {
        return anyOf.stream().anyMatch(roles::contains);
    }

    /** Chain admins work everywhere in their chain; everyone else at the clinics their token lists. */
    public boolean worksAt(String clinicId) {
        return has(StaffRole.CHAIN_ADMIN) || clinicIds.contains(clinicId);
    }

    Set<String> authorities() {
        return roles.stream().map(StaffRole::authority).collect(Collectors.toUnmodifiableSet());
    }
}
