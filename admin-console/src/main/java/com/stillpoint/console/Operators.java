package com.stillpoint.console;

import com.stillpoint.platform.security.StaffMember;
import com.stillpoint.platform.security.StaffRole;
import org.springframework.stereotype.Component;

/**
 * Who operates the platform as a whole: the chain admins of the operator chain. They see every service in Spring
 * Boot Admin and every chain's dead letters. Any other chain admin sees only what concerns their own chain.
 */
@Component
public class Operators {

    private final String operatorChain;

    Operators(ConsoleProperties properties) {
        this.operatorChain = properties.operatorChain();
    }

    public boolean isOperator(StaffMember staff) {
        return staff.has(StaffRole.CHAIN_ADMIN) && staff.chainId().equals(operatorChain);
    }

    /** Whether the staff member may see (and replay) what a chain's event says; {@code chainId} may be unknown. */
    public boolean maySeeChain(StaffMember staff, String chainId) {
        return isOperator(staff) || staff.has(StaffRole.CHAIN_ADMIN) && staff.chainId().equals(chainId);
    }
}
