package com.stillpoint.auth.staff;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The in-memory store of demo staff: their logins for form login, their attributes for the token claims. */
class DemoStaff implements UserDetailsService {

    private final Map<String, StaffMember> membersByUsername;
    private final String encodedPassword;

    DemoStaff(DemoStaffProperties properties, PasswordEncoder passwordEncoder) {
        this.membersByUsername = properties.demoStaff().stream()
                .collect(Collectors.toUnmodifiableMap(StaffMember::username, Function.identity()));
        // Everyone shares the demo password, so one (deliberately slow) hash serves them all.
        this.encodedPassword = passwordEncoder.encode(properties.demoPassword());
    }

    Optional<StaffMember> find(String username) {
        return Optional.ofNullable(membersByUsername.get(username));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StaffMember member = find(username).orElseThrow(() -> new UsernameNotFoundException("No such demo staff"));
        // A new User every time: Spring Security erases the password of the instance it authenticated.
        return User.withUsername(member.username())
                .password(encodedPassword)
                .roles(member.roles().stream().map(StaffRole::name).toArray(String[]::new))
                .build();
    }
}
