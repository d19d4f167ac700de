package com.stillpoint.benchmarks.intake;

import com.stillpoint.benchmarks.support.InProcessService;
import com.stillpoint.contracts.booking.AppointmentBooked;
import com.stillpoint.intake.IntakeApplication;
import com.stillpoint.intake.forms.Answers;
import com.stillpoint.intake.forms.FormStep;
import com.stillpoint.intake.forms.FormTemplate;
import com.stillpoint.intake.forms.FormTemplates;
import com.stillpoint.intake.forms.Question;
import com.stillpoint.intake.forms.SealedAnswers;
import com.stillpoint.intake.forms.Submission;
import com.stillpoint.intake.protection.Access;
import com.stillpoint.intake.protection.ProtectedDocument;
import com.stillpoint.intake.protection.ReadPurpose;
import com.stillpoint.intake.protection.ReaderKind;
import com.stillpoint.intake.records.IntakeAnswers;
import com.stillpoint.intake.records.IntakeFilling;
import com.stillpoint.intake.records.IntakeReading;
import com.stillpoint.intake.requests.IntakeRequest;
import com.stillpoint.intake.requests.IntakeRequests;
import com.stillpoint.platform.messaging.CloudEventRecords;
import com.stillpoint.platform.messaging.EventJson;
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
import org.springframework.kafka.core.KafkaOperations;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * What protecting health data costs, on the real stack (intake-service against mongo-java-server):
 * <ul>
 *   <li>sealing a whole intake (about 20 answers, each its own AES-GCM ciphertext bound to its field);</li>
 *   <li>saving one step of a draft (seal and one conditional update), what a client waits for at each step;</li>
 *   <li>the therapist's read of a submitted intake: load, audit entry, open every answer, check the rules.</li>
 * </ul>
 * A plain MongoDB insert is measured alongside as the baseline. Target: a step save and a therapist's read each
 * within a few database round trips (under 5 ms on the CI machine), so encryption and audit add no noticeable wait.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HealthDataBenchmark {

    private static final String CHAIN = "benchmark-chain";
    private static final Access THERAPIST = new Access(ReaderKind.STAFF, "therapist.benchmark", Set.of("THERAPIST"),
            ReadPurpose.SESSION_PREPARATION);

    private ConfigurableApplicationContext service;
    private SealedAnswers sealedAnswers;
    private IntakeFilling filling;
    private IntakeReading reading;
    private MongoOperations mongo;
    private FormTemplate template;
    private Answers allAnswers;
    private IntakeRequest submitted;
    private IntakeRequest draft;

    @Setup(Level.Trial)
    public void startService() {
        TestInfrastructure infrastructure = TestInfrastructure.selected();
        service = InProcessService.run(IntakeApplication.class, Map.of(
                "spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers(),
                "spring.mongodb.uri", infrastructure.mongoUri(),
                "spring.mongodb.database", "intake_benchmark",
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", TestIssuer.get().issuer(),
                "server.port", "0",
                "logging.level.root", "WARN"));
        sealedAnswers = service.getBean(SealedAnswers.class);
        filling = service.getBean(IntakeFilling.class);
        reading = service.getBean(IntakeReading.class);
        mongo = service.getBean(MongoOperations.class);
        template = service.getBean(FormTemplates.class).current("intake");
        allAnswers = answersTo(template);
        submitted = TenantContext.callAs(CHAIN, () -> {
            IntakeRequest request = booked();
            template.steps().forEach(step -> filling.saveStep(request, step, allAnswers, true));
            if (!(filling.submit(request) instanceof Submission.Submitted)) {
                throw new IllegalStateException("The benchmark's intake does not submit");
            }
            return service.getBean(IntakeRequests.class).get(request.appointmentId());
        });
        draft = TenantContext.callAs(CHAIN, this::booked);
    }

    @TearDown(Level.Trial)
    public void stopService() {
        service.close();
    }

    @Benchmark
    public Map<String, String> sealAWholeIntake() {
        return TenantContext.callAs(CHAIN, () -> sealedAnswers.seal(
                new ProtectedDocument("intake_records", "appt-benchmark", "client-benchmark"), allAnswers));
    }

    @Benchmark
    public FormStep saveADraftStep() {
        FormStep health = template.steps().get(0);
        TenantContext.runAs(CHAIN, () -> filling.saveStep(draft, health, allAnswers, false));
        return health;
    }

    @Benchmark
    public IntakeAnswers therapistReadsAnIntake() {
        return TenantContext.callAs(CHAIN, () -> reading.read(submitted, THERAPIST));
    }

    @Benchmark
    public Document baselineMongoInsert() {
        Document document = new Document("_id", UUID.randomUUID().toString()).append("chainId", CHAIN);
        mongo.insert(document, "benchmark_baseline");
        return document;
    }

    /** A booking as booking-service publishes it, and the intake request it leads to. */
    private IntakeRequest booked() {
        Instant startsAt = Instant.now().plus(Duration.ofDays(3));
        AppointmentBooked booked = new AppointmentBooked(UUID.randomUUID(), Instant.now(), CHAIN,
                "appt-" + UUID.randomUUID(), 1, "client-" + UUID.randomUUID(), "clinic-benchmark", "therapist-benchmark",
                "room-1", "service-1", "SWEDISH", startsAt, startsAt.plus(Duration.ofHours(1)),
                ZoneId.of("America/Vancouver"), null, null);
        @SuppressWarnings("unchecked")
        KafkaOperations<Object, Object> kafka = service.getBean(KafkaOperations.class);
        kafka.send(CloudEventRecords.of(booked, service.getBean(EventJson.class), "/benchmark"));
        IntakeRequests requests = service.getBean(IntakeRequests.class);
        // Awaitility polls on its own thread, where no chain is bound yet.
        await().atMost(Duration.ofSeconds(30)).until(() -> TenantContext.callAs(CHAIN,
                () -> requests.find(booked.appointmentId()).isPresent()));
        return requests.get(booked.appointmentId());
    }

    /** A valid answer to every question: the first option, or some text. */
    private static Answers answersTo(FormTemplate template) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (FormStep step : template.steps()) {
            for (Question question : step.questions()) {
                answers.put(question.id(), switch (question.kind()) {
                    case PHONE -> List.of("+1 604 555 0199");
                    case TEXT, TEXTAREA -> List.of("Some free text of a realistic length for " + question.id());
                    default -> List.of(question.choices().get(0).value());
                });
            }
        }
        return new Answers(answers);
    }
}
