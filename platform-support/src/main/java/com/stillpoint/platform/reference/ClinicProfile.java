package com.stillpoint.platform.reference;

import com.stillpoint.platform.tenancy.TenantOwned;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A clinic as another service knows it from booking-service's reference events: what a page or a message may show.
 *
 * @param asOf when booking-service last changed it; an older event never overwrites a newer one
 */
public record ClinicProfile(String id, String chainId, String name, ZoneId zone, String phone, String address,
                            Instant asOf) implements TenantOwned {
}
