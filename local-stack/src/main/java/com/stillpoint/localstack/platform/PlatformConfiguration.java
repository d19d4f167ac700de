package com.stillpoint.localstack.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    @Bean
    LocalPlatform localPlatform(PlatformProperties properties) {
        return new LocalPlatform(properties);
    }
}
