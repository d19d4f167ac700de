package com.stillpoint.platform.backbone;

import com.stillpoint.contracts.booking.ClinicChanged;
import com.stillpoint.platform.messaging.CloudEventHeaders;
import com.stillpoint.platform.messaging.EventListener;
import com.stillpoint.platform.tenancy.TenantContext;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records what it receives, and fails on clinics named "fail". */
@Component
@KafkaListener(topics = "booking.reference", groupId = "backbone-test")
class RecordingListener extends EventListener {

    record Received(ClinicChanged event, Map<String, String> headers, String boundChain) {
    }

    final List<Received> received = new CopyOnWriteArrayList<>();

    @KafkaHandler
    void on(ClinicChanged event,
            @Header(CloudEventHeaders.TYPE) String type,
            @Header(CloudEventHeaders.ID) String id,
            @Header(CloudEventHeaders.SOURCE) String source,
            @Header(CloudEventHeaders.CHAIN_ID) String chain,
            @Header(CloudEventHeaders.SCHEMA_VERSION) String schemaVersion,
            @Header(CloudEventHeaders.SUBJECT) String subject) {
        if (event.name().equals("fail")) {
            throw new IllegalStateException("listener cannot handle " + event.clinicId());
        }
        received.add(new Received(event, Map.of("type", type, "id", id, "source", source, "chain", chain,
                "schemaVersion", schemaVersion, "subject", subject), TenantContext.requireChainId()));
    }

    List<ClinicChanged> eventsOf(String clinicId) {
        return received.stream().map(Received::event).filter(event -> event.clinicId().equals(clinicId)).toList();
    }
}
