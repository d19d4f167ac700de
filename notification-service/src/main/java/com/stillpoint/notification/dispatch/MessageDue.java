package com.stillpoint.notification.dispatch;

/** A message was scheduled to go out now; dispatching it needn't wait for its minute to be polled. */
public record MessageDue(String chainId, String messageId) {
}
