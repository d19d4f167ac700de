package com.stillpoint.platform.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Accepts a bearer token only if it is a staff token of a chain, and turns its roles into authorities. */
class StaffJwtAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        StaffMember staff = StaffMember.fromClaims(jwt)
                .orElseThrow(() -> new InvalidBearerTokenException("Not a staff token of a chain"));
        return new JwtAuthenticationToken(jwt,
                staff.authorities().stream().map(SimpleGrantedAuthority::new).toList(), staff.username());
    }
}
