package com.stillpoint.console;

import com.stillpoint.platform.security.StaffMember;
import com.stillpoint.platform.security.StaffRole;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every console page's banner needs: who is signed in and which parts of the console they may open. */
@ControllerAdvice(basePackages = "com.stillpoint.console")
class ConsolePageModel {

    private final Operators operators;

    ConsolePageModel(Operators operators) {
        this.operators = operators;
    }

    @ModelAttribute
    void signedIn(Model model) {
        StaffMember.current().ifPresent(staff -> {
            model.addAttribute("staff", staff);
            model.addAttribute("chainAdmin", staff.has(StaffRole.CHAIN_ADMIN));
            model.addAttribute("operator", operators.isOperator(staff));
        });
    }
}
