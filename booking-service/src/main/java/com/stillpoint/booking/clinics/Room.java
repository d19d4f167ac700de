package com.stillpoint.booking.clinics;

/** A bookable treatment room. Its id is unique within the chain. */
public record Room(String id, String name, RoomType type) {
}
