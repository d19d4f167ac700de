package com.stillpoint.booking.publicbooking;

import com.stillpoint.booking.chains.Chain;
import com.stillpoint.booking.chains.Chains;
import com.stillpoint.platform.problem.NotFoundException;
import com.stillpoint.platform.tenancy.TenantContext;
import org.springframework.stereotype.Component;

import java.util.function.Function;

/**
 * Binds the chain of a public page from its path, and only if that chain takes bookings online: a chain that does
 * not, and one that does not exist, look the same (404).
 */
@Component
class PublicChains {

    private final Chains chains;

    PublicChains(Chains chains) {
        this.chains = chains;
    }

    <T> T in(String chainId, Function<Chain, T> work) {
        return TenantContext.callAs(chainId, () -> work.apply(chains.current().filter(Chain::publicBooking)
                .orElseThrow(() -> new NotFoundException("chain", chainId))));
    }
}
