package com.stillpoint.booking.clinics;

import com.stillpoint.platform.problem.InvalidInputException;

/** A bookable treatment room. Its id is unique within the chain. */
public record Room(String id, String name, RoomType type) {

    public Room {
        if (id == null || id.isBlank() || name == null || name.isBlank() || type == null) {
            throw new InvalidInputException("A room has an id, a name and a type");
        }
    }
}
