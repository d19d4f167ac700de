package com.stillpoint.localstack.sms;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The most recent messages by sid, bounded so a long session cannot exhaust the console's memory. */
@Component
class SmsMessages {

    private final Clock clock;
    private final Map<String, SmsMessage> bySid;

    SmsMessages(SmsSinkProperties properties, Clock clock) {
        this.clock = clock;
        this.bySid = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, SmsMessage> eldest) {
                return size() > properties.capacity();
            }
        };
    }

    synchronized void add(SmsMessage message) {
        bySid.put(message.sid(), message);
    }

    synchronized Optional<SmsMessage> find(String sid) {
        return Optional.ofNullable(bySid.get(sid));
    }

    /** Marks a message delivered; empty if it has meanwhile been forgotten. */
    synchronized Optional<SmsMessage> markDelivered(String sid) {
        return Optional.ofNullable(bySid.computeIfPresent(sid, (key, message) -> message.delivered(clock.instant())));
    }

    synchronized List<SmsMessage> newestFirst() {
        List<SmsMessage> messages = new ArrayList<>(bySid.values());
        Collections.reverse(messages);
        return messages;
    }
}
