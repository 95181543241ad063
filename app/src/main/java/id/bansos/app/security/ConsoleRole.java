package id.bansos.app.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The roles of people using the console, and what each may do. Screens and URL rules ask for a {@link Permission},
 * never for a role, so that this is the one place where roles meet permissions. Maker-checker is not a permission: the
 * batch's rules refuse an approval by its own preparer whatever the approver's roles.
 */
public enum ConsoleRole {
    /** Prepares and submits batches (the maker). */
    PREPARER(Permission.VIEW, Permission.BATCH_SUBMIT),
    /** Approves or rejects batches others submitted (the checker). */
    APPROVER(Permission.VIEW, Permission.BATCH_DECIDE),
    /**
     * Works flags, investigation cases and manual matches of suspense entries, takes complaints, and may see a
     * household's numbers unmasked.
     */
    OPERATIONS(Permission.VIEW, Permission.CASE_WORK, Permission.MATCH_WORK, Permission.COMPLAINT_INTAKE,
            Permission.PERSONAL_DATA),
    /** Reads everything, the audit log included, changes nothing. */
    AUDITOR(Permission.VIEW, Permission.AUDIT_READ),
    /** Everything the others may do. */
    ADMIN(Permission.values());

    private final Set<Permission> permissions;

    ConsoleRole(Permission... permissions) {
        this.permissions = Set.of(permissions);
    }

    /** The authorities of someone holding {@code roles}: {@code ROLE_<role>} and each permission's name. */
    public static List<GrantedAuthority> authorities(Set<ConsoleRole> roles) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        EnumSet<Permission> permitted = EnumSet.noneOf(Permission.class);
        for (ConsoleRole role : roles) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
            permitted.addAll(role.permissions);
        }
        permitted.forEach(p -> authorities.add(new SimpleGrantedAuthority(p.name())));
        return authorities;
    }

    /** What a role lets its holder do; its name is the authority screens and URL rules check. */
    public enum Permission {
        /** See batches, flags and cases. */
        VIEW,
        /** Submit a prepared or rejected batch. */
        BATCH_SUBMIT,
        /** Approve or reject a submitted batch. */
        BATCH_DECIDE,
        /** Assign, note and resolve cases. */
        CASE_WORK,
        /** Propose, approve or reject a manual match of a suspense entry (never one's own proposal). */
        MATCH_WORK,
        /** Lodge a complaint for a household, which opens or joins its case. */
        COMPLAINT_INTAKE,
        /** See a household's NIK, No. KK and account number unmasked, stating why; every such view is audited. */
        PERSONAL_DATA,
        /** Read the audit log. */
        AUDIT_READ
    }
}
