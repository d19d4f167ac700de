package com.stillpoint.booking.appointments;

import com.stillpoint.booking.calendar.Claim;
import com.stillpoint.booking.calendar.ClaimLiveness;
import com.stillpoint.booking.calendar.ClaimSpacing;
import com.stillpoint.booking.calendar.Resource;
import com.stillpoint.booking.calendar.ResourceClaims;
import com.stillpoint.booking.calendar.SlotTakenException;
import com.stillpoint.booking.chains.Chains;
import com.stillpoint.booking.clinics.Room;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Claims the time of a placement: the therapist's first (with the chain's travel times to their sessions at other
 * clinics), then the first free room of the candidates, always in that order. A claim counts only while its
 * appointment holds it, so whatever a failure leaves behind frees itself.
 */
@Component
class PlacementClaims {

    private final ResourceClaims resourceClaims;
    private final Chains chains;
    private final Appointments appointments;

    PlacementClaims(ResourceClaims resourceClaims, Chains chains, Appointments appointments) {
        this.resourceClaims = resourceClaims;
        this.chains = chains;
        this.appointments = appointments;
    }

    /**
     * @return the id of the room that was claimed
     * @throws SlotTakenException if the therapist or every room is taken; nothing stays claimed then
     */
    String claim(Claim claim, String therapistId, List<Room> rooms) {
        ClaimLiveness liveness = appointments.claimLiveness();
        Resource therapist = Resource.therapist(therapistId);
        resourceClaims.claim(therapist, claim, liveness, chains.travelTimes());
        try {
            return claimFreeRoom(rooms, claim, liveness);
        } catch (RuntimeException e) {
            resourceClaims.release(therapist, claim);
            throw e;
        }
    }

    /**
     * Fails fast, without writing anything, if the therapist is already in a session then: under contention most
     * attempts are, and they need not write a booking only to abandon it. Travel time to another clinic is left to
     * the claim, so this costs one read of the therapist's day and not also one of the chain.
     *
     * @throws SlotTakenException if a live claim on the therapist overlaps
     */
    void requireTherapistFree(Claim claim, String therapistId) {
        resourceClaims.requireFree(Resource.therapist(therapistId), claim, appointments.claimLiveness(),
                ClaimSpacing.NONE);
    }

    /**
     * Removes the claim from the therapist's and the room's days. Tidying only: the claim stopped counting when its
     * appointment stopped holding it, and any left behind (say, on a room tried before the one recorded) are
     * dropped by the next claim that meets them.
     */
    void release(Claim claim, Placement placement) {
        resourceClaims.release(Resource.therapist(placement.therapistId()), claim);
        resourceClaims.release(Resource.room(placement.roomId()), claim);
    }

    private String claimFreeRoom(List<Room> rooms, Claim claim, ClaimLiveness liveness) {
        SlotTakenException lastConflict = null;
        for (Room room : rooms) {
            try {
                resourceClaims.claim(Resource.room(room.id()), claim, liveness, ClaimSpacing.NONE);
                return room.id();
            } catch (SlotTakenException taken) {
                lastConflict = taken;
            }
        }
        throw lastConflict;
    }
}
