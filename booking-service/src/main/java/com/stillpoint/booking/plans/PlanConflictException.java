package com.stillpoint.booking.plans;

import com.stillpoint.platform.problem.ConflictException;

import java.util.List;

/** Some sessions of a plan could not be had: nothing was booked. Carries the dates and their alternatives. */
public class PlanConflictException extends ConflictException {

    private final List<PlanConflict> conflicts;

    PlanConflictException(List<PlanConflict> conflicts) {
        super("plan-conflict", conflicts.size() + " of the plan's sessions are taken; nothing was booked.");
        this.conflicts = List.copyOf(conflicts);
    }

    public List<PlanConflict> conflicts() {
        return conflicts;
    }
}
