package com.stillpoint.booking.catalogue;

import com.stillpoint.booking.clinics.RoomType;
import com.stillpoint.booking.therapists.Skill;
import com.stillpoint.platform.aggregate.AggregateRoot;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * A bookable service of the catalogue: a modality for a duration. The buffers before and after keep the room
 * and the therapist free for setup and clean-up, and are never shown to the client as session time.
 */
public class ServiceOffering extends AggregateRoot {

    private String name;
    private Skill modality;
    private Duration duration;
    private Duration bufferBefore;
    private Duration bufferAfter;
    private Set<Skill> requiredSkills;
    private RoomType roomType;

    private ServiceOffering() {
    }

    private ServiceOffering(String id, String chainId) {
        super(id, chainId);
    }

    public static ServiceOffering define(String id, String chainId, String name, Skill modality, Duration duration,
                                         Duration bufferBefore, Duration bufferAfter, RoomType roomType) {
        ServiceOffering offering = new ServiceOffering(id, chainId);
        offering.name = name;
        offering.modality = modality;
        offering.duration = duration;
        offering.bufferBefore = bufferBefore;
        offering.bufferAfter = bufferAfter;
        offering.requiredSkills = EnumSet.of(modality);
        offering.roomType = roomType;
        return offering;
    }

    public String name() {
        return name;
    }

    public Skill modality() {
        return modality;
    }

    public Duration duration() {
        return duration;
    }

    public Duration bufferBefore() {
        return bufferBefore;
    }

    public Duration bufferAfter() {
        return bufferAfter;
    }

    public Set<Skill> requiredSkills() {
        return Set.copyOf(requiredSkills);
    }

    public RoomType roomType() {
        return roomType;
    }
}
