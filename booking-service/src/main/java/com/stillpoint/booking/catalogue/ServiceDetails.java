package com.stillpoint.booking.catalogue;

import com.stillpoint.booking.clinics.RoomType;
import com.stillpoint.booking.therapists.Skill;

import java.time.Duration;
import java.util.Set;

/**
 * What an administrator sets on a service.
 *
 * @param extraSkills skills needed besides the modality, e.g. {@code TRAUMA_INFORMED}
 */
public record ServiceDetails(String name, Skill modality, Duration duration, Duration bufferBefore,
                             Duration bufferAfter, Set<Skill> extraSkills, RoomType roomType, boolean active) {

    public ServiceDetails {
        extraSkills = Set.copyOf(extraSkills);
    }
}
