package com.stillpoint.auth.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * The demo staff who can sign in.
 *
 * @param demoPassword the one password of every demo staff member: a local-demo secret, never a real credential
 * @param demoStaff    the staff members
 */
@ConfigurationProperties("stillpoint.auth")
record DemoStaffProperties(String demoPassword, List<StaffMember> demoStaff) {
}
