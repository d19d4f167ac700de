package com.stillpoint.platform.figures;

import java.time.LocalDate;
import java.util.List;

/**
 * What a service's staff figures endpoint answers: per-clinic figures over the days {@code from} to {@code to}
 * (both included, UTC), for the clinics the caller may see in their chain.
 */
public record FiguresReport(LocalDate from, LocalDate to, List<ClinicFigures> clinics) {
}
