package com.stillpoint.booking;

import com.stillpoint.auth.SharedAuthServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The booking service with the demo chain, on a random port, against the test JVM's broker and Mongo server, with
 * staff pages signing in at the shared auth server. Every test class extending this shares one Spring context.
 * Tests keep apart by booking on days of their own (see {@link TestCalendar}).
 */
@SpringBootTest(classes = BookingApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "stillpoint.demo.seed=true")
public abstract class BookingServiceTest {

    @DynamicPropertySource
    static void staffSignIn(DynamicPropertyRegistry registry) {
        SharedAuthServer.staffSignIn().forEach(registry::add);
        registry.add(SharedAuthServer.STAFF_PROVIDER + "user-info-uri", () -> SharedAuthServer.issuer() + "/userinfo");
    }

    @LocalServerPort
    protected int port;

    protected String base() {
        return "http://127.0.0.1:" + port;
    }

    protected RestTestClient restClient() {
        return RestTestClient.bindToServer().baseUrl(base()).build();
    }
}
