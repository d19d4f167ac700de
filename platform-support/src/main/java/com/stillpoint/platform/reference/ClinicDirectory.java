package com.stillpoint.platform.reference;

import com.stillpoint.contracts.booking.ClinicChanged;
import com.stillpoint.platform.tenancy.TenantCollection;
import org.springframework.data.mongodb.core.MongoOperations;

import java.util.Optional;

/**
 * A service's own copy of the chain's clinics, kept from {@link ClinicChanged} events. Each consuming service
 * feeds it from its listener of the reference topic.
 */
public class ClinicDirectory {

    private final TenantCollection<ClinicProfile> clinics;

    ClinicDirectory(MongoOperations mongo) {
        this.clinics = new TenantCollection<>(mongo, ClinicProfile.class, "clinic_profiles");
    }

    /** Applies a change, unless a newer one is already applied (events can arrive twice, or late). */
    public void apply(ClinicChanged event) {
        clinics.keepLatest(event.clinicId(), new ClinicProfile(event.clinicId(), event.chainId(), event.name(),
                event.timeZone(), event.phone(), event.address(), event.occurredAt()), ClinicProfile::asOf);
    }

    public Optional<ClinicProfile> find(String clinicId) {
        return clinics.findById(clinicId);
    }

    public Optional<String> nameOf(String clinicId) {
        return find(clinicId).map(ClinicProfile::name);
    }
}
