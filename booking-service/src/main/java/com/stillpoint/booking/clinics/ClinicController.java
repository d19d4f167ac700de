package com.stillpoint.booking.clinics;

import com.stillpoint.booking.calendar.WeeklyHours;
import com.stillpoint.platform.problem.InvalidInputException;
import com.stillpoint.platform.problem.NotFoundException;
import com.stillpoint.platform.security.StaffMember;
import com.stillpoint.platform.tenancy.TenantContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Clinics, for administrators: a chain admin opens clinics and changes any; a clinic admin changes their own.
 * Every change republishes the clinic's public details for the other services. Ids are made here, never taken from
 * a request, so no chain can learn of another's.
 */
@RestController
@RequestMapping("/api/clinics")
@Validated
class ClinicController {

    private static final String ID_PATTERN = "[A-Za-z0-9._-]{1,64}";

    private final Clinics clinics;
    private final Clock clock;

    ClinicController(Clinics clinics, Clock clock) {
        this.clinics = clinics;
        this.clock = clock;
    }

    @GetMapping
    List<ClinicView> all() {
        return clinics.all().stream().map(ClinicView::of).toList();
    }

    @GetMapping("/{clinicId}")
    ClinicView get(@PathVariable @Pattern(regexp = ID_PATTERN) String clinicId) {
        return ClinicView.of(clinics.get(clinicId));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ClinicView open(@Valid @RequestBody ClinicRequest request) {
        String id = UUID.randomUUID().toString();
        return ClinicView.of(clinics.add(Clinic.open(id, TenantContext.requireChainId(),
                request.toDetails(List.of(), otherClinicsRooms(id)), clock)));
    }

    @PutMapping("/{clinicId}")
    ClinicView revise(@PathVariable @Pattern(regexp = ID_PATTERN) String clinicId,
                      @Valid @RequestBody ClinicRequest request) {
        if (!StaffMember.require().worksAt(clinicId)) {
            throw new NotFoundException("clinic", clinicId);
        }
        Clinic clinic = clinics.get(clinicId);
        clinic.revise(request.toDetails(clinic.rooms(), otherClinicsRooms(clinicId)), clock);
        return ClinicView.of(clinics.save(clinic));
    }

    private Set<String> otherClinicsRooms(String clinicId) {
        Set<String> ids = new HashSet<>();
        clinics.all().stream().filter(clinic -> !clinic.id().equals(clinicId))
                .forEach(clinic -> clinic.rooms().forEach(room -> ids.add(room.id())));
        return ids;
    }

    record ClinicRequest(
            @NotBlank @Size(max = 120) String name,
            @NotNull ZoneId timeZone,
            @NotBlank @Size(max = 300) String address,
            @NotBlank @Pattern(regexp = "\\+[1-9][0-9]{6,14}") String phone,
            @NotEmpty @Size(max = 50) List<@Valid @NotNull RoomRequest> rooms,
            @NotNull @Size(max = 28) List<@NotNull WeeklyHours> openingHours,
            @Size(max = 366) List<@NotNull LocalDate> closures,
            @NotNull Duration lateCancelWindow,
            @NotNull Duration minimumNotice,
            @NotNull Duration bookingHorizon) {

        /**
         * Rooms named by id keep it, and must be rooms of this clinic; new rooms get a new id. A room id belongs to
         * one clinic only, since room claims are keyed by it.
         */
        ClinicDetails toDetails(List<Room> existing, Set<String> roomsOfOtherClinics) {
            List<Room> resolved = rooms.stream().map(room -> {
                if (room.id() == null) {
                    return new Room(UUID.randomUUID().toString(), room.name(), room.type());
                }
                if (existing.stream().noneMatch(known -> known.id().equals(room.id()))
                        || roomsOfOtherClinics.contains(room.id())) {
                    throw new InvalidInputException("Room " + room.id() + " is not a room of this clinic");
                }
                return new Room(room.id(), room.name(), room.type());
            }).toList();
            return new ClinicDetails(name, timeZone, address, phone, resolved, openingHours,
                    closures == null ? List.of() : closures, lateCancelWindow, minimumNotice, bookingHorizon);
        }
    }

    /** @param id an existing room's id, to keep it; none for a new room */
    record RoomRequest(@Pattern(regexp = ID_PATTERN) String id, @NotBlank @Size(max = 80) String name,
                       @NotNull RoomType type) {
    }

    record ClinicView(String id, long version, String name, ZoneId timeZone, String address, String phone,
                      List<Room> rooms, List<WeeklyHours> openingHours, List<LocalDate> closures,
                      Duration lateCancelWindow, Duration minimumNotice, Duration bookingHorizon) {
        static ClinicView of(Clinic clinic) {
            ClinicDetails details = clinic.details();
            return new ClinicView(clinic.id(), clinic.version(), details.name(), details.zone(), details.address(),
                    details.phone(), details.rooms(), details.openingHours(), details.closures(),
                    details.lateCancelWindow(), details.minimumNotice(), details.bookingHorizon());
        }
    }
}
