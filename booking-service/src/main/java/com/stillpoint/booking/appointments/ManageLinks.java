package com.stillpoint.booking.appointments;

import com.stillpoint.platform.links.LinkSealer;
import com.stillpoint.platform.links.LinkTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;
import java.time.Instant;

/**
 * The client's link to see, confirm, cancel or reschedule their appointment. It is not single-use (a client opens it
 * more than once), it expires when the session starts, and it names the placement's generation: a reschedule issues
 * a new link and withdraws the old one. Links are built from the configured public address, never from a request.
 */
@Component
public class ManageLinks {

    public static final String PURPOSE = "appointment";

    private final LinkTokens linkTokens;
    private final LinkSealer linkSealer;
    private final URI publicBaseUrl;

    ManageLinks(LinkTokens linkTokens, LinkSealer linkSealer,
                @Value("${stillpoint.booking.public-base-url}") URI publicBaseUrl) {
        this.linkTokens = linkTokens;
        this.linkSealer = linkSealer;
        this.publicBaseUrl = publicBaseUrl;
    }

    /** Issues the link of a placement of the appointment, valid until it starts, sealed for its event. */
    String issueSealed(String appointmentId, int generation, Instant startsAt) {
        String token = linkTokens.issue(PURPOSE, subjectOf(appointmentId, generation), startsAt, false);
        return linkSealer.seal(UriComponentsBuilder.fromUri(publicBaseUrl).path("/manage/start")
                .queryParam("token", token).build().toUri());
    }

    void withdraw(String appointmentId, int generation) {
        linkTokens.withdraw(PURPOSE, subjectOf(appointmentId, generation));
    }

    /** The appointment a link's subject names. */
    public static String appointmentIdOf(String subject) {
        int dot = subject.lastIndexOf('.');
        return dot < 0 ? subject : subject.substring(0, dot);
    }

    private static String subjectOf(String appointmentId, int generation) {
        return appointmentId + "." + generation;
    }
}
