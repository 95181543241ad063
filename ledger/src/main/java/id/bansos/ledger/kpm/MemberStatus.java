package id.bansos.ledger.kpm;

/** Whether a household member is alive, as the roster reports. */
public enum MemberStatus { ALIVE, DECEASED }
