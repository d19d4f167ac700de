package com.stillpoint.platform.figures;

import java.util.Map;

/** One clinic's figures from one service, by figure name (such as {@code no-show-rate}). */
public record ClinicFigures(String clinicId, Map<String, Share> figures) {
}
