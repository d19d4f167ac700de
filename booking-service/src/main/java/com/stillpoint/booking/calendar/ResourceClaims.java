package com.stillpoint.booking.calendar;

import com.stillpoint.platform.aggregate.ConcurrentUpdateException;
import com.stillpoint.platform.problem.ConflictException;
import com.stillpoint.platform.tenancy.TenantContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * Takes and gives back time on resources. Each (resource, day) is claimed with a compare-and-set on its document:
 * read, check for overlaps, write only if nobody wrote in between, else read again. Several days or resources are
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
     * Claims the claim's time on one resource, on every UTC day it touches.
     *
     * @throws SlotTakenException if a live claim overlaps; nothing stays claimed then
     */
    public void claim(String resource, Claim claim, ClaimLiveness liveness) {
        List<LocalDate> taken = new ArrayList<>();
        try {
            for (LocalDate day : claim.interval().utcDays()) {
                claimDay(resource, day, claim, liveness);
                taken.add(day);
            }
        } catch (RuntimeException e) {
            taken.forEach(day -> releaseDay(resource, day, claim));
            throw e;
        }
    }

    public void release(String resource, Claim claim) {
        claim.interval().utcDays().forEach(day -> releaseDay(resource, day, claim));
    }

    private void claimDay(String resource, LocalDate date, Claim claim, ClaimLiveness liveness) {
        retryOnRace(() -> {
            ResourceDay day = days.find(resource, date).orElse(null);
            if (day == null) {
                ResourceDay fresh = ResourceDay.open(resource, date, TenantContext.requireChainId());
                fresh.claim(claim, liveness);
                days.add(fresh);
            } else {
                day.claim(claim, liveness);
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
