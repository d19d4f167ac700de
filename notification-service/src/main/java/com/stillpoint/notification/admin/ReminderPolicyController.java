package com.stillpoint.notification.admin;

import com.stillpoint.contracts.Channel;
import com.stillpoint.notification.schedule.ReminderPolicies;
import com.stillpoint.notification.schedule.ReminderRule;
import com.stillpoint.platform.problem.InvalidInputException;
import com.stillpoint.platform.security.StaffMember;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A clinic's reminder policy: which reminders its clients get, on which channel, how long before. Applies to
 * appointments booked or moved after the change.
 */
@RestController
@RequestMapping("/api/notification/clinics/{clinicId}/reminder-policy")
class ReminderPolicyController {

    private static final Duration SHORTEST = Duration.ofHours(1);
    private static final Duration LONGEST = Duration.ofDays(14);

    private final ReminderPolicies policies;
    private final ClinicAccess access;
    private final Clock clock;

    ReminderPolicyController(ReminderPolicies policies, ClinicAccess access, Clock clock) {
        this.policies = policies;
        this.access = access;
        this.clock = clock;
    }

    /** @param custom whether the clinic set it, or the service's default applies */
    record PolicyView(String clinicId, List<Reminder> reminders, boolean custom) {
    }

    /** @param before an ISO-8601 duration, e.g. {@code PT24H} */
    record Reminder(@NotNull Channel channel, @NotNull Duration before) {
    }

    record PolicyRequest(@NotNull @Size(min = 1, max = 4) List<@Valid @NotNull Reminder> reminders) {
    }

    @GetMapping
    PolicyView get(@PathVariable String clinicId) {
        access.requireClinic(clinicId);
        return view(clinicId);
    }

    @PutMapping
    PolicyView set(@PathVariable String clinicId, @Valid @RequestBody PolicyRequest request) {
        access.requireClinic(clinicId);
        Set<Reminder> distinct = new HashSet<>();
        for (Reminder reminder : request.reminders()) {
            if (reminder.before().compareTo(SHORTEST) < 0 || reminder.before().compareTo(LONGEST) > 0) {
                throw new InvalidInputException("A reminder goes between 1 hour and 14 days before the appointment.");
            }
            if (!distinct.add(reminder)) {
                throw new InvalidInputException("The same reminder is listed twice.");
            }
        }
        policies.set(clinicId, request.reminders().stream()
                .map(reminder -> new ReminderRule(reminder.channel(), reminder.before())).toList(),
                clock.instant(), StaffMember.require().username());
        return view(clinicId);
    }

    /** Back to the service's default policy. */
    @DeleteMapping
    ResponseEntity<Void> reset(@PathVariable String clinicId) {
        access.requireClinic(clinicId);
        policies.reset(clinicId);
        return ResponseEntity.noContent().build();
    }

    private PolicyView view(String clinicId) {
        return new PolicyView(clinicId, policies.forClinic(clinicId).stream()
                .map(rule -> new Reminder(rule.channel(), rule.before())).toList(), policies.isCustom(clinicId));
    }
}
