package com.stillpoint.booking.availability;

import com.stillpoint.booking.therapists.Skill;
import com.stillpoint.platform.problem.InvalidInputException;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;

/**
 * What a client or the desk is looking for.
 *
 * @param from, to           the dates to search, inclusive, on each clinic's own calendar
 * @param therapistId        only this therapist, or {@code null} for anyone qualified
 * @param skills             skills the therapist must have besides what the service needs, e.g. trauma-informed
 * @param sameTherapistAs    a client whose last completed session's therapist the slots must be with, or
 *                           {@code null}; ignored for a client with no completed session yet
 * @param ignoringAppointment an appointment being moved: its own time counts as free, or {@code null}
 * @param rules              whose rules apply: a client's (minimum notice, booking horizon) or the desk's
 * @param limit              at most this many slots, the earliest first
 */
public record SlotQuery(List<String> clinicIds, String serviceId, LocalDate from, LocalDate to, String therapistId,
                        Set<Skill> skills, String sameTherapistAs, String ignoringAppointment, Rules rules,
                        int limit) {

    /** The longest range one search covers. */
    public static final Period LONGEST_RANGE = Period.ofDays(92);

    /** Whose booking rules a search applies. */
    public enum Rules {
        /** The clinic's minimum notice and booking horizon. */
        CLIENT,
        /** Anything not yet started; the desk books further ahead than clients. */
        DESK
    }

    public SlotQuery {
        clinicIds = List.copyOf(clinicIds);
        skills = Set.copyOf(skills);
        if (clinicIds.isEmpty()) {
            throw new InvalidInputException("Search at least one clinic");
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("The search ends before it starts");
        }
        if (to.isAfter(from.plus(LONGEST_RANGE))) {
            throw new InvalidInputException("A search covers at most " + LONGEST_RANGE.getDays() + " days");
        }
        if (limit < 1) {
            throw new InvalidInputException("Ask for at least one slot");
        }
    }

    /** A search of one clinic for one service. */
    public static SlotQuery at(String clinicId, String serviceId, LocalDate from, LocalDate to, Rules rules) {
        return new SlotQuery(List.of(clinicId), serviceId, from, to, null, Set.of(), null, null, rules,
                Integer.MAX_VALUE);
    }

    public SlotQuery withTherapist(String onlyTherapistId) {
        return new SlotQuery(clinicIds, serviceId, from, to, onlyTherapistId, skills, sameTherapistAs,
                ignoringAppointment, rules, limit);
    }

    public SlotQuery withSkills(Set<Skill> moreSkills) {
        return new SlotQuery(clinicIds, serviceId, from, to, therapistId, moreSkills, sameTherapistAs,
                ignoringAppointment, rules, limit);
    }

    public SlotQuery ignoring(String appointmentId) {
        return new SlotQuery(clinicIds, serviceId, from, to, therapistId, skills, sameTherapistAs, appointmentId,
                rules, limit);
    }
}
