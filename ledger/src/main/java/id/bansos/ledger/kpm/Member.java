package id.bansos.ledger.kpm;

import java.time.LocalDate;

/** A household member. {@code component} is the PKH component the member counts as, or null. */
public record Member(Nik nik, String name, LocalDate birthDate, MemberStatus status, PkhComponent component) {
}
