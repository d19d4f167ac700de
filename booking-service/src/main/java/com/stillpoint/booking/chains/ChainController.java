package com.stillpoint.booking.chains;

import com.stillpoint.booking.calendar.TravelTime;
import com.stillpoint.booking.calendar.TravelTimes;
import com.stillpoint.booking.clinics.Clinics;
import com.stillpoint.platform.tenancy.TenantContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.List;

/**
 * The caller's own chain (there is no chain id in any path: the token names it): its name, whether clients may
 * book online, and the travel times between its clinics.
 */
@RestController
@RequestMapping("/api/chain")
class ChainController {

    private static final String ID_PATTERN = "[A-Za-z0-9._-]{1,64}";

    private final Chains chains;
    private final Clinics clinics;

    ChainController(Chains chains, Clinics clinics) {
        this.chains = chains;
        this.clinics = clinics;
    }

    @GetMapping
    ChainView get() {
        return ChainView.of(chains.requireCurrent());
    }

    /** Names the chain and opens or closes online booking; the first call sets the chain up. */
    @PutMapping
    ChainView update(@Valid @RequestBody ChainRequest request) {
        return ChainView.of(chains.current().map(chain -> {
            chain.revise(request.name(), request.publicBooking());
            return chains.save(chain);
        }).orElseGet(() -> chains.add(Chain.found(TenantContext.requireChainId(), request.name(),
                request.publicBooking(), TravelTimes.standardOnly()))));
    }

    @PutMapping("/travel-times")
    ChainView setTravelTimes(@Valid @RequestBody TravelTimesRequest request) {
        request.pairs().forEach(pair -> {
            clinics.get(pair.clinicA());
            clinics.get(pair.clinicB());
        });
        Chain chain = chains.requireCurrent();
        chain.setTravelTimes(new TravelTimes(request.standard(), request.pairs().stream()
                .map(pair -> new TravelTime(pair.clinicA(), pair.clinicB(), pair.time())).toList()));
        return ChainView.of(chains.save(chain));
    }

    record ChainRequest(@NotBlank @Size(max = 120) String name, @NotNull Boolean publicBooking) {
    }

    record TravelTimesRequest(@NotNull Duration standard, @NotNull @Size(max = 200) List<@Valid @NotNull Pair> pairs) {
    }

    record Pair(@NotBlank @Pattern(regexp = ID_PATTERN) String clinicA,
                @NotBlank @Pattern(regexp = ID_PATTERN) String clinicB, @NotNull Duration time) {
    }

    record ChainView(String id, String name, boolean publicBooking, TravelTimes travelTimes) {
        static ChainView of(Chain chain) {
            return new ChainView(chain.id(), chain.name(), chain.publicBooking(), chain.travelTimes());
        }
    }
}
