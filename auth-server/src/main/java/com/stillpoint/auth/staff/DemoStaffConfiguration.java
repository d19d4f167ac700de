package com.stillpoint.auth.staff;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Demo staff sign in with form login; their tokens carry the staff claims. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DemoStaffProperties.class)
class DemoStaffConfiguration {

    /** Also checks the client secrets, which therefore carry an encoding prefix such as {@code {bcrypt}}. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    DemoStaff demoStaff(DemoStaffProperties properties, PasswordEncoder passwordEncoder) {
        return new DemoStaff(properties, passwordEncoder);
    }

    @Bean
    StaffClaims staffClaims(DemoStaff demoStaff) {
        return new StaffClaims(demoStaff);
    }
}
