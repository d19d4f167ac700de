package com.stillpoint.booking.demo;

import com.stillpoint.booking.calendar.TravelTime;
import com.stillpoint.booking.calendar.TravelTimes;
import com.stillpoint.booking.calendar.WeeklyHours;
import com.stillpoint.booking.catalogue.Catalogue;
import com.stillpoint.booking.catalogue.ServiceDetails;
import com.stillpoint.booking.catalogue.ServiceOffering;
import com.stillpoint.booking.chains.Chain;
import com.stillpoint.booking.chains.Chains;
import com.stillpoint.booking.clients.Client;
import com.stillpoint.booking.clients.Clients;
import com.stillpoint.booking.clients.ContactDetails;
import com.stillpoint.booking.clinics.Clinic;
import com.stillpoint.booking.clinics.ClinicDetails;
import com.stillpoint.booking.clinics.Clinics;
import com.stillpoint.booking.clinics.Room;
import com.stillpoint.booking.clinics.RoomType;
import com.stillpoint.booking.therapists.Skill;
import com.stillpoint.booking.therapists.Therapist;
import com.stillpoint.booking.therapists.Therapists;
import com.stillpoint.contracts.Channel;
import com.stillpoint.platform.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static com.stillpoint.booking.therapists.Skill.CRANIOSACRAL;
import static com.stillpoint.booking.therapists.Skill.DEEP_TISSUE;
import static com.stillpoint.booking.therapists.Skill.MYOFASCIAL;
import static com.stillpoint.booking.therapists.Skill.SHIATSU;
import static com.stillpoint.booking.therapists.Skill.SPORTS;
import static com.stillpoint.booking.therapists.Skill.SWEDISH;
import static com.stillpoint.booking.therapists.Skill.THAI;
import static com.stillpoint.booking.therapists.Skill.TRAUMA_INFORMED;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

/**
 * The demo chain of the local stack: Harbour, with three clinics in two time zones, six therapists shared
 * between them on weekly shifts, rooms, opening hours, travel times, a catalogue and two clients, so the public
 * booking page has free time to offer from the first start. Seeding is idempotent, so a restart with kept data
 * changes nothing. Only on when {@code stillpoint.demo.seed=true}.
 */
@Component
@ConditionalOnBooleanProperty("stillpoint.demo.seed")
class DemoChain {

    static final String CHAIN = "harbour";
    private static final ZoneId VANCOUVER = ZoneId.of("America/Vancouver");
    private static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    private static final String KITSILANO = "harbour-kitsilano";
    private static final String GASTOWN = "harbour-gastown";
    private static final String ANNEX = "harbour-annex";
    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);

    private static final Logger log = LoggerFactory.getLogger(DemoChain.class);

    private final Chains chains;
    private final Clinics clinics;
    private final Therapists therapists;
    private final Catalogue catalogue;
    private final Clients clients;
    private final Clock clock;

    DemoChain(Chains chains, Clinics clinics, Therapists therapists, Catalogue catalogue, Clients clients, Clock clock) {
        this.chains = chains;
        this.clinics = clinics;
        this.therapists = therapists;
        this.catalogue = catalogue;
        this.clients = clients;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        TenantContext.runAs(CHAIN, () -> {
            seedChain();
            seedClinics();
            seedTherapists();
            seedCatalogue();
            seedClients();
        });
        log.info("Demo chain '{}' is seeded", CHAIN);
    }

    private void seedChain() {
        if (chains.current().isEmpty()) {
            chains.add(Chain.found(CHAIN, "Stillpoint Harbour", true, new TravelTimes(Duration.ofMinutes(30), List.of(
                    new TravelTime(KITSILANO, GASTOWN, Duration.ofMinutes(20)),
                    new TravelTime(KITSILANO, ANNEX, TravelTimes.LONGEST),
                    new TravelTime(GASTOWN, ANNEX, TravelTimes.LONGEST)))));
        }
    }

    private void seedClinics() {
        clinic(KITSILANO, "Stillpoint Kitsilano", VANCOUVER, "2150 W 4th Ave, Vancouver, BC", "+16045550100",
                List.of(new Room("harbour-kits-1", "Cedar room", RoomType.TABLE),
                        new Room("harbour-kits-2", "Fern room", RoomType.TABLE),
                        new Room("harbour-kits-mat", "Mat studio", RoomType.MAT)));
        clinic(GASTOWN, "Stillpoint Gastown", VANCOUVER, "12 Water St, Vancouver, BC", "+16045550200",
                List.of(new Room("harbour-gastown-1", "Harbour room", RoomType.TABLE),
                        new Room("harbour-gastown-2", "Lantern room", RoomType.TABLE)));
        clinic(ANNEX, "Stillpoint Annex", TORONTO, "480 Bloor St W, Toronto, ON", "+14165550300",
                List.of(new Room("harbour-annex-1", "Maple room", RoomType.TABLE),
                        new Room("harbour-annex-2", "Birch room", RoomType.TABLE),
                        new Room("harbour-annex-mat", "Mat studio", RoomType.MAT)));
    }

    private void clinic(String id, String name, ZoneId zone, String address, String phone, List<Room> rooms) {
        if (clinics.find(id).isEmpty()) {
            List<WeeklyHours> open = new ArrayList<>(hours(WEEKDAYS, 8, 20));
            open.addAll(hours(EnumSet.of(SATURDAY), 9, 18));
            open.addAll(hours(EnumSet.of(SUNDAY), 10, 16));
            clinics.add(Clinic.open(id, CHAIN, new ClinicDetails(name, zone, address, phone, rooms, open, List.of(),
                    Duration.ofHours(24), Duration.ofHours(2), Duration.ofDays(90)), clock));
        }
    }

    private void seedTherapists() {
        therapist("harbour-maya", "Maya Chen", EnumSet.of(SWEDISH, CRANIOSACRAL, MYOFASCIAL, TRAUMA_INFORMED),
                Map.of(KITSILANO, hours(EnumSet.of(MONDAY, WEDNESDAY, FRIDAY, SATURDAY), 9, 17),
                        GASTOWN, hours(EnumSet.of(TUESDAY, THURSDAY), 10, 18)));
        therapist("harbour-jonah", "Jonah Reyes", EnumSet.of(SWEDISH, DEEP_TISSUE, SPORTS),
                Map.of(KITSILANO, hours(EnumSet.of(TUESDAY, THURSDAY, SATURDAY), 9, 17),
                        GASTOWN, hours(EnumSet.of(MONDAY, WEDNESDAY, FRIDAY), 9, 17)));
        therapist("harbour-priya", "Priya Nair", EnumSet.of(THAI, SHIATSU, TRAUMA_INFORMED),
                Map.of(KITSILANO, hours(EnumSet.of(FRIDAY, SATURDAY, SUNDAY), 10, 16),
                        GASTOWN, hours(EnumSet.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY), 12, 20)));
        therapist("harbour-liam", "Liam O'Connor", EnumSet.of(DEEP_TISSUE, SPORTS, MYOFASCIAL),
                Map.of(KITSILANO, hours(EnumSet.of(TUESDAY, THURSDAY), 12, 20),
                        GASTOWN, hours(EnumSet.of(MONDAY, WEDNESDAY, FRIDAY), 9, 17)));
        therapist("harbour-sofia", "Sofia Rossi", EnumSet.of(SWEDISH, CRANIOSACRAL, TRAUMA_INFORMED),
                Map.of(ANNEX, hours(WEEKDAYS, 9, 17)));
        therapist("harbour-kenji", "Kenji Sato", EnumSet.of(SHIATSU, THAI, SWEDISH),
                Map.of(ANNEX, hours(EnumSet.of(TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY), 10, 18)));
    }

    private void therapist(String id, String name, Set<Skill> skills, Map<String, List<WeeklyHours>> shifts) {
        if (therapists.find(id).isEmpty()) {
            Therapist therapist = Therapist.hire(id, CHAIN, name, skills, clock);
            shifts.forEach(therapist::setWeeklyShifts);
            therapists.add(therapist);
        }
    }

    private void seedCatalogue() {
        service("harbour-swedish-60", "Relaxation massage, 60 min", SWEDISH, 60, RoomType.TABLE, Set.of());
        service("harbour-swedish-90", "Relaxation massage, 90 min", SWEDISH, 90, RoomType.TABLE, Set.of());
        service("harbour-calm-60", "Trauma-informed relaxation, 60 min", SWEDISH, 60, RoomType.TABLE,
                Set.of(TRAUMA_INFORMED));
        service("harbour-deep-tissue-60", "Deep tissue massage, 60 min", DEEP_TISSUE, 60, RoomType.TABLE, Set.of());
        service("harbour-myofascial-50", "Myofascial release, 50 min", MYOFASCIAL, 50, RoomType.TABLE, Set.of());
        service("harbour-craniosacral-50", "Craniosacral therapy, 50 min", CRANIOSACRAL, 50, RoomType.TABLE, Set.of());
        service("harbour-sports-30", "Sports massage, 30 min", SPORTS, 30, RoomType.TABLE, Set.of());
        service("harbour-thai-90", "Thai massage, 90 min", THAI, 90, RoomType.MAT, Set.of());
        service("harbour-shiatsu-60", "Shiatsu, 60 min", SHIATSU, 60, RoomType.MAT, Set.of());
    }

    private void service(String id, String name, Skill modality, int minutes, RoomType roomType, Set<Skill> extra) {
        if (catalogue.find(id).isEmpty()) {
            catalogue.add(ServiceOffering.define(id, CHAIN, new ServiceDetails(name, modality,
                    Duration.ofMinutes(minutes), Duration.ofMinutes(5), Duration.ofMinutes(10), extra, roomType, true)));
        }
    }

    private void seedClients() {
        client("harbour-client-ada", new ContactDetails("Ada", "Lovelace", "ada@example.test", "+16045550101",
                Locale.forLanguageTag("en-CA"), VANCOUVER, Set.of(Channel.EMAIL, Channel.SMS), Channel.EMAIL,
                Map.of("REMINDER", Channel.SMS)));
        client("harbour-client-remy", new ContactDetails("Rémy", "Tremblay", "remy@example.test", null,
                Locale.forLanguageTag("fr-CA"), TORONTO, Set.of(Channel.EMAIL), Channel.EMAIL, Map.of()));
    }

    private void client(String id, ContactDetails details) {
        if (clients.find(id).isEmpty()) {
            clients.add(Client.register(id, CHAIN, details, clock));
        }
    }

    private static List<WeeklyHours> hours(Set<DayOfWeek> days, int fromHour, int untilHour) {
        return days.stream().sorted()
                .map(day -> new WeeklyHours(day, LocalTime.of(fromHour, 0), LocalTime.of(untilHour, 0)))
                .toList();
    }
}
