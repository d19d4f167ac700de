package com.stillpoint.booking.clinics;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/** Everything an administrator sets on a clinic. */
public record ClinicDetails(String name, ZoneId zone, String address, String phone, List<Room> rooms,
                            Duration lateCancelWindow) {
}
