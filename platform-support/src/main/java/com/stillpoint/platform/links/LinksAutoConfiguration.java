package com.stillpoint.platform.links;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;

import java.time.Clock;
import java.util.Base64;

/** Client links and their sessions, for services that send or open them. */
@AutoConfiguration
@EnableConfigurationProperties(LinksProperties.class)
public class LinksAutoConfiguration {

    @Bean
    LinkTokens linkTokens(MongoOperations mongo, Clock clock) {
        return new LinkTokens(mongo, clock);
    }

    @Bean
    @ConditionalOnProperty("stillpoint.links.sealing-key")
    LinkSealer linkSealer(LinksProperties properties) {
        return new LinkSealer(Base64.getDecoder().decode(properties.sealingKey()));
    }

    @Bean
    @ConditionalOnProperty("stillpoint.links.session-secret")
    LinkSessions linkSessions(LinksProperties properties, Clock clock) {
        return new LinkSessions(Base64.getDecoder().decode(properties.sessionSecret()), clock,
                properties.sessionMaxAge(), properties.secureCookies(), properties.requestsPerMinute());
    }
}
