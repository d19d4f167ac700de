package com.stillpoint.booking.calendar;

import com.stillpoint.platform.aggregate.AggregateRoot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One resource's claims on one UTC day: a therapist's, across every clinic of the chain, or a room's. Claiming
 * checks the day's claims for a clash and adds the new one in a single conditional write, so two bookings
 * can never both see the time as free.
 */
public class ResourceDay extends AggregateRoot {

    private String resource;
    private String day;
    private List<Claim> claims;

    private ResourceDay() {
    }

    private ResourceDay(String resource, LocalDate day, String chainId) {
        super(idOf(chainId, resource, day), chainId);
        this.resource = resource;
        this.day = day.toString();
        this.claims = new ArrayList<>();
    }

    static ResourceDay open(String resource, LocalDate day, String chainId) {
        return new ResourceDay(resource, day, chainId);
    }

    /** The chain is part of the key: ids of therapists and rooms are only unique within a chain. */
    static String idOf(String chainId, String resource, LocalDate day) {
        return chainId + "|" + resource + "|" + day;
    }

    /**
     * Adds the claim unless a live claim of another appointment clashes with it: overlaps it, or comes closer than
     * the spacing allows. Clashing claims that are no longer live are dropped on the way. Claiming again for the
     * same owner changes nothing, so a retried booking is harmless. The same appointment's other placement never
     * clashes: during a reschedule the appointment holds both until the move commits.
     *
     * @throws SlotTakenException if a live claim clashes
     */
    void claim(Claim claim, ClaimLiveness liveness, ClaimSpacing spacing) {
        if (claims.stream().anyMatch(claim::sameOwner)) {
            return;
        }
        for (Claim existing : clashingWith(claim, spacing)) {
            if (liveness.isLive(existing)) {
                throw new SlotTakenException(resource, claim.interval());
            }
            claims.remove(existing);
        }
        claims.add(claim);
    }

    /** @throws SlotTakenException if a live claim of another appointment clashes; changes nothing */
    void requireFree(Claim claim, ClaimLiveness liveness, ClaimSpacing spacing) {
        if (clashingWith(claim, spacing).stream().anyMatch(liveness::isLive)) {
            throw new SlotTakenException(resource, claim.interval());
        }
    }

    private List<Claim> clashingWith(Claim claim, ClaimSpacing spacing) {
        return claims.stream()
                .filter(existing -> !existing.sameAppointment(claim))
                .filter(existing -> spacing.clash(existing, claim))
                .toList();
    }

    /** @return whether the owner had a claim here */
    boolean release(Claim claim) {
        return claims.removeIf(claim::sameOwner);
    }

    String resource() {
        return resource;
    }

    List<Claim> claims() {
        return List.copyOf(claims);
    }
}
