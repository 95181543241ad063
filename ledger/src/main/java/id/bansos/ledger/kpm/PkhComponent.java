package id.bansos.ledger.kpm;

/** The PKH components a member can count as. */
public enum PkhComponent { IBU_HAMIL, ANAK_USIA_DINI, SD, SMP, SMA, DISABILITAS_BERAT, LANSIA }
