package com.stillpoint.console.dashboard;

import com.stillpoint.platform.figures.FiguresRange;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The operations dashboard: per-clinic figures over a range of days (by default the last 30), each from the
 * service that owns the data, for the clinics the signed-in admin may see.
 */
@Controller
class DashboardController {

    private static final int DEFAULT_DAYS = 30;

    private final ServiceFigures figures;
    private final Clock clock;

    DashboardController(ServiceFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/dashboard";
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     Model model) {
        LocalDate until = to == null ? LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) : to;
        FiguresRange range = new FiguresRange(from == null ? until.minusDays(DEFAULT_DAYS - 1) : from, until);
        ServiceFigures.Collected collected = figures.collect(range);
        model.addAttribute("range", range);
        model.addAttribute("figures", Figure.values());
        model.addAttribute("clinics", collected.clinics());
        model.addAttribute("unavailable", collected.unavailable());
        return "dashboard";
    }
}
