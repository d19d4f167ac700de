package com.stillpoint.booking;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document and its UI are served without a token, and describe the staff API. */
class ApiDocumentationTest extends BookingServiceTest {

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        Map<?, ?> document = restClient().get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .returnResult(Map.class).getResponseBody();

        assertThat((String) document.get("openapi")).startsWith("3.");
        assertThat(((Map<?, ?>) document.get("paths")).keySet().stream().map(String::valueOf).toList()).contains("/api/appointments",
                "/api/appointments/{appointmentId}/reschedule", "/api/treatment-plans", "/api/availability",
                "/api/waitlist", "/api/clinics", "/api/therapists/{therapistId}/shifts/{clinicId}", "/api/services",
                "/api/chain/travel-times");
        assertThat(((Map<?, ?>) document.get("paths")).keySet()).allMatch(path -> ((String) path).startsWith("/api/"));
        restClient().get().uri("/swagger-ui/index.html").exchange().expectStatus().isOk();
    }
}
