package com.stillpoint.booking.publicbooking;

import com.stillpoint.booking.appointments.Appointment;
import com.stillpoint.booking.appointments.AppointmentBooking;
import com.stillpoint.booking.appointments.BookingRequest;
import com.stillpoint.booking.availability.AvailabilitySearch;
import com.stillpoint.booking.availability.Slot;
import com.stillpoint.booking.availability.SlotQuery;
import com.stillpoint.booking.catalogue.Catalogue;
import com.stillpoint.booking.catalogue.ServiceOffering;
import com.stillpoint.booking.chains.Chain;
import com.stillpoint.booking.clients.ClientRegistry;
import com.stillpoint.booking.clients.ContactDetails;
import com.stillpoint.booking.clinics.Clinic;
import com.stillpoint.booking.clinics.Clinics;
import com.stillpoint.booking.therapists.Skill;
import com.stillpoint.booking.therapists.Therapist;
import com.stillpoint.booking.therapists.Therapists;
import com.stillpoint.booking.web.Pages;
import com.stillpoint.booking.web.SessionTime;
import com.stillpoint.platform.problem.ConflictException;
import com.stillpoint.platform.problem.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The public booking page of a chain, for new and returning clients: clinic, service, an optional therapist or
 * trauma-informed filter, a free time, contact details and consent, confirm. It shows only public data: clinics,
 * services, therapists' names and free times. The chain comes from the path, and only a chain that takes bookings
 * online answers.
 */
@Controller
@Pages
@RequestMapping("/book/{chainId:[a-z0-9-]{1,40}}")
class PublicBookingController {

    private static final int DAYS_SHOWN = 7;
    private static final String IDS = "[A-Za-z0-9._-]{1,64}";

    private final PublicChains publicChains;
    private final Clinics clinics;
    private final Catalogue catalogue;
    private final Therapists therapists;
    private final AvailabilitySearch availability;
    private final ClientRegistry clientRegistry;
    private final AppointmentBooking booking;
    private final Clock clock;

    PublicBookingController(PublicChains publicChains, Clinics clinics, Catalogue catalogue, Therapists therapists,
                            AvailabilitySearch availability, ClientRegistry clientRegistry,
                            AppointmentBooking booking, Clock clock) {
        this.publicChains = publicChains;
        this.clinics = clinics;
        this.catalogue = catalogue;
        this.therapists = therapists;
        this.availability = availability;
        this.clientRegistry = clientRegistry;
        this.booking = booking;
        this.clock = clock;
    }

    @GetMapping
    String clinics(@PathVariable String chainId, Model model) {
        return publicChains.in(chainId, chain -> {
            model.addAttribute("chain", chain.name());
            model.addAttribute("chainId", chainId);
            model.addAttribute("clinics", clinics.all().stream().map(ClinicCard::of).toList());
            return "book/clinics";
        });
    }

    @GetMapping("/{clinicId:" + IDS + "}")
    String services(@PathVariable String chainId, @PathVariable String clinicId, Model model) {
        return publicChains.in(chainId, chain -> {
            Clinic clinic = clinics.get(clinicId);
            describe(model, chain, chainId, clinic);
            model.addAttribute("services", catalogue.all().stream().filter(ServiceOffering::active)
                    .filter(service -> !clinic.roomsOfType(service.roomType()).isEmpty())
                    .map(ServiceCard::of).toList());
            return "book/services";
        });
    }

    @GetMapping("/{clinicId:" + IDS + "}/{serviceId:" + IDS + "}")
    String slots(@PathVariable String chainId, @PathVariable String clinicId, @PathVariable String serviceId,
                 @RequestParam(required = false) String therapist,
                 @RequestParam(required = false) Boolean traumaInformed,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 Model model) {
        return publicChains.in(chainId, chain -> showSlots(model, chain, chainId, clinicId, serviceId, therapist,
                Boolean.TRUE.equals(traumaInformed), from, null));
    }

    @GetMapping("/{clinicId:" + IDS + "}/{serviceId:" + IDS + "}/details")
    String details(@PathVariable String chainId, @PathVariable String clinicId, @PathVariable String serviceId,
                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime start,
                   @RequestParam String therapist, Model model, HttpServletResponse response) {
        return publicChains.in(chainId, chain -> {
            if (!availability.offers(clinicId, serviceId, therapist, start, null)) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                return showSlots(model, chain, chainId, clinicId, serviceId, null, false, start.toLocalDate(),
                        "Sorry, that time was just taken. Please choose another.");
            }
            showDetails(model, chain, chainId, clinicId, serviceId, therapist, start);
            model.addAttribute("form", BookingForm.blank(start, therapist, UUID.randomUUID().toString()));
            return "book/details";
        });
    }

    @PostMapping("/{clinicId:" + IDS + "}/{serviceId:" + IDS + "}/details")
    String confirm(@PathVariable String chainId, @PathVariable String clinicId, @PathVariable String serviceId,
                   @Valid @ModelAttribute("form") BookingForm form, BindingResult errors, Model model,
                   HttpServletResponse response) {
        return publicChains.in(chainId, chain -> {
            if (errors.hasErrors()) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                showDetails(model, chain, chainId, clinicId, serviceId, form.getTherapist(), form.getStart());
                return "book/details";
            }
            String idempotencyKey = "online-" + form.getKey();
            // A second click on Confirm finds the time taken by the first: its own booking does not count.
            if (!availability.offers(clinicId, serviceId, form.getTherapist(), form.getStart(),
                    booking.appointmentIdFor(idempotencyKey))) {
                return taken(model, chain, chainId, clinicId, serviceId, form.getStart(), response);
            }
            String clientId = clientRegistry.findOrRegister(new ContactDetails(form.getFirstName().trim(),
                    form.getLastName().trim(), form.getEmail().trim(), form.phoneOrNull(), Locale.CANADA,
                    clinics.get(clinicId).zone(), form.allowedChannels(), form.preferred(), Map.of()));
            Appointment booked;
            try {
                booked = booking.book(new BookingRequest(clientId, clinicId, serviceId, form.getTherapist(), null,
                        form.getStart()), idempotencyKey).appointment();
            } catch (ConflictException slotTaken) {
                return taken(model, chain, chainId, clinicId, serviceId, form.getStart(), response);
            }
            describe(model, chain, chainId, clinics.get(clinicId));
            model.addAttribute("service", ServiceCard.of(catalogue.get(serviceId)));
            model.addAttribute("therapist", therapists.get(form.getTherapist()).name());
            model.addAttribute("time", SessionTime.of(booked.placement().startsAt(), booked.zone()));
            return "book/booked";
        });
    }

    private String taken(Model model, Chain chain, String chainId, String clinicId, String serviceId,
                         LocalDateTime start, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        return showSlots(model, chain, chainId, clinicId, serviceId, null, false, start.toLocalDate(),
                "Sorry, that time was just taken. Please choose another.");
    }

    private String showSlots(Model model, Chain chain, String chainId, String clinicId, String serviceId,
                             String therapistId, boolean traumaInformed, LocalDate requestedFrom, String notice) {
        Clinic clinic = clinics.get(clinicId);
        ServiceOffering service = bookable(serviceId);
        LocalDate today = LocalDate.now(clock.withZone(clinic.zone()));
        LocalDate from = requestedFrom == null || requestedFrom.isBefore(today) ? today : requestedFrom;
        LocalDate lastBookable = LocalDate.ofInstant(clock.instant().plus(clinic.bookingHorizon()), clinic.zone());
        List<Therapist> qualified = therapists.all().stream().filter(Therapist::active)
                .filter(candidate -> candidate.practises(service.requiredSkills())).toList();
        String chosenTherapist = qualified.stream().anyMatch(candidate -> candidate.id().equals(therapistId))
                ? therapistId : null;
        List<Slot> slots = from.isAfter(lastBookable) ? List.of() : availability.search(
                SlotQuery.at(clinicId, serviceId, from, from.plusDays(DAYS_SHOWN - 1), SlotQuery.Rules.CLIENT)
                        .withTherapist(chosenTherapist)
                        .withSkills(traumaInformed ? Set.of(Skill.TRAUMA_INFORMED) : Set.of()));
        Map<LocalDate, List<SlotButton>> byDay = new LinkedHashMap<>();
        slots.forEach(slot -> byDay.computeIfAbsent(slot.start().toLocalDate(), day -> new java.util.ArrayList<>())
                .add(SlotButton.of(slot)));
        describe(model, chain, chainId, clinic);
        model.addAttribute("service", ServiceCard.of(service));
        model.addAttribute("therapists", qualified.stream().map(TherapistOption::of).toList());
        model.addAttribute("chosenTherapist", chosenTherapist);
        model.addAttribute("traumaInformed", traumaInformed);
        model.addAttribute("days", byDay.entrySet().stream()
                .map(day -> new SlotDay(SessionTime.of(day.getKey().atTime(12, 0), clinic.zone()).date(), day.getValue()))
                .toList());
        model.addAttribute("from", from);
        model.addAttribute("earlier", from.isAfter(today) ? from.minusDays(DAYS_SHOWN) : null);
        model.addAttribute("later", from.plusDays(DAYS_SHOWN).isAfter(lastBookable) ? null : from.plusDays(DAYS_SHOWN));
        model.addAttribute("notice", notice);
        return "book/slots";
    }

    private void showDetails(Model model, Chain chain, String chainId, String clinicId, String serviceId,
                             String therapistId, LocalDateTime start) {
        Clinic clinic = clinics.get(clinicId);
        describe(model, chain, chainId, clinic);
        model.addAttribute("service", ServiceCard.of(bookable(serviceId)));
        model.addAttribute("therapist", therapists.get(therapistId).name());
        model.addAttribute("time", SessionTime.of(start, clinic.zone()));
    }

    private ServiceOffering bookable(String serviceId) {
        ServiceOffering service = catalogue.get(serviceId);
        if (!service.active()) {
            throw new NotFoundException("service", serviceId);
        }
        return service;
    }

    private static void describe(Model model, Chain chain, String chainId, Clinic clinic) {
        model.addAttribute("chain", chain.name());
        model.addAttribute("chainId", chainId);
        model.addAttribute("clinic", ClinicCard.of(clinic));
    }

    /** A clinic as the public sees it. */
    record ClinicCard(String id, String name, String address, String phone, String zone) {
        static ClinicCard of(Clinic clinic) {
            return new ClinicCard(clinic.id(), clinic.name(), clinic.address(), clinic.phone(),
                    SessionTime.zoneName(clinic.zone()));
        }
    }

    record ServiceCard(String id, String name, long minutes) {
        static ServiceCard of(ServiceOffering service) {
            return new ServiceCard(service.id(), service.name(), service.duration().toMinutes());
        }
    }

    record TherapistOption(String id, String name, boolean traumaInformed) {
        static TherapistOption of(Therapist therapist) {
            return new TherapistOption(therapist.id(), therapist.name(),
                    therapist.practises(Set.of(Skill.TRAUMA_INFORMED)));
        }
    }

    record SlotButton(String start, String time, String therapistId, String therapistName) {
        static SlotButton of(Slot slot) {
            return new SlotButton(slot.start().toString(), SessionTime.time(slot.start()), slot.therapistId(),
                    slot.therapistName());
        }
    }

    record SlotDay(String label, List<SlotButton> slots) {
    }
}
