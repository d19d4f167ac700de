package com.stillpoint.platform.reference;

import com.stillpoint.contracts.booking.ClinicChanged;
import com.stillpoint.platform.messaging.EventListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;

@Configuration(proxyBeanMethods = false)
class ClinicDirectoryConfiguration {

    @Bean
    ClinicDirectory clinicDirectory(MongoOperations mongo) {
        return new ClinicDirectory(mongo);
    }

    @Bean
    ClinicChangesListener clinicChangesListener(ClinicDirectory directory) {
        return new ClinicChangesListener(directory);
    }

    @KafkaListener(topics = "booking.reference")
    static class ClinicChangesListener extends EventListener {

        private final ClinicDirectory directory;

        ClinicChangesListener(ClinicDirectory directory) {
            this.directory = directory;
        }

        @KafkaHandler
        void on(ClinicChanged changed) {
            directory.apply(changed);
        }
    }
}
