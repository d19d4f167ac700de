package com.stillpoint.notification.dispatch;

/** A message was scheduled to go out now; dispatching it needn't wait for the next poll. */
public record MessageDue(String chainId, String messageId) {
}
