package com.stillpoint.intake.clients;

import com.stillpoint.platform.tenancy.TenantOwned;

import java.time.Instant;

/**
 * How staff pages name a client: the first name, from booking's client events. Contact details are not kept here.
 *
 * @param asOf when booking last changed the profile; an older event never overwrites a newer one
 */
public record ClientProfile(String id, String chainId, String firstName, Instant asOf) implements TenantOwned {
}
