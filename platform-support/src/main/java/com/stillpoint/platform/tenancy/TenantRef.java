package com.stillpoint.platform.tenancy;

/** A document found by a background job that works across chains; the job acts on it inside its chain. */
public record TenantRef(String chainId, String id) {
}
