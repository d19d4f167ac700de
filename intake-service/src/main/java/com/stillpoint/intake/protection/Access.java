package com.stillpoint.intake.protection;

import com.stillpoint.platform.security.StaffMember;
import com.stillpoint.platform.security.StaffRole;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Who opens health data and why: the vault records it before it decrypts anything.
 *
 * @param roles the staff member's roles at the time of the read; empty for clients and the service
 */
public record Access(ReaderKind readerKind, String readerId, Set<String> roles, ReadPurpose purpose) {

    private static final String SERVICE = "intake-service";

    public Access {
        roles = Set.copyOf(roles);
    }

    public static Access staff(StaffMember staff, ReadPurpose purpose) {
        return new Access(ReaderKind.STAFF, staff.username(),
                staff.roles().stream().map(StaffRole::name).collect(Collectors.toCollection(TreeSet::new)), purpose);
    }

    public static Access client(String clientId, ReadPurpose purpose) {
        return new Access(ReaderKind.CLIENT, clientId, Set.of(), purpose);
    }

    public static Access system(ReadPurpose purpose) {
        return new Access(ReaderKind.SYSTEM, SERVICE, Set.of(), purpose);
    }
}
