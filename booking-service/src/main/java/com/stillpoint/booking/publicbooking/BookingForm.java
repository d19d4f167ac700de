package com.stillpoint.booking.publicbooking;

import com.stillpoint.contracts.Channel;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * The contact step of the public booking page, bound from the form (a bean, as Thymeleaf's form binding expects).
 * Only these fields bind: nothing a client sends can set a status, a chain or a role.
 */
public class BookingForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime start;
    @NotBlank
    @Pattern(regexp = "[A-Za-z0-9._-]{1,64}")
    private String therapist;
    /** A fresh idempotency key per form, so a double submit books once. */
    @NotBlank
    @Pattern(regexp = "[A-Za-z0-9-]{8,64}")
    private String key;
    @NotBlank(message = "Please enter your first name")
    @Size(max = 80)
    private String firstName;
    @NotBlank(message = "Please enter your last name")
    @Size(max = 80)
    private String lastName;
    @NotBlank(message = "Please enter your email address")
    @Email(message = "Please enter a valid email address")
    @Size(max = 254)
    private String email;
    @Pattern(regexp = "(\\+[1-9][0-9]{6,14})?", message = "Please enter the number with its country code, like +16045550199")
    private String phone;
    private Boolean emailConsent;
    private Boolean smsConsent;
    private Channel preferredChannel;

    static BookingForm blank(LocalDateTime start, String therapist, String key) {
        BookingForm form = new BookingForm();
        form.start = start;
        form.therapist = therapist;
        form.key = key;
        form.emailConsent = true;
        form.smsConsent = false;
        form.preferredChannel = Channel.EMAIL;
        return form;
    }

    Set<Channel> allowedChannels() {
        Set<Channel> allowed = EnumSet.noneOf(Channel.class);
        if (Boolean.TRUE.equals(emailConsent)) {
            allowed.add(Channel.EMAIL);
        }
        if (Boolean.TRUE.equals(smsConsent)) {
            allowed.add(Channel.SMS);
        }
        return allowed;
    }

    /** The preferred channel if it is one of those allowed, else email if allowed, else SMS. */
    Channel preferred() {
        Set<Channel> allowed = allowedChannels();
        if (preferredChannel != null && allowed.contains(preferredChannel)) {
            return preferredChannel;
        }
        return allowed.contains(Channel.EMAIL) ? Channel.EMAIL : Channel.SMS;
    }

    String phoneOrNull() {
        return phone == null || phone.isBlank() ? null : phone.trim();
    }

    @AssertTrue(message = "Please choose at least one way we may contact you about this appointment")
    public boolean isContactable() {
        return !allowedChannels().isEmpty();
    }

    @AssertTrue(message = "To get text messages, please enter your mobile number")
    public boolean isSmsReachable() {
        return !Boolean.TRUE.equals(smsConsent) || phoneOrNull() != null;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public void setStart(LocalDateTime start) {
        this.start = start;
    }

    public String getTherapist() {
        return therapist;
    }

    public void setTherapist(String therapist) {
        this.therapist = therapist;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Boolean getEmailConsent() {
        return emailConsent;
    }

    public void setEmailConsent(Boolean emailConsent) {
        this.emailConsent = emailConsent;
    }

    public Boolean getSmsConsent() {
        return smsConsent;
    }

    public void setSmsConsent(Boolean smsConsent) {
        this.smsConsent = smsConsent;
    }

    public Channel getPreferredChannel() {
        return preferredChannel;
    }

    public void setPreferredChannel(Channel preferredChannel) {
        this.preferredChannel = preferredChannel;
    }
}
