package id.bansos.app.reconciliation;

import id.bansos.reconciliation.cases.FlagRules;
import id.bansos.reconciliation.cases.FlagType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The flag rules as configured under {@code bansos.flags} (see docs/reconciliation.md): {@code rules.<TYPE>.enabled}
 * and {@code rules.<TYPE>.blocking} over the defaults, {@code unclaimed-days}, {@code max-desil}, and
 * {@code exclusive-programs} as {@code A:B} pairs. The deposit deadline is {@code bansos.treasury.deposit-days}.
 */
@ConfigurationProperties("bansos.flags")
public record FlagRulesProperties(Map<FlagType, Rule> rules, Integer unclaimedDays, Integer maxDesil,
                                  List<String> exclusivePrograms) {

    /** One type's settings; a setting left out keeps the default. */
    public record Rule(Boolean enabled, Boolean blocking) {
    }

    /**
     * The rules these settings make.
     *
     * @param depositDays       {@code bansos.treasury.deposit-days}
     * @param posCollectionDays {@code bansos.pos.collection-days}
     */
    public FlagRules toRules(int depositDays, int posCollectionDays) {
        FlagRules defaults = FlagRules.defaults();
        List<Set<String>> pairs = new ArrayList<>();
        for (String pair : exclusivePrograms == null ? List.<String>of() : exclusivePrograms) {
            String[] programs = pair.split(":");
            if (programs.length != 2 || programs[0].isBlank() || programs[1].isBlank()
                    || programs[0].strip().equals(programs[1].strip())) {
                throw new IllegalArgumentException("bansos.flags.exclusive-programs: '" + pair
                        + "' is not two different programs as A:B");
            }
            pairs.add(new LinkedHashSet<>(List.of(programs[0].strip(), programs[1].strip())));
        }
        FlagRules configured = new FlagRules(defaults.rules(),
                unclaimedDays == null ? defaults.unclaimedDays() : unclaimedDays,
                maxDesil == null ? defaults.maxDesil() : maxDesil, depositDays, pairs, posCollectionDays);
        if (rules != null) {
            for (Map.Entry<FlagType, Rule> e : rules.entrySet()) {
                FlagRules.Rule base = new FlagRules.Rule(configured.enabled(e.getKey()),
                        configured.rules().containsKey(e.getKey()) && configured.rules().get(e.getKey()).blocking());
                configured = configured.with(e.getKey(), new FlagRules.Rule(
                        e.getValue().enabled() == null ? base.enabled() : e.getValue().enabled(),
                        e.getValue().blocking() == null ? base.blocking() : e.getValue().blocking()));
            }
        }
        return configured;
    }
}
