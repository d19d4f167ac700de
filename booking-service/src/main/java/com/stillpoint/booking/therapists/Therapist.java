package com.stillpoint.booking.therapists;

import com.stillpoint.booking.calendar.DailyHours;
import com.stillpoint.booking.calendar.WeeklyHours;
import com.stillpoint.contracts.booking.TherapistChanged;
import com.stillpoint.platform.problem.InvalidInputException;
import com.stillpoint.platform.aggregate.AggregateRoot;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A therapist of the chain. Therapists are shared: one person may work at one clinic on Mondays and at another on
 * Tuesdays. Their schedule is a weekly pattern of shifts per clinic, with date overrides and time off; their
 * bookings live on their claims (see the calendar package), never here.
 */
public class Therapist extends AggregateRoot {

    private String name;
    private Set<Skill> skills;
    private boolean active;
    private List<Shift> shifts;
    private List<ShiftOverride> overrides;
    private List<TimeOff> timeOff;

    private Therapist() {
    }

    private Therapist(String id, String chainId) {
        super(id, chainId);
    }

    public static Therapist hire(String id, String chainId, String name, Set<Skill> skills, Clock clock) {
        Therapist therapist = new Therapist(id, chainId);
        therapist.shifts = new ArrayList<>();
        therapist.overrides = new ArrayList<>();
        therapist.timeOff = new ArrayList<>();
        therapist.active = true;
        therapist.revise(name, skills, clock);
        return therapist;
    }

    public void revise(String newName, Set<Skill> newSkills, Clock clock) {
        if (newSkills.isEmpty()) {
            throw new InvalidInputException("A therapist practises at least one modality");
        }
        name = newName;
        skills = EnumSet.copyOf(newSkills);
        announce(clock);
    }

    /** The therapist left the chain: no more availability, existing bookings stay for the desk to move. */
    public void deactivate(Clock clock) {
        active = false;
        announce(clock);
    }

    /** Replaces the weekly pattern at one clinic. A therapist is never scheduled at two clinics at once. */
    public void setWeeklyShifts(String clinicId, List<WeeklyHours> hours) {
        List<Shift> updated = new ArrayList<>(shifts.stream().filter(shift -> !shift.clinicId().equals(clinicId)).toList());
        hours.forEach(weekly -> updated.add(new Shift(clinicId, weekly)));
        for (DayOfWeek day : DayOfWeek.values()) {
            DailyHours.requireDisjoint(updated.stream().filter(shift -> shift.hours().day() == day)
                    .map(shift -> shift.hours().hours()).toList(), name + "'s shifts on " + day);
        }
        shifts = updated;
    }

    /** Sets the hours of one date at one clinic, replacing the weekly pattern there that day; none means off. */
    public void overrideDay(ShiftOverride override) {
        overrides.removeIf(existing -> existing.date().equals(override.date())
                && existing.clinicId().equals(override.clinicId()));
        overrides.add(override);
    }

    public void clearOverride(LocalDate date, String clinicId) {
        overrides.removeIf(existing -> existing.date().equals(date) && existing.clinicId().equals(clinicId));
    }

    public TimeOff takeTimeOff(LocalDate firstDay, LocalDate lastDay) {
        TimeOff off = new TimeOff(UUID.randomUUID().toString(), firstDay, lastDay);
        timeOff.add(off);
        return off;
    }

    /** @return whether there was such time off */
    public boolean cancelTimeOff(String timeOffId) {
        return timeOff.removeIf(off -> off.id().equals(timeOffId));
    }

    /** When the therapist works at the clinic on a date of that clinic's calendar: overrides win, time off wins over all. */
    public List<DailyHours> hoursAt(String clinicId, LocalDate date) {
        if (!active || timeOff.stream().anyMatch(off -> off.covers(date))) {
            return List.of();
        }
        Optional<ShiftOverride> override = overrides.stream()
                .filter(candidate -> candidate.date().equals(date) && candidate.clinicId().equals(clinicId))
                .findFirst();
        if (override.isPresent()) {
            return override.get().hours();
        }
        return shifts.stream()
                .filter(shift -> shift.clinicId().equals(clinicId) && shift.hours().day() == date.getDayOfWeek())
                .map(shift -> shift.hours().hours())
                .toList();
    }

    public boolean practises(Collection<Skill> required) {
        return skills.containsAll(required);
    }

    private void announce(Clock clock) {
        registerEvent(new TherapistChanged(UUID.randomUUID(), clock.instant(), chainId(), id(), name,
                skills.stream().map(Skill::name).collect(Collectors.toSet()), active));
    }

    public String name() {
        return name;
    }

    public Set<Skill> skills() {
        return Set.copyOf(skills);
    }

    public boolean active() {
        return active;
    }

    public List<Shift> shifts() {
        return List.copyOf(shifts);
    }

    public List<ShiftOverride> overrides() {
        return List.copyOf(overrides);
    }

    public List<TimeOff> timeOff() {
        return List.copyOf(timeOff);
    }
}
