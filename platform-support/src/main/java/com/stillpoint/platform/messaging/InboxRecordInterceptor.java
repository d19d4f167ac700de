package com.stillpoint.platform.messaging;

import com.stillpoint.contracts.IntegrationEvent;
import com.stillpoint.platform.correlation.CorrelationId;
import com.stillpoint.platform.tenancy.TenantContext;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.kafka.listener.RecordInterceptor;

/**
 * Runs around every record any listener of the service receives:
 * <ul>
 *   <li>skips an event the consumer group has already processed (the idempotent inbox);</li>
 *   <li>binds the event's chain, so the listener's data access is scoped to it;</li>
 *   <li>continues the correlation id from the headers into the logs.</li>
 * </ul>
 * An event is recorded as processed only after its listener returned normally.
 */
class InboxRecordInterceptor implements RecordInterceptor<Object, Object> {

    private static final Logger log = LoggerFactory.getLogger(InboxRecordInterceptor.class);

    private final ProcessedEvents processedEvents;
    private final EventMetrics metrics;
    private final ThreadLocal<TenantContext.Scope> tenant = new ThreadLocal<>();

    InboxRecordInterceptor(ProcessedEvents processedEvents, EventMetrics metrics) {
        this.processedEvents = processedEvents;
        this.metrics = metrics;
    }

    @Override
    public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        CloudEventHeaders.read(record.headers(), CorrelationId.KAFKA_HEADER)
                .filter(CorrelationId::isWellFormed)
                .ifPresent(id -> MDC.put(CorrelationId.MDC_KEY, id));
        if (!(record.value() instanceof IntegrationEvent event)) {
            return record;
        }
        tenant.set(TenantContext.bind(event.chainId()));
        if (processedEvents.contains(groupOf(consumer), event)) {
            log.debug("Skipping event {} from {}-{}@{}: already processed", event.eventId(),
                    record.topic(), record.partition(), record.offset());
            metrics.processed(groupOf(consumer), typeOf(record), true);
            return null;
        }
        return record;
    }

    @Override
    public void success(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        if (record.value() instanceof IntegrationEvent event) {
            processedEvents.record(groupOf(consumer), event, typeOf(record));
            metrics.processed(groupOf(consumer), typeOf(record), false);
        }
    }

    @Override
    public void failure(ConsumerRecord<Object, Object> record, Exception exception, Consumer<Object, Object> consumer) {
        metrics.failed(groupOf(consumer), typeOf(record));
    }

    @Override
    public void afterRecord(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        TenantContext.Scope scope = tenant.get();
        if (scope != null) {
            scope.close();
            tenant.remove();
        }
        MDC.remove(CorrelationId.MDC_KEY);
    }

    static String typeOf(ConsumerRecord<?, ?> record) {
        return CloudEventHeaders.read(record.headers(), CloudEventHeaders.TYPE).orElse("unknown");
    }

    private static String groupOf(Consumer<?, ?> consumer) {
        return consumer.groupMetadata().groupId();
    }
}
