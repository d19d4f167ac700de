package com.stillpoint.booking.therapists;

/** A technique a therapist practises, or an approach such as working trauma-informed. */
public enum Skill {
    SWEDISH,
    DEEP_TISSUE,
    MYOFASCIAL,
    CRANIOSACRAL,
    THAI,
    SHIATSU,
    SPORTS,
    TRAUMA_INFORMED
}
