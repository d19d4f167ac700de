package com.stillpoint.platform.figures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/** Counts, per clinic and figure, how many of the things looked at met the figure's condition. */
public final class FiguresTally {

    private final Map<String, Map<String, Share>> byClinic = new TreeMap<>();

    public void count(String clinicId, String figure, boolean counted) {
        byClinic.computeIfAbsent(clinicId, clinic -> new LinkedHashMap<>())
                .merge(figure, new Share(0, 0).plus(counted), (before, one) -> before.plus(counted));
    }

    /** The report for the clinics the caller may see, in clinic id order, named by {@code clinicName}. */
    public FiguresReport report(FiguresRange range, Predicate<String> visibleClinic,
                                Function<String, Optional<String>> clinicName) {
        List<ClinicFigures> clinics = byClinic.entrySet().stream()
                .filter(clinic -> visibleClinic.test(clinic.getKey()))
                .map(clinic -> new ClinicFigures(clinic.getKey(), clinicName.apply(clinic.getKey()).orElse(null),
                        Map.copyOf(clinic.getValue())))
                .toList();
        return new FiguresReport(range.from(), range.to(), clinics);
    }
}
