package com.stillpoint.benchmarks.contention;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

/**
 * What booking-service stored, read straight from its database after the load, and the overlaps in it: two booked
 * appointments of one therapist, or of one room, whose blocked times (session plus buffers) intersect.
 */
public record StoredBookings(List<Booked> booked) {

    /** One booked appointment's resources and blocked time. */
    public record Booked(String id, String therapistId, String roomId, Instant start, Instant end) {
    }

    public static StoredBookings read(String mongoUri, String database, String chainId) {
        try (MongoClient client = MongoClients.create(mongoUri)) {
            List<Booked> booked = new ArrayList<>();
            for (Document appointment : client.getDatabase(database).getCollection("appointments")
                    .find(and(eq("chainId", chainId), eq("status", "BOOKED")))) {
                Document placement = appointment.get("placement", Document.class);
                Document blocked = placement.get("blocked", Document.class);
                booked.add(new Booked(appointment.get("_id").toString(), placement.getString("therapistId"),
                        placement.getString("roomId"), blocked.getDate("start").toInstant(),
                        blocked.getDate("end").toInstant()));
            }
            return new StoredBookings(booked);
        }
    }

    public long therapistOverlaps() {
        return overlapsPer(Booked::therapistId);
    }

    public long roomOverlaps() {
        return overlapsPer(Booked::roomId);
    }

    /** Pairs on the same resource whose blocked times intersect (touching ends do not). */
    private long overlapsPer(Function<Booked, String> resource) {
        Map<String, List<Booked>> byResource = booked.stream().collect(Collectors.groupingBy(resource));
        long overlaps = 0;
        for (List<Booked> onResource : byResource.values()) {
            List<Booked> sorted = onResource.stream().sorted(Comparator.comparing(Booked::start)).toList();
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size() && sorted.get(j).start().isBefore(sorted.get(i).end()); j++) {
                    overlaps++;
                }
            }
        }
        return overlaps;
    }
}
