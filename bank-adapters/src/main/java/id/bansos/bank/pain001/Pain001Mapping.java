package id.bansos.bank.pain001;

import com.prowidesoftware.swift.model.mx.dic.AccountIdentification4Choice;
import com.prowidesoftware.swift.model.mx.dic.ActiveOrHistoricCurrencyAndAmount;
import com.prowidesoftware.swift.model.mx.dic.AmountType4Choice;
import com.prowidesoftware.swift.model.mx.dic.BranchAndFinancialInstitutionIdentification6;
import com.prowidesoftware.swift.model.mx.dic.CashAccount38;
import com.prowidesoftware.swift.model.mx.dic.ChargeBearerType1Code;
import com.prowidesoftware.swift.model.mx.dic.CreditTransferTransaction34;
import com.prowidesoftware.swift.model.mx.dic.DateAndDateTime2Choice;
import com.prowidesoftware.swift.model.mx.dic.FinancialInstitutionIdentification18;
import com.prowidesoftware.swift.model.mx.dic.GenericAccountIdentification1;
import com.prowidesoftware.swift.model.mx.dic.GroupHeader85;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentification135;
import com.prowidesoftware.swift.model.mx.dic.PaymentIdentification6;
import com.prowidesoftware.swift.model.mx.dic.PaymentInstruction30;
import com.prowidesoftware.swift.model.mx.dic.PaymentMethod3Code;
import com.prowidesoftware.swift.model.mx.dic.PaymentTypeInformation26;
import com.prowidesoftware.swift.model.mx.dic.RemittanceInformation16;
import com.prowidesoftware.swift.model.mx.dic.ServiceLevel8Choice;
import id.bansos.bank.payment.PaymentFileHeader;
import id.bansos.bank.payment.PaymentInstruction;
import id.bansos.bank.profile.BankProfile;
import java.math.BigDecimal;

/** Builds the Prowide pain.001.001.09 objects from the neutral outbound model. */
final class Pain001Mapping {

    private Pain001Mapping() {
    }

    static GroupHeader85 groupHeader(PaymentFileHeader header) {
        return new GroupHeader85()
                .setMsgId(header.messageId())
                .setCreDtTm(header.creationTime())
                .setNbOfTxs(Long.toString(header.expectedTransactions()))
                .setCtrlSum(rupiah(header.expectedControlSum()))
                .setInitgPty(new PartyIdentification135().setNm(header.debtor().name()));
    }

    static PaymentInstruction30 paymentInformation(PaymentFileHeader header, BankProfile bank) {
        return new PaymentInstruction30()
                .setPmtInfId(header.paymentInformationId())
                .setPmtMtd(PaymentMethod3Code.TRF)
                .setBtchBookg(bank.batchBooking())
                .setNbOfTxs(Long.toString(header.expectedTransactions()))
                .setCtrlSum(rupiah(header.expectedControlSum()))
                .setPmtTpInf(new PaymentTypeInformation26().addSvcLvl(new ServiceLevel8Choice()
                        .setCd(bank.serviceLevel())))
                .setReqdExctnDt(new DateAndDateTime2Choice().setDt(header.requestedExecutionDate()))
                .setDbtr(new PartyIdentification135().setNm(header.debtor().name()))
                .setDbtrAcct(account(header.debtor().accountNumber()).setCcy(Pain001Writer.CURRENCY))
                .setDbtrAgt(agent(header.debtor().bic()))
                .setChrgBr(ChargeBearerType1Code.SLEV);
    }

    static CreditTransferTransaction34 transaction(PaymentInstruction line, long position, String creditorBic) {
        return new CreditTransferTransaction34()
                .setPmtId(new PaymentIdentification6()
                        .setInstrId(Long.toString(position))
                        .setEndToEndId(line.endToEndId()))
                .setAmt(new AmountType4Choice().setInstdAmt(new ActiveOrHistoricCurrencyAndAmount()
                        .setValue(rupiah(line.amount())).setCcy(Pain001Writer.CURRENCY)))
                .setCdtrAgt(agent(creditorBic))
                .setCdtr(new PartyIdentification135().setNm(line.creditorName()))
                .setCdtrAcct(account(line.creditorAccount()))
                .setRmtInf(new RemittanceInformation16().addUstrd(line.remittanceText()));
    }

    /** Whole rupiah with no fraction digits: {@code 150000}. */
    private static BigDecimal rupiah(long amount) {
        return BigDecimal.valueOf(amount);
    }

    private static CashAccount38 account(String number) {
        return new CashAccount38().setId(new AccountIdentification4Choice()
                .setOthr(new GenericAccountIdentification1().setId(number)));
    }

    private static BranchAndFinancialInstitutionIdentification6 agent(String bic) {
        return new BranchAndFinancialInstitutionIdentification6()
                .setFinInstnId(new FinancialInstitutionIdentification18().setBICFI(bic));
    }
}
