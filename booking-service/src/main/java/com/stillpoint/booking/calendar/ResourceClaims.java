package com.stillpoint.booking.calendar;

import com.stillpoint.platform.aggregate.ConcurrentUpdateException;
import com.stillpoint.platform.problem.ConflictException;
import com.stillpoint.platform.tenancy.TenantContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * Takes and gives back time on resources. Each (resource, day) is claimed with a compare-and-set on its document:
 * read, check for clashes, write only if nobody wrote in between, else read again. Several days or resources are
 * claimed one after another, and on a conflict the ones already taken are given back.
 */
@Service
public class ResourceClaims {

    private static final int MAX_ATTEMPTS = 50;

    private final ResourceDays days;

    ResourceClaims(ResourceDays days) {
        this.days = days;
    }

    /**
     * Claims the claim's time on one resource, on every UTC day document within the resource's reach.
     *
     * @param spacing the free time the resource needs between claims (travel, for a therapist)
     * @throws SlotTakenException if a live claim clashes; nothing stays claimed then
     */
    public void claim(Resource resource, Claim claim, ClaimLiveness liveness, ClaimSpacing spacing) {
        List<LocalDate> taken = new ArrayList<>();
        try {
            for (LocalDate day : resource.daysOf(claim.interval())) {
                claimDay(resource, day, claim, liveness, spacing);
                taken.add(day);
            }
        } catch (RuntimeException e) {
            taken.forEach(day -> releaseDay(resource.key(), day, claim));
            throw e;
        }
    }

    /**
     * Checks, without writing, that no live claim clashes with this one on the resource now. It spares a booking
     * that cannot succeed its writes; only {@link #claim} decides.
     *
     * @throws SlotTakenException if a live claim clashes
     */
    public void requireFree(Resource resource, Claim claim, ClaimLiveness liveness, ClaimSpacing spacing) {
        for (LocalDate day : resource.daysOf(claim.interval())) {
            days.find(resource.key(), day).ifPresent(stored -> stored.requireFree(claim, liveness, spacing));
        }
    }

    public void release(Resource resource, Claim claim) {
        resource.daysOf(claim.interval()).forEach(day -> releaseDay(resource.key(), day, claim));
    }

    /**
     * Every claim on these resources stored on the UTC days the span touches, by resource key, each claim once. Live
     * or not: a reader that cannot afford to ask every claim's appointment treats them all as taken time, which at
     * worst hides a slot until the next claim there tidies the dead one away.
     */
    public Map<String, List<Claim>> claimsOn(Collection<String> resourceKeys, Interval span) {
        List<LocalDate> utcDays = span.utcDays();
        Map<String, Map<String, Claim>> byResource = new HashMap<>();
        for (ResourceDay day : days.findAll(resourceKeys, utcDays.get(0), utcDays.get(utcDays.size() - 1))) {
            Map<String, Claim> claims = byResource.computeIfAbsent(day.resource(), key -> new LinkedHashMap<>());
            day.claims().forEach(claim -> claims.putIfAbsent(claim.appointmentId() + "#" + claim.generation(), claim));
        }
        Map<String, List<Claim>> result = new HashMap<>();
        byResource.forEach((resource, claims) -> result.put(resource, List.copyOf(claims.values())));
        return result;
    }

    private void claimDay(Resource resource, LocalDate date, Claim claim, ClaimLiveness liveness,
                          ClaimSpacing spacing) {
        retryOnRace(() -> {
            ResourceDay day = days.find(resource.key(), date).orElse(null);
            if (day == null) {
                ResourceDay fresh = ResourceDay.open(resource.key(), date, TenantContext.requireChainId());
                fresh.claim(claim, liveness, spacing);
                days.add(fresh);
            } else {
                day.claim(claim, liveness, spacing);
                days.save(day);
            }
        });
    }

    private void releaseDay(String resource, LocalDate date, Claim claim) {
        retryOnRace(() -> days.find(resource, date).ifPresent(day -> {
            if (day.release(claim)) {
                days.save(day);
            }
        }));
    }

    /** Another writer got in between our read and our write: read again, after a short random pause. */
    private static void retryOnRace(Runnable attempt) {
        for (int attempts = 1; ; attempts++) {
            try {
                attempt.run();
                return;
            } catch (ConcurrentUpdateException | DuplicateKeyException race) {
                if (attempts == MAX_ATTEMPTS) {
                    throw new ConflictException("calendar-busy", "The calendar is very busy right now; please try again.");
                }
                LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(100_000, 2_000_000));
            }
        }
    }
}
