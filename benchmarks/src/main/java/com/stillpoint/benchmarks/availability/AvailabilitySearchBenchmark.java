package com.stillpoint.benchmarks.availability;

import com.stillpoint.benchmarks.support.InProcessService;
import com.stillpoint.booking.BookingApplication;
import com.stillpoint.booking.appointments.AppointmentBooking;
import com.stillpoint.booking.appointments.BookingRequest;
import com.stillpoint.booking.availability.AvailabilitySearch;
import com.stillpoint.booking.availability.Slot;
import com.stillpoint.booking.availability.SlotQuery;
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
import com.stillpoint.testing.TestInfrastructure;
import com.stillpoint.testing.TestIssuer;
import org.bson.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoOperations;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Availability search inside the real booking service (embedded broker and mongo-java-server, as in the tests):
 * a chain with two clinics and 50 therapists on weekday shifts, 5,000 bookings booked through the ordinary claim
 * path over the next 90 days, then a search of both clinics for one service across all 90 days and all therapists.
 *
 * <ul>
 *   <li>{@link #ninetyDaysEverySlot}: every free slot of the 90 days (tens of thousands): the worst case;</li>
 *   <li>{@link #ninetyDaysFirstPage}: the first 200 slots, as the API returns by default;</li>
 *   <li>{@link #baselineLookupById}: one document read by {@code _id} on the same Mongo server, for scale.</li>
 * </ul>
 * Sample-time mode, so JMH reports percentiles (p95) of warm calls.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class AvailabilitySearchBenchmark {

    private static final String CHAIN = "bench";
    private static final ZoneId VANCOUVER = ZoneId.of("America/Vancouver");
    private static final List<String> CLINICS = List.of("bench-north", "bench-south");
    private static final int THERAPISTS = 50;
    private static final int BOOKINGS = 5_000;
    private static final int DAYS = 90;
    private static final String SERVICE = "bench-swedish-60";

    private ConfigurableApplicationContext service;
    private AvailabilitySearch search;
    private MongoOperations mongo;
    private LocalDate first;

    @Setup(Level.Trial)
    public void startServiceWithBookings() {
        TestInfrastructure infrastructure = TestInfrastructure.selected();
        service = InProcessService.run(BookingApplication.class, Map.of(
                "server.port", "0",
                "spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers(),
                "spring.mongodb.uri", infrastructure.mongoUri(),
                "spring.mongodb.database", "availability_benchmark",
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", TestIssuer.get().issuer(),
                "logging.level.root", "WARN"));
        search = service.getBean(AvailabilitySearch.class);
        mongo = service.getBean(MongoOperations.class);
        first = LocalDate.now(VANCOUVER).plusDays(1);
        TenantContext.runAs(CHAIN, this::seed);
    }

    @TearDown(Level.Trial)
    public void stopService() {
        service.close();
    }

    @Benchmark
    public List<Slot> ninetyDaysEverySlot() {
        return TenantContext.callAs(CHAIN, () -> search.search(query(Integer.MAX_VALUE)));
    }

    @Benchmark
    public List<Slot> ninetyDaysFirstPage() {
        return TenantContext.callAs(CHAIN, () -> search.search(query(200)));
    }

    @Benchmark
    public Document baselineLookupById() {
        return mongo.findById(CHAIN + "|therapist:bench-therapist-7|" + first, Document.class, "resource_days");
    }

    private SlotQuery query(int limit) {
        return new SlotQuery(CLINICS, SERVICE, first, first.plusDays(DAYS - 1), null, Set.of(), null, null,
                SlotQuery.Rules.DESK, limit);
    }

    private void seed() {
        Clock clock = Clock.systemUTC();
        service.getBean(Chains.class).add(Chain.found(CHAIN, "Benchmark chain", true, new TravelTimes(
                Duration.ofMinutes(30), List.of(new TravelTime(CLINICS.get(0), CLINICS.get(1), Duration.ofMinutes(25))))));
        Clinics clinics = service.getBean(Clinics.class);
        for (String clinicId : CLINICS) {
            List<Room> rooms = new ArrayList<>();
            for (int room = 1; room <= 30; room++) {
                rooms.add(new Room(clinicId + "-room-" + room, "Room " + room, RoomType.TABLE));
            }
            List<WeeklyHours> open = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY).stream()
                    .map(day -> new WeeklyHours(day, LocalTime.of(8, 0), LocalTime.of(20, 0))).toList();
            clinics.add(Clinic.open(clinicId, CHAIN, new ClinicDetails(clinicId, VANCOUVER, "1 Main St", "+16045550000",
                    rooms, open, List.of(), Duration.ofHours(24), Duration.ofHours(2), Duration.ofDays(120)), clock));
        }
        service.getBean(Catalogue.class).add(ServiceOffering.define(SERVICE, CHAIN, new ServiceDetails("Swedish, 60 min",
                Skill.SWEDISH, Duration.ofMinutes(60), Duration.ofMinutes(5), Duration.ofMinutes(10), Set.of(),
                RoomType.TABLE, true)));
        Therapists therapists = service.getBean(Therapists.class);
        for (int t = 0; t < THERAPISTS; t++) {
            Therapist therapist = Therapist.hire("bench-therapist-" + t, CHAIN, "Therapist " + t,
                    EnumSet.of(Skill.SWEDISH), clock);
            therapist.setWeeklyShifts(CLINICS.get(t % 2), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY).stream()
                    .map(day -> new WeeklyHours(day, LocalTime.of(9, 0), LocalTime.of(17, 0))).toList());
            therapists.add(therapist);
        }
        service.getBean(Clients.class).add(Client.register("bench-client", CHAIN, new ContactDetails("Bench", "Client",
                "bench@example.test", null, Locale.CANADA, VANCOUVER, Set.of(Channel.EMAIL), Channel.EMAIL, Map.of()),
                clock));
        bookFiveThousand(service.getBean(AppointmentBooking.class));
    }

    /** Every therapist's working days get a 10:00 session, then 14:00 sessions until there are 5,000. */
    private void bookFiveThousand(AppointmentBooking booking) {
        int booked = 0;
        for (LocalTime time : List.of(LocalTime.of(10, 0), LocalTime.of(14, 0), LocalTime.of(12, 0))) {
            for (int day = 0; day < DAYS && booked < BOOKINGS; day++) {
                LocalDate date = first.plusDays(day);
                if (date.getDayOfWeek().getValue() > 5) {
                    continue;
                }
                for (int t = 0; t < THERAPISTS && booked < BOOKINGS; t++) {
                    booking.book(new BookingRequest("bench-client", CLINICS.get(t % 2), SERVICE, "bench-therapist-" + t,
                            null, date.atTime(time)), "bench-" + booked);
                    booked++;
                }
            }
        }
    }
}
