package com.stillpoint.booking.availability;

import com.stillpoint.booking.calendar.Claim;
import com.stillpoint.booking.calendar.ClaimSpacing;
import com.stillpoint.booking.calendar.ClinicTime;
import com.stillpoint.booking.calendar.DailyHours;
import com.stillpoint.booking.calendar.Interval;
import com.stillpoint.booking.calendar.Resource;
import com.stillpoint.booking.calendar.ResourceClaims;
import com.stillpoint.booking.calendar.TravelTimes;
import com.stillpoint.booking.catalogue.Catalogue;
import com.stillpoint.booking.catalogue.ServiceOffering;
import com.stillpoint.booking.chains.Chains;
import com.stillpoint.booking.clients.LastVisits;
import com.stillpoint.booking.clinics.Clinic;
import com.stillpoint.booking.clinics.Clinics;
import com.stillpoint.booking.clinics.Room;
import com.stillpoint.booking.therapists.Skill;
import com.stillpoint.booking.therapists.Therapist;
import com.stillpoint.booking.therapists.Therapists;
import com.stillpoint.platform.problem.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds bookable sessions. For each clinic and date (on the clinic's own calendar) and each qualified therapist:
 * the therapist's hours there that day (weekly shift, or the date's override; none on time off), within the
 * clinic's opening hours; candidate starts every step on the clinic's wall clock, so 10:00 is 10:00 on both sides
 * of a DST change and a time the clocks skip is never offered; then the therapist's claims (with travel buffers to
 * sessions at other clinics, exactly as a claim checks them) and a free room of the right type.
 *
 * <p>Claims are read in one query for every resource at once (see {@link #FIRST_READ}). Claims of cancelled or
 * abandoned bookings that were not removed yet count as taken: the search cannot afford to ask every appointment,
 * and at worst a slot shows up only once the next claim there has tidied the dead one away.
 */
@Service
public class AvailabilitySearch {

    /**
     * Claims are read for the first week, then, if the page is not full yet, for the rest of the range: a first
     * page, usually filled within days, does not pay for reading a whole quarter, and a long search costs two
     * queries, not one a week.
     */
    private static final Period FIRST_READ = Period.ofDays(7);

    private final Catalogue catalogue;
    private final Clinics clinics;
    private final Therapists therapists;
    private final Chains chains;
    private final LastVisits lastVisits;
    private final ResourceClaims resourceClaims;
    private final Clock clock;
    private final Duration step;

    AvailabilitySearch(Catalogue catalogue, Clinics clinics, Therapists therapists, Chains chains,
                       LastVisits lastVisits, ResourceClaims resourceClaims, Clock clock,
                       @Value("${stillpoint.booking.slot-step:15m}") Duration step) {
        this.catalogue = catalogue;
        this.clinics = clinics;
        this.therapists = therapists;
        this.chains = chains;
        this.lastVisits = lastVisits;
        this.resourceClaims = resourceClaims;
        this.clock = clock;
        this.step = step;
    }

    /** The slots, earliest first, then by therapist name; at most the query's limit (whole days are completed). */
    public List<Slot> search(SlotQuery query) {
        ServiceOffering service = catalogue.get(query.serviceId());
        if (!service.active()) {
            throw new InvalidInputException(service.name() + " is no longer offered");
        }
        List<Clinic> searched = query.clinicIds().stream().distinct().map(clinics::get).toList();
        List<Therapist> qualified = qualified(query, service);
        if (qualified.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<Slot> slots = new ArrayList<>();
        LocalDate firstWeekEnd = query.from().plus(FIRST_READ).minusDays(1);
        LocalDate from = query.from();
        while (!from.isAfter(query.to()) && slots.size() < query.limit()) {
            LocalDate to = from.equals(query.from()) && firstWeekEnd.isBefore(query.to()) ? firstWeekEnd : query.to();
            Calendars calendars = readCalendars(query, from, to, searched, qualified, service);
            for (LocalDate date = from; !date.isAfter(to) && slots.size() < query.limit(); date = date.plusDays(1)) {
                slots.addAll(slotsOn(date, query, searched, qualified, service, calendars, now));
            }
            from = to.plusDays(1);
        }
        return slots;
    }

    /** Whether a client could book exactly this session now: what the public page and waitlist offers check. */
    public boolean offers(String clinicId, String serviceId, String therapistId, LocalDateTime start,
                          String ignoringAppointment) {
        SlotQuery query = SlotQuery.at(clinicId, serviceId, start.toLocalDate(), start.toLocalDate(),
                SlotQuery.Rules.CLIENT).withTherapist(therapistId).ignoring(ignoringAppointment);
        return search(query).stream().anyMatch(slot -> slot.start().equals(start));
    }

    /**
     * Other sessions on a date when the wished-for one is taken: the same therapist first, then others, each by
     * how close they are to the wished-for time. The desk's rules apply (plans reach beyond the client horizon).
     */
    public List<Slot> alternatives(String clinicId, String serviceId, String therapistId, LocalDateTime wished,
                                   int maximum) {
        List<Slot> onTheDay = search(SlotQuery.at(clinicId, serviceId, wished.toLocalDate(), wished.toLocalDate(),
                SlotQuery.Rules.DESK));
        Comparator<Slot> sameTherapistFirst = Comparator.comparing(slot -> !slot.therapistId().equals(therapistId));
        return onTheDay.stream()
                .sorted(sameTherapistFirst.thenComparing(slot ->
                        Duration.between(wished, slot.start()).abs()))
                .limit(maximum)
                .toList();
    }

    private List<Therapist> qualified(SlotQuery query, ServiceOffering service) {
        Set<Skill> needed = EnumSet.noneOf(Skill.class);
        needed.addAll(service.requiredSkills());
        needed.addAll(query.skills());
        Optional<String> only = Optional.ofNullable(query.therapistId())
                .or(() -> Optional.ofNullable(query.sameTherapistAs()).flatMap(lastVisits::lastTherapistOf));
        List<Therapist> candidates = only.map(id -> therapists.findAll(List.of(id))).orElseGet(therapists::all);
        return candidates.stream().filter(Therapist::active).filter(therapist -> therapist.practises(needed)).toList();
    }

    private List<Slot> slotsOn(LocalDate date, SlotQuery query, List<Clinic> searched, List<Therapist> qualified,
                               ServiceOffering service, Calendars calendars, Instant now) {
        List<Slot> day = new ArrayList<>();
        for (Clinic clinic : searched) {
            Instant notBefore = query.rules() == SlotQuery.Rules.CLIENT ? now.plus(clinic.minimumNotice()) : now;
            Instant notAfter = query.rules() == SlotQuery.Rules.CLIENT ? now.plus(clinic.bookingHorizon()) : Instant.MAX;
            for (Therapist therapist : qualified) {
                day.addAll(slotsOf(therapist, clinic, date, service, calendars, notBefore, notAfter));
            }
        }
        day.sort(Comparator.comparing(Slot::startsAt).thenComparing(Slot::therapistName));
        return day;
    }

    /** The busy times of the searched resources from one date to another, on the searched clinics' calendars. */
    private Calendars readCalendars(SlotQuery query, LocalDate from, LocalDate to, List<Clinic> searched,
                                    List<Therapist> qualified, ServiceOffering service) {
        Instant first = searched.stream().map(clinic -> from.atStartOfDay(clinic.zone()).toInstant())
                .min(Comparator.naturalOrder()).orElseThrow();
        Instant last = searched.stream().map(clinic -> to.plusDays(1).atStartOfDay(clinic.zone()).toInstant())
                .max(Comparator.naturalOrder()).orElseThrow();
        Map<String, ClaimSpacing> spacingByKey = new HashMap<>();
        TravelTimes travelTimes = chains.travelTimes();
        qualified.forEach(therapist -> spacingByKey.put(Resource.therapistKey(therapist.id()), travelTimes));
        searched.forEach(clinic -> clinic.roomsOfType(service.roomType())
                .forEach(room -> spacingByKey.put(Resource.roomKey(room.id()), ClaimSpacing.NONE)));
        Map<String, List<Claim>> claims = resourceClaims.claimsOn(spacingByKey.keySet(),
                new Interval(first, last).widen(TravelTimes.LONGEST, TravelTimes.LONGEST));
        Map<String, BusyTimes> busy = new HashMap<>();
        claims.forEach((key, resourceClaims) -> busy.put(key,
                new BusyTimes(resourceClaims, spacingByKey.get(key), query.ignoringAppointment())));
        return new Calendars(busy);
    }

    private List<Slot> slotsOf(Therapist therapist, Clinic clinic, LocalDate date, ServiceOffering service,
                               Calendars calendars, Instant notBefore, Instant notAfter) {
        List<DailyHours> working = DailyHours.intersect(therapist.hoursAt(clinic.id(), date), clinic.openOn(date));
        if (working.isEmpty()) {
            return List.of();
        }
        List<Room> rooms = clinic.roomsOfType(service.roomType());
        BusyTimes therapistBusy = calendars.of(Resource.therapistKey(therapist.id()));
        List<Slot> slots = new ArrayList<>();
        for (DailyHours hours : working) {
            Instant hoursEnd = ZonedDateTime.of(date, hours.until(), clinic.zone()).toInstant();
            for (LocalTime time = firstStepAtOrAfter(hours.from()); time != null; time = next(time)) {
                Optional<Instant> existing = ClinicTime.existing(date.atTime(time), clinic.zone());
                if (existing.isEmpty()) {
                    continue;
                }
                Instant start = existing.get();
                Instant end = start.plus(service.duration());
                if (end.isAfter(hoursEnd) || start.isAfter(notAfter)) {
                    break;
                }
                if (start.isBefore(notBefore)) {
                    continue;
                }
                Interval blocked = new Interval(start, end).widen(service.bufferBefore(), service.bufferAfter());
                Claim candidate = new Claim("", 0, clinic.id(), blocked.start(), blocked.end());
                if (therapistBusy.clashes(candidate)) {
                    continue;
                }
                rooms.stream().filter(room -> !calendars.of(Resource.roomKey(room.id())).clashes(candidate))
                        .findFirst()
                        .ifPresent(room -> slots.add(new Slot(clinic.id(), clinic.zone(),
                                LocalDateTime.ofInstant(start, clinic.zone()), LocalDateTime.ofInstant(end, clinic.zone()),
                                start, therapist.id(), therapist.name(), room.id())));
            }
        }
        return slots;
    }

    private LocalTime firstStepAtOrAfter(LocalTime time) {
        long stepSeconds = step.toSeconds();
        long seconds = time.toSecondOfDay();
        long aligned = (seconds + stepSeconds - 1) / stepSeconds * stepSeconds;
        return aligned >= 24 * 3600 ? null : LocalTime.ofSecondOfDay(aligned);
    }

    /** The next candidate start, or {@code null} past midnight. */
    private LocalTime next(LocalTime time) {
        LocalTime later = time.plus(step);
        return later.isAfter(time) ? later : null;
    }

    /** The busy times of every resource the search looks at. */
    private record Calendars(Map<String, BusyTimes> busy) {

        BusyTimes of(String resourceKey) {
            return busy.getOrDefault(resourceKey, BusyTimes.NONE);
        }
    }
}
