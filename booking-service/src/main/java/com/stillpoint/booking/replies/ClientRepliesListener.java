package com.stillpoint.booking.replies;

import com.stillpoint.booking.appointments.AppointmentLifecycle;
import com.stillpoint.booking.appointments.AppointmentStatus;
import com.stillpoint.booking.appointments.Appointments;
import com.stillpoint.booking.appointments.ConfirmedVia;
import com.stillpoint.booking.clients.Client;
import com.stillpoint.booking.clients.Clients;
import com.stillpoint.contracts.Channel;
import com.stillpoint.contracts.notification.ClientReplied;
import com.stillpoint.platform.aggregate.ConcurrentUpdateException;
import com.stillpoint.platform.messaging.EventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * What a client's SMS reply changes here: CONFIRM confirms the appointment the message was about; STOP and START
 * take SMS out of, or back into, the client's allowed channels (which republishes their profile); CANCEL changes
 * nothing (notification answers it with the manage link, where the client sees the cancellation policy). Each is
 * harmless to repeat: confirming twice, or stopping a stopped channel, changes nothing.
 */
@Component
@KafkaListener(topics = "notification.events")
class ClientRepliesListener extends EventListener {

    private static final Logger log = LoggerFactory.getLogger(ClientRepliesListener.class);

    private final Appointments appointments;
    private final AppointmentLifecycle lifecycle;
    private final Clients clients;
    private final Clock clock;

    ClientRepliesListener(Appointments appointments, AppointmentLifecycle lifecycle, Clients clients, Clock clock) {
        this.appointments = appointments;
        this.lifecycle = lifecycle;
        this.clients = clients;
        this.clock = clock;
    }

    @KafkaHandler
    void on(ClientReplied replied) {
        switch (replied.reply()) {
            case CONFIRM -> confirm(replied);
            case STOP -> changeChannels(replied.clientId(), client -> client.stop(replied.channel(), clock));
            case START -> changeChannels(replied.clientId(), client -> client.resume(replied.channel(), clock));
            case CANCEL -> { }
        }
    }

    private void confirm(ClientReplied replied) {
        if (replied.appointmentId() == null) {
            return;
        }
        appointments.find(replied.appointmentId())
                .filter(appointment -> appointment.clientId().equals(replied.clientId()))
                .filter(appointment -> appointment.status() == AppointmentStatus.BOOKED)
                .ifPresentOrElse(appointment -> lifecycle.confirm(appointment.id(), ConfirmedVia.SMS_REPLY),
                        () -> log.info("A confirmation for appointment {} came when it could no longer be confirmed",
                                replied.appointmentId()));
    }

    private void changeChannels(String clientId, java.util.function.Predicate<Client> change) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Client client = clients.find(clientId).orElse(null);
            if (client == null || !change.test(client)) {
                return;
            }
            try {
                clients.save(client);
                return;
            } catch (ConcurrentUpdateException changedMeanwhile) {
                // Read the profile again and apply the reply to what the desk just saved.
            }
        }
    }
}
