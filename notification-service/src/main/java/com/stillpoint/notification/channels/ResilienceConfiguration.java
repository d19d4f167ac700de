package com.stillpoint.notification.channels;

import io.github.resilience4j.common.circuitbreaker.configuration.CircuitBreakerConfigCustomizer;
import io.github.resilience4j.common.retry.configuration.RetryConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which failures the provider guards act on; how much (attempts, windows, rates) is configuration. Only a
 * failure that certainly sent nothing is retried. A refusal or a veto says nothing about the provider's health,
 * so it never counts towards opening a circuit; an unanswered request does.
 */
@Configuration(proxyBeanMethods = false)
class ResilienceConfiguration {

    @Bean
    RetryConfigCustomizer smsRetry() {
        return retryOnlyWhatSentNothing("sms");
    }

    @Bean
    RetryConfigCustomizer emailRetry() {
        return retryOnlyWhatSentNothing("email");
    }

    @Bean
    CircuitBreakerConfigCustomizer smsCircuitBreaker() {
        return breakOnProviderTrouble("sms");
    }

    @Bean
    CircuitBreakerConfigCustomizer emailCircuitBreaker() {
        return breakOnProviderTrouble("email");
    }

    private static RetryConfigCustomizer retryOnlyWhatSentNothing(String provider) {
        return RetryConfigCustomizer.of(provider, retry -> retry
                .retryExceptions(ProviderUnavailableException.class)
                .ignoreExceptions(ProviderRejectedException.class, AmbiguousSendException.class,
                        SendVetoedException.class));
    }

    private static CircuitBreakerConfigCustomizer breakOnProviderTrouble(String provider) {
        return CircuitBreakerConfigCustomizer.of(provider, breaker -> breaker
                .recordExceptions(ProviderUnavailableException.class, AmbiguousSendException.class)
                .ignoreExceptions(ProviderRejectedException.class, SendVetoedException.class));
    }
}
