package com.stillpoint.booking.clinics;

/** What a room is equipped for. A service needs one type of room. */
public enum RoomType {
    /** A treatment table: most modalities. */
    TABLE,
    /** A floor mat: Thai massage and shiatsu. */
    MAT
}
