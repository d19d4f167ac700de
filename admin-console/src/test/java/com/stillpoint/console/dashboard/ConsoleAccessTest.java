package com.stillpoint.console.dashboard;

import com.stillpoint.console.support.ConsoleTest;
import com.stillpoint.console.support.StaffSession;
import de.codecentric.boot.admin.server.services.InstanceRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may open what: the dashboard is for chain and clinic admins, Spring Boot Admin for the operator chain's
 * admins; a service that does not answer leaves its figures blank and says so.
 */
class ConsoleAccessTest extends ConsoleTest {

    @Autowired
    InstanceRegistry registry;

    @Test
    void aChainAdminSeesTheDashboardAndWhichServicesCouldNotAnswer() {
        StaffSession admin = StaffSession.signIn(console(), "chain.admin", "/dashboard");

        HttpResponse<String> page = admin.get("/dashboard?from=2026-11-01&to=2026-11-30");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Clinic figures", "Not available now: booking-service")
                .contains("value=\"2026-11-01\"");
        assertThat(admin.get("/services").statusCode()).as("not the operator chain").isEqualTo(403);
    }

    @Test
    void aClinicAdminSeesTheDashboardButTherapistsAndTheDeskDoNot() {
        assertThat(StaffSession.signIn(console(), "clinic.admin", "/dashboard").get("/dashboard").statusCode())
                .isEqualTo(200);
        assertThat(StaffSession.signIn(console(), "therapist.maya", "/dashboard").get("/dashboard").statusCode())
                .isEqualTo(403);
        assertThat(StaffSession.signIn(console(), "front.desk", "/dashboard").get("/dashboard").statusCode())
                .isEqualTo(403);
    }

    @Test
    void theOperatorOpensSpringBootAdminWhichListsTheServices() {
        StaffSession operator = StaffSession.signIn(console(), "summit.admin", "/dashboard");

        assertThat(operator.get("/services").body()).contains("<title>Stillpoint services</title>");
        assertThat(registry.getInstances().collectList().block())
                .extracting(instance -> instance.getRegistration().getName()).contains("booking-service");
    }

    @Test
    void nobodySignedOutGetsIn() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        for (String path : new String[] {"/dashboard", "/dead-letters", "/services"}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(console().resolve(path))
                            .header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(URI.create(response.uri().toString()).getPath()).as(path).isEqualTo("/login");
        }
    }
}
