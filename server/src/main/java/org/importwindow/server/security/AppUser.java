package org.importwindow.server.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in user with roles and the enterprises (USCCs) they may act for, loaded from the database on each
 * authentication so that a withdrawn authorisation takes effect at once.
 */
public record AppUser(String username, String passwordHash, boolean enabled, Set<Role> roles, Set<String> enterprises)
        implements UserDetails {

    public AppUser {
        roles = Set.copyOf(roles);
        enterprises = Set.copyOf(enterprises);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether the user is a declarant authorised for the enterprise. */
    public boolean actsFor(String uscc) {
        return roles.contains(Role.DECLARANT) && enterprises.contains(uscc);
    }

    /** Officers and administrators see every declaration; declarants only their enterprises'. */
    public boolean seesAllDeclarations() {
        return roles.contains(Role.OFFICER) || roles.contains(Role.ADMIN);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** The same user without the password hash, for the security context of a request. */
    public AppUser withoutPassword() {
        return new AppUser(username, "", enabled, roles, enterprises);
    }

    @Override
    public String toString() {
        return "AppUser[" + username + ", " + roles + ", " + List.copyOf(enterprises) + "]";
    }
}
