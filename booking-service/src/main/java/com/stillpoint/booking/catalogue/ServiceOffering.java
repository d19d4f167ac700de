package com.stillpoint.booking.catalogue;

import com.stillpoint.booking.clinics.RoomType;
import com.stillpoint.booking.therapists.Skill;
import com.stillpoint.platform.aggregate.AggregateRoot;
import com.stillpoint.platform.problem.InvalidInputException;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * A bookable service of the catalogue: a modality for a duration. The buffers before and after keep the room
 * and the therapist free for setup and clean-up, and are never shown to the client as session time. A service may
 * require more skills than its modality, e.g. trauma-informed practice.
 */
public class ServiceOffering extends AggregateRoot {

    /** Sessions are offered in these lengths only. */
    public static final Set<Duration> DURATIONS = Set.of(Duration.ofMinutes(30), Duration.ofMinutes(50),
            Duration.ofMinutes(60), Duration.ofMinutes(90));
    private static final Duration LONGEST_BUFFER = Duration.ofMinutes(60);

    private String name;
    private Skill modality;
    private Duration duration;
    private Duration bufferBefore;
    private Duration bufferAfter;
    private Set<Skill> requiredSkills;
    private RoomType roomType;
    private boolean active;

    private ServiceOffering() {
    }

    private ServiceOffering(String id, String chainId) {
        super(id, chainId);
    }

    public static ServiceOffering define(String id, String chainId, ServiceDetails details) {
        ServiceOffering offering = new ServiceOffering(id, chainId);
        offering.revise(details);
        return offering;
    }

    public void revise(ServiceDetails details) {
        if (!DURATIONS.contains(details.duration())) {
            throw new InvalidInputException("Sessions last 30, 50, 60 or 90 minutes");
        }
        requireBuffer(details.bufferBefore());
        requireBuffer(details.bufferAfter());
        name = details.name();
        modality = details.modality();
        duration = details.duration();
        bufferBefore = details.bufferBefore();
        bufferAfter = details.bufferAfter();
        requiredSkills = EnumSet.of(details.modality());
        requiredSkills.addAll(details.extraSkills());
        roomType = details.roomType();
        active = details.active();
    }

    private static void requireBuffer(Duration buffer) {
        if (buffer == null || buffer.isNegative() || buffer.compareTo(LONGEST_BUFFER) > 0) {
            throw new InvalidInputException("A buffer is between 0 and 60 minutes");
        }
    }

    public ServiceDetails details() {
        Set<Skill> extra = EnumSet.copyOf(requiredSkills);
        extra.remove(modality);
        return new ServiceDetails(name, modality, duration, bufferBefore, bufferAfter, extra, roomType, active);
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

    /** The modality and any other skill a therapist needs for this service. */
    public Set<Skill> requiredSkills() {
        return Set.copyOf(requiredSkills);
    }

    public RoomType roomType() {
        return roomType;
    }

    /** Whether clients can book it; retired services stay for the appointments that used them. */
    public boolean active() {
        return active;
    }
}
