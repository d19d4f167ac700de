package com.stillpoint.intake.requests;

import com.stillpoint.contracts.booking.AppointmentBooked;
import com.stillpoint.contracts.booking.AppointmentCancelled;
import com.stillpoint.platform.links.LinkSealer;
import com.stillpoint.platform.links.LinkTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;
import java.time.Clock;

/**
 * Asks clients for intake before their appointments, through a one-time link that expires when the appointment
 * starts. Links are built from the configured public address, never from a request's Host header.
 */
@Service
public class IntakeRequesting {

    public static final String LINK_PURPOSE = "intake";

    private final IntakeRequests requests;
    private final LinkTokens linkTokens;
    private final LinkSealer linkSealer;
    private final URI publicBaseUrl;
    private final Clock clock;

    IntakeRequesting(IntakeRequests requests, LinkTokens linkTokens, LinkSealer linkSealer,
                     @Value("${stillpoint.intake.public-base-url}") URI publicBaseUrl, Clock clock) {
        this.requests = requests;
        this.linkTokens = linkTokens;
        this.linkSealer = linkSealer;
        this.publicBaseUrl = publicBaseUrl;
        this.clock = clock;
    }

    public void requestFor(AppointmentBooked booked) {
        if (requests.find(booked.appointmentId()).isPresent()) {
            return;
        }
        String token = linkTokens.issue(LINK_PURPOSE, booked.appointmentId(), booked.startsAt(), true);
        URI link = UriComponentsBuilder.fromUri(publicBaseUrl).path("/intake/start").queryParam("token", token)
                .build().toUri();
        try {
            requests.add(IntakeRequest.open(booked.appointmentId(), booked.chainId(), booked.clientId(),
                    booked.clinicId(), booked.startsAt(), booked.clinicZone(), linkSealer.seal(link), clock));
        } catch (DuplicateKeyException redeliveredMeanwhile) {
            // The other delivery made the request; the token issued here is never sent, so it can never be used.
        }
    }

    public void withdrawFor(AppointmentCancelled cancelled) {
        requests.find(cancelled.appointmentId()).ifPresent(request -> {
            if (request.withdraw()) {
                requests.save(request);
            }
            linkTokens.withdraw(LINK_PURPOSE, request.appointmentId());
        });
    }
}
