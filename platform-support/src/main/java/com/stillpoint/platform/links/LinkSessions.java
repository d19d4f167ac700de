package com.stillpoint.platform.links;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseCookie;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The short session a client gets in exchange for a link: a cookie holding the grant, signed with HMAC-SHA256.
 * Nothing is stored on the server, so any instance of a service can serve the client's next request.
 *
 * <p>The cookie is HttpOnly, SameSite=Lax (a click from a mail app is a cross-site navigation, which Strict would
 * drop on the redirect), Secure outside the local stack, and lives until the grant expires or for
 * {@code maxAge}, whichever is sooner.
 */
public class LinkSessions {

    private static final String COOKIE_PREFIX = "sp_link_";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final Clock clock;
    private final Duration maxAge;
    private final boolean secureCookies;
    private final LinkRateLimiter rateLimiter;

    LinkSessions(byte[] secret, Clock clock, Duration maxAge, boolean secureCookies, int requestsPerMinute) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("The link session secret needs at least 256 bits");
        }
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.clock = clock;
        this.maxAge = maxAge;
        this.secureCookies = secureCookies;
        this.rateLimiter = new LinkRateLimiter(requestsPerMinute);
    }

    /** The per-address limit of the service's link pages: one for all of them, shared by every purpose. */
    LinkRateLimiter rateLimiter() {
        return rateLimiter;
    }

    public void start(LinkGrant grant, HttpServletResponse response) {
        Instant until = earliest(grant.expiresAt(), clock.instant().plus(maxAge));
        String payload = String.join("|", grant.chainId(), grant.purpose(), grant.subjectId(),
                Long.toString(until.getEpochSecond()));
        String value = ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + ENCODER.encodeToString(sign(payload));
        write(response, grant.purpose(), value, Duration.between(clock.instant(), until));
    }

    public void end(String purpose, HttpServletResponse response) {
        write(response, purpose, "", Duration.ZERO);
    }

    /** The grant of the request's session for this purpose, if its cookie is present, authentic and unexpired. */
    public Optional<LinkGrant> read(String purpose, HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(cookie -> cookie.getName().equals(COOKIE_PREFIX + purpose))
                .findFirst()
                .flatMap(cookie -> verify(cookie.getValue()))
                .filter(grant -> grant.purpose().equals(purpose));
    }

    private Optional<LinkGrant> verify(String value) {
        String[] parts = value.split("\\.");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            String payload = new String(DECODER.decode(parts[0]), StandardCharsets.UTF_8);
            if (!MessageDigest.isEqual(sign(payload), DECODER.decode(parts[1]))) {
                return Optional.empty();
            }
            String[] fields = payload.split("\\|");
            if (fields.length != 4 || !Arrays.stream(fields).allMatch(field -> SAFE.matcher(field).matches())) {
                return Optional.empty();
            }
            Instant until = Instant.ofEpochSecond(Long.parseLong(fields[3]));
            if (!clock.instant().isBefore(until)) {
                return Optional.empty();
            }
            return Optional.of(new LinkGrant(fields[0], fields[1], fields[2], until));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private void write(HttpServletResponse response, String purpose, String value, Duration lifetime) {
        response.addHeader("Set-Cookie", ResponseCookie.from(COOKIE_PREFIX + purpose, value)
                .httpOnly(true)
                .secure(secureCookies)
                .sameSite("Lax")
                .path("/")
                .maxAge(lifetime)
                .build().toString());
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
