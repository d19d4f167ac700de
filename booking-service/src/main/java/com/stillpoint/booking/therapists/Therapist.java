package com.stillpoint.booking.therapists;

import com.stillpoint.platform.aggregate.AggregateRoot;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** A therapist of the chain. Therapists are shared: one person may work at several clinics. */
public class Therapist extends AggregateRoot {

    private String name;
    private Set<Skill> skills;

    private Therapist() {
    }

    private Therapist(String id, String chainId, String name, Set<Skill> skills) {
        super(id, chainId);
        this.name = name;
        this.skills = EnumSet.copyOf(skills);
    }

    public static Therapist hire(String id, String chainId, String name, Set<Skill> skills) {
        return new Therapist(id, chainId, name, skills);
    }

    public boolean practises(Collection<Skill> required) {
        return skills.containsAll(required);
    }

    public String name() {
        return name;
    }

    public Set<Skill> skills() {
        return Set.copyOf(skills);
    }
}
