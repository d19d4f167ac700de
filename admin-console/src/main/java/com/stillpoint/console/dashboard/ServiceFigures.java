package com.stillpoint.console.dashboard;

import com.stillpoint.console.ConsoleProperties;
import com.stillpoint.platform.figures.ClinicFigures;
import com.stillpoint.platform.figures.FiguresRange;
import com.stillpoint.platform.figures.FiguresReport;
import com.stillpoint.platform.figures.Share;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Asks every service for its per-clinic figures with the signed-in staff member's own access token (token relay),
 * so each service applies its own role and chain rules and stays the owner of its data; the console keeps none.
 */
@Component
class ServiceFigures {

    private static final Logger log = LoggerFactory.getLogger(ServiceFigures.class);
    static final String REGISTRATION = "stillpoint";

    private final RestClient services;
    private final List<ConsoleProperties.Service> sources;

    ServiceFigures(RestClient.Builder http, OAuth2AuthorizedClientManager authorizedClients,
                   ConsoleProperties properties) {
        OAuth2ClientHttpRequestInterceptor tokenRelay = new OAuth2ClientHttpRequestInterceptor(authorizedClients);
        tokenRelay.setClientRegistrationIdResolver(request -> REGISTRATION);
        this.services = http.requestInterceptor(tokenRelay).build();
        this.sources = properties.services().stream().filter(service -> service.figuresPath() != null).toList();
    }

    /** Per clinic, in id order, the figures of every service that answered; and the names of those that did not. */
    record Collected(List<ClinicRow> clinics, List<String> unavailable) {
    }

    /** One clinic's row: its name as the first service that knows it gives it, else its id. */
    record ClinicRow(String id, String name, Map<String, Share> figures) {

        public String label() {
            return name == null ? id : name;
        }
    }

    Collected collect(FiguresRange range) {
        Map<String, Map<String, Share>> byClinic = new TreeMap<>();
        Map<String, String> names = new HashMap<>();
        List<String> unavailable = new ArrayList<>();
        for (ConsoleProperties.Service service : sources) {
            try {
                FiguresReport report = services.get()
                        .uri(service.base() + service.figuresPath() + "?from={from}&to={to}", range.from(), range.to())
                        .retrieve()
                        .body(FiguresReport.class);
                for (ClinicFigures clinic : report == null ? List.<ClinicFigures>of() : report.clinics()) {
                    byClinic.computeIfAbsent(clinic.clinicId(), id -> new HashMap<>()).putAll(clinic.figures());
                    if (clinic.clinicName() != null) {
                        names.putIfAbsent(clinic.clinicId(), clinic.clinicName());
                    }
                }
            } catch (RestClientException | OAuth2AuthorizationException failed) {
                log.warn("No figures from {}: {}", service.name(), failed.getClass().getSimpleName());
                unavailable.add(service.name());
            }
        }
        List<ClinicRow> rows = byClinic.entrySet().stream()
                .map(clinic -> new ClinicRow(clinic.getKey(), names.get(clinic.getKey()), clinic.getValue()))
                .toList();
        return new Collected(rows, unavailable);
    }
}
