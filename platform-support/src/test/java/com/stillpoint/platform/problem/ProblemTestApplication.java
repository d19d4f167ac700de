package com.stillpoint.platform.problem;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** An API whose endpoints fail in every way an API can. */
@SpringBootApplication
class ProblemTestApplication {

    @Bean
    @Order(1)
    SecurityFilterChain openTestApi(HttpSecurity http) throws Exception {
        return http.securityMatcher("/test/**").authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable()).build();
    }

    record Note(String text) {
    }

    @RestController
    static class FailingApi {

        @PostMapping("/test/notes")
        Note echo(@RequestBody Note note) {
            return note;
        }

        @GetMapping("/test/broken")
        Note broken() {
            throw new IllegalStateException("database password is hunter2");
        }

        @GetMapping("/test/conflict")
        Note conflict() {
            throw new ConflictException("slot-taken", "That time was just taken.");
        }
    }
}
