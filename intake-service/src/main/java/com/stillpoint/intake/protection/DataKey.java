package com.stillpoint.intake.protection;

import com.stillpoint.platform.tenancy.TenantOwned;

import java.time.Instant;

/**
 * A chain's data key as stored: wrapped (AES-GCM) by the master key, bound to the chain, so it is useless without
 * the master key and cannot be moved to another chain.
 *
 * @param id the chain id: one data key per chain
 */
record DataKey(String id, String chainId, String wrappedKey, Instant createdAt) implements TenantOwned {
}
