package com.stillpoint.intake.requests;

import com.stillpoint.contracts.intake.IntakeRequested;
import com.stillpoint.platform.aggregate.AggregateRoot;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A request to a client to fill in intake and consent before one appointment. Its id is the appointment's, so a
 * redelivered booking event finds the request it already made.
 */
public class IntakeRequest extends AggregateRoot {

    private String clientId;
    private String clinicId;
    private Instant appointmentStartsAt;
    private ZoneId clinicZone;
    private IntakeStatus status;
    private Instant requestedAt;

    private IntakeRequest() {
    }

    private IntakeRequest(String appointmentId, String chainId) {
        super(appointmentId, chainId);
    }

    /**
     * @param sealedLink the client's link, sealed for notification-service; it is announced, never stored here
     */
    static IntakeRequest open(String appointmentId, String chainId, String clientId, String clinicId,
                              Instant appointmentStartsAt, ZoneId clinicZone, String sealedLink, Clock clock) {
        IntakeRequest request = new IntakeRequest(appointmentId, chainId);
        request.clientId = clientId;
        request.clinicId = clinicId;
        request.appointmentStartsAt = appointmentStartsAt;
        request.clinicZone = clinicZone;
        request.status = IntakeStatus.OPEN;
        request.requestedAt = clock.instant();
        request.registerEvent(new IntakeRequested(UUID.randomUUID(), request.requestedAt, chainId, appointmentId,
                appointmentId, clientId, clinicId, sealedLink, appointmentStartsAt));
        return request;
    }

    /** @return whether anything changed */
    boolean withdraw() {
        if (status != IntakeStatus.OPEN) {
            return false;
        }
        status = IntakeStatus.WITHDRAWN;
        return true;
    }

    public String appointmentId() {
        return id();
    }

    public String clientId() {
        return clientId;
    }

    public String clinicId() {
        return clinicId;
    }

    public Instant appointmentStartsAt() {
        return appointmentStartsAt;
    }

    public ZoneId clinicZone() {
        return clinicZone;
    }

    public IntakeStatus status() {
        return status;
    }
}
