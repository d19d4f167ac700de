package com.stillpoint.notification.schedule;

import com.stillpoint.notification.NotificationProperties;
import com.stillpoint.platform.tenancy.TenantCollection;
import com.stillpoint.platform.tenancy.TenantContext;
import com.stillpoint.platform.tenancy.TenantOwned;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Each clinic's reminder policy, e.g. an email 48 hours before and a text 24 hours before. A clinic that has not
 * set its own gets the service's default. A change applies to appointments booked or moved afterwards.
 */
@Repository
public class ReminderPolicies {

    private final TenantCollection<ReminderPolicy> policies;
    private final List<ReminderRule> defaults;

    ReminderPolicies(MongoOperations mongo, NotificationProperties properties) {
        this.policies = new TenantCollection<>(mongo, ReminderPolicy.class, "reminder_policies");
        this.defaults = List.copyOf(properties.reminders());
    }

    /** @param updatedBy the staff member who set it */
    public record ReminderPolicy(String id, String chainId, List<ReminderRule> reminders, Instant updatedAt,
                                 String updatedBy) implements TenantOwned {
    }

    public List<ReminderRule> forClinic(String clinicId) {
        return policies.findById(clinicId).map(ReminderPolicy::reminders).orElse(defaults);
    }

    /** Whether the clinic has set its own policy (else the default applies). */
    public boolean isCustom(String clinicId) {
        return policies.findById(clinicId).isPresent();
    }

    public void set(String clinicId, List<ReminderRule> reminders, Instant at, String by) {
        policies.save(clinicId, new ReminderPolicy(clinicId, TenantContext.requireChainId(), List.copyOf(reminders), at, by));
    }

    public void reset(String clinicId) {
        policies.remove(new Query(where("_id").is(clinicId)));
    }
}
