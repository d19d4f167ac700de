package com.stillpoint.platform;

import com.stillpoint.platform.correlation.CorrelationIdFilter;
import com.stillpoint.platform.correlation.CorrelationIdPropagation;
import com.stillpoint.platform.hardening.RequestSizeLimitFilter;
import com.stillpoint.platform.problem.ProblemDetailsAdvice;
import com.stillpoint.platform.problem.UnexpectedErrorAdvice;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import java.time.Clock;

/** The web-facing conventions every service shares: problem details, correlation ids, request size limits. */
@AutoConfiguration
public class PlatformAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    @Bean
    UnexpectedErrorAdvice unexpectedErrorAdvice() {
        return new UnexpectedErrorAdvice();
    }

    /** No request of the platform needs more; a larger body is refused before anything reads it. */
    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
            @Value("${stillpoint.http.max-request-bytes:65536}") long maxBytes) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestSizeLimitFilter(maxBytes));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Services that call out over HTTP (providers, other services) pass the correlation id along. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(RestClientCustomizer.class)
    static class OutgoingCorrelation {

        @Bean
        RestClientCustomizer correlationIdPropagation() {
            return builder -> builder.requestInterceptor(new CorrelationIdPropagation());
        }
    }
}
