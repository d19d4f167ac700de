package com.stillpoint.platform.tenancy;

/** A stored document that belongs to one chain. Its {@code chainId} field is what every query filters on. */
public interface TenantOwned {

    String CHAIN_ID = "chainId";

    String chainId();
}
