package com.stillpoint.platform.figures;

import java.util.Map;

/**
 * One clinic's figures from one service, by figure name (such as {@code no-show-rate}), with the clinic's name as
 * that service knows it ({@code null} if it doesn't), so a dashboard can show names rather than ids.
 */
public record ClinicFigures(String clinicId, String clinicName, Map<String, Share> figures) {
}
