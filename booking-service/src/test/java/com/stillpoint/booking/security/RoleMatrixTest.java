package com.stillpoint.booking.security;

import com.stillpoint.booking.BookingServiceTest;
import com.stillpoint.booking.StaffTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every staff endpoint, called by every role and without a token: a role the endpoint's rule names is let through
 * (the answer is whatever the request deserves: here 400 or 404, as the calls name nothing real and send empty
 * bodies, so nothing changes), any other role gets 403, no token 401. Every API mapping has a rule.
 */
class RoleMatrixTest extends BookingServiceTest {

    private static final List<String> ROLES = List.of("CHAIN_ADMIN", "CLINIC_ADMIN", "FRONT_DESK", "THERAPIST");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointLetsInExactlyTheRolesOfItsRule() {
        List<String> mismatches = new ArrayList<>();
        RestTestClient client = restClient();
        for (BookingApiSecurity.Rule rule : BookingApiSecurity.RULES) {
            String path = rule.path().replace("*", "matrix-unknown");
            for (String role : ROLES) {
                int status = call(client, rule.method(), path, StaffTokens.forRole(role));
                boolean allowed = Arrays.asList(rule.roles()).contains(role);
                if (allowed ? status == 401 || status == 403 : status != 403) {
                    mismatches.add(rule.method() + " " + path + " as " + role + ": " + status);
                }
            }
            int anonymous = call(client, rule.method(), path, null);
            if (anonymous != 401) {
                mismatches.add(rule.method() + " " + path + " without a token: " + anonymous);
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyApiMappingHasARuleAndNothingElseIsOpen() {
        List<String> endpoints = new ArrayList<>();
        mappings.getHandlerMethods().keySet().forEach(info -> endpoints.addAll(apiEndpointsOf(info)));
        List<String> ruled = Arrays.stream(BookingApiSecurity.RULES)
                .map(rule -> rule.method().name() + " " + rule.path()).toList();
        assertThat(endpoints).as("API endpoints, each with exactly one role rule").containsExactlyInAnyOrderElementsOf(ruled);
        assertThat(call(restClient(), HttpMethod.GET, "/api/no-such-endpoint", StaffTokens.chainAdmin()))
                .as("deny by default").isEqualTo(403);
    }

    private static List<String> apiEndpointsOf(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        List<String> endpoints = new ArrayList<>();
        info.getPatternValues().stream().filter(pattern -> pattern.startsWith("/api/")).forEach(pattern ->
                methods.forEach(method -> endpoints.add(method.name() + " " + pattern.replaceAll("\\{[^}]+}", "*"))));
        return endpoints;
    }

    private static int call(RestTestClient client, HttpMethod method, String path, String token) {
        RestTestClient.RequestBodySpec request = client.method(method).uri(path)
                .header("Idempotency-Key", "matrix-key-12345678");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (method == HttpMethod.POST || method == HttpMethod.PUT) {
            request.contentType(MediaType.APPLICATION_JSON).body("{}");
        }
        return request.exchange().returnResult(String.class).getStatus().value();
    }
}
