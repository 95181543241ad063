package id.bansos.reconciliation.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ComplaintTest {

    @Test
    void a_complaint_is_a_complaint_flag_on_its_households_case_keyed_by_its_reference() {
        Complaint complaint = new Complaint(" JAGA-17 ", "KPM-1", Complaint.Complainant.DESA,
                Complaint.Kind.WITHDRAWN_BY_OTHER, "Saldo ditarik agen");

        Flag flag = complaint.flag("BRI");

        assertThat(flag.type()).isEqualTo(FlagType.COMPLAINT);
        assertThat(flag.key()).isEqualTo("COMPLAINT:JAGA-17");
        assertThat(flag.caseId()).isEqualTo("CASE-KPM-1");
        assertThat(flag.evidence()).isEqualTo("Complaint JAGA-17 from the village office (desa): withdrawn by other."
                + " Saldo ditarik agen");
    }

    @Test
    void a_nik_or_kk_written_in_the_complaint_is_kept_masked() {
        Complaint complaint = new Complaint("T-1", "KPM-1", Complaint.Complainant.KPM, Complaint.Kind.WRONG_PERSON,
                "Tercatat atas NIK 3201014508900902, bukan saya");

        assertThat(complaint.text()).isEqualTo("Tercatat atas NIK 320101******0902, bukan saya");
    }

    @Test
    void a_complaint_without_a_usable_reference_or_words_is_refused() {
        assertThatThrownBy(() -> new Complaint("a b", "KPM-1", Complaint.Complainant.KPM,
                Complaint.Kind.NOT_RECEIVED, "Belum")).isInstanceOf(CaseRefused.class);
        assertThatThrownBy(() -> new Complaint("T-2", "KPM-1", Complaint.Complainant.KPM,
                Complaint.Kind.NOT_RECEIVED, " ")).isInstanceOf(CaseRefused.class);
    }
}
