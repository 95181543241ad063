package id.bansos.bank.pos.manifest;

/** Evidence a PT Pos payer must take at each payout, as the manifest requires it. */
public enum Proof {
    /** The KPM signs the danom (paper or PGC). */
    SIGNATURE("signature"),
    /** A PGC photo of the KPM holding the money and the KTP. */
    PHOTO("photo"),
    /** GPS coordinates of the payout (the house, for door-to-door). */
    GEOTAG("geotag");

    private final String label;

    Proof(String label) {
        this.label = label;
    }

    /** How the manifest names it. */
    public String label() {
        return label;
    }
}
