package com.stillpoint.booking.clients;

import com.stillpoint.platform.tenancy.TenantOwned;

/**
 * Which client of a chain uses an email address, so a returning client booking online is recognised.
 *
 * @param id the chain and the SHA-256 of the normalised address: the address itself is not repeated here
 */
record ClientEmail(String id, String chainId, String clientId) implements TenantOwned {
}
