package com.stillpoint.notification.recipients;

import com.stillpoint.platform.tenancy.TenantCollection;
import com.stillpoint.platform.tenancy.TenantContext;
import com.stillpoint.platform.tenancy.TenantOwned;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;

/**
 * At most one non-critical text (a nudge, a survey, a follow-up) per client per day of their own calendar. The
 * day's allowance is one document keyed by client and date, taken by an insert that only one message can win;
 * retries of the winning message find it theirs. A taken allowance stays taken even if its message then fails:
 * erring towards fewer texts.
 */
@Repository
public class SmsAllowance {

    private final TenantCollection<DailyAllowance> allowances;

    SmsAllowance(MongoOperations mongo) {
        this.allowances = new TenantCollection<>(mongo, DailyAllowance.class, "sms_allowances");
    }

    record DailyAllowance(String id, String chainId, String messageId) implements TenantOwned {
    }

    /** Whether the day's allowance is free, or already this message's. Reads only. */
    public boolean availableTo(String clientId, LocalDate day, String messageId) {
        return allowances.findById(keyOf(clientId, day)).map(taken -> taken.messageId().equals(messageId)).orElse(true);
    }

    /** @return whether the message now holds the client's allowance for the day */
    public boolean take(String clientId, LocalDate day, String messageId) {
        try {
            allowances.insert(new DailyAllowance(keyOf(clientId, day), TenantContext.requireChainId(), messageId));
            return true;
        } catch (DuplicateKeyException alreadyTaken) {
            return availableTo(clientId, day, messageId);
        }
    }

    private static String keyOf(String clientId, LocalDate day) {
        return clientId + ":" + day;
    }
}
