package id.bansos.app.disbursement;

import id.bansos.app.exchange.ExchangeConfig.ExchangeProperties;
import id.bansos.bank.pain001.Pain001Validator;
import id.bansos.bank.payment.BankCode;
import id.bansos.bank.pos.manifest.Proof;
import id.bansos.bank.profile.BankProfiles;
import id.bansos.disbursement.batch.readmodel.BatchLines;
import id.bansos.disbursement.export.BankFiles;
import id.bansos.disbursement.export.ChannelFiles;
import id.bansos.disbursement.export.Outbox;
import id.bansos.disbursement.export.PosManifests;
import id.bansos.disbursement.export.PosSettings;
import id.bansos.disbursement.export.axon.BatchExporter;
import id.bansos.disbursement.kalender.HolidayCalendar;
import id.bansos.ledger.readmodel.ReadModels;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires export: the holiday calendar, PT Pos settings and the exporter. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ExportConfig.PosProperties.class, ExportConfig.ExportProperties.class})
public class ExportConfig {

    @Bean
    HolidayCalendar holidayCalendar(ExchangeProperties exchange) {
        return HolidayCalendar.load(exchange.calendar());
    }

    @Bean
    BatchExporter batchExporter(CommandGateway commands, BatchLines lines, ReadModels readModels, Outbox outbox,
                                BankProfiles banks, HolidayCalendar calendar, PosProperties pos,
                                ExportProperties export) {
        PosSettings settings = new PosSettings(pos.cutOff(), pos.collectionDays(), pos.maxLinesPerFile(),
                pos.postOffices(), pos.proof());
        Pain001Validator validator = Pain001Validator.bundled();
        return new BatchExporter(commands, lines, readModels, outbox, channel -> channelFiles(channel, banks, calendar,
                settings, validator), export.clock());
    }

    private static ChannelFiles channelFiles(String channel, BankProfiles banks, HolidayCalendar calendar,
                                             PosSettings pos, Pain001Validator validator) {
        return "POS".equals(channel) ? new PosManifests(pos, calendar)
                : new BankFiles(banks.profile(BankCode.of(channel)), calendar, validator);
    }

    /**
     * Export settings.
     *
     * @param fixedTime when set, every export plan is made as if at this instant (execution date and the files'
     *                  creation time), so that two ledgers given the same lines write the same bytes; for tests and
     *                  rehearsals, never for production
     */
    @ConfigurationProperties("bansos.export")
    public record ExportProperties(Instant fixedTime) {

        /** The clock export plans are made by: the fixed time when set, else the system clock. */
        Clock clock() {
            return fixedTime == null ? Clock.systemUTC() : Clock.fixed(fixedTime, ZoneOffset.UTC);
        }
    }

    /**
     * PT Pos payout settings (see {@link PosSettings}); defaults: cut-off 12:00 WIB, 14 collection days, 100,000
     * lines per manifest, every proof required.
     */
    @ConfigurationProperties("bansos.pos")
    public record PosProperties(LocalTime cutOff, Integer collectionDays, Integer maxLinesPerFile,
                                Map<String, String> postOffices, Set<Proof> proof) {
        public PosProperties {
            cutOff = cutOff == null ? LocalTime.NOON : cutOff;
            collectionDays = collectionDays == null ? 14 : collectionDays;
            maxLinesPerFile = maxLinesPerFile == null ? 100_000 : maxLinesPerFile;
            postOffices = postOffices == null ? Map.of() : postOffices;
            proof = proof == null ? Set.of() : proof;
        }
    }
}
