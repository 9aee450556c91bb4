package org.importwindow.server.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Repository;

/** Users, their roles and enterprise authorisations in {@code app_user}, {@code app_user_role}, {@code app_user_enterprise}. */
@Repository
@DependsOnDatabaseInitialization
public class UserStore implements UserDetailsService {
    private final JdbcClient db;
    /** Bumped on every change of users or their authorisations, so that remembered logins are forgotten. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    public UserStore(JdbcClient db) {
        this.db = db;
    }

    public Optional<AppUser> find(String username) {
        Optional<UserRow> row = db.sql("select username, password_hash, enabled from app_user where username = ?")
                .param(username)
                .query((rs, n) -> new UserRow(rs.getString(1), rs.getString(2), rs.getBoolean(3))).optional();
        return row.map(r -> new AppUser(r.username(), r.passwordHash(), r.enabled(), roles(r.username()),
                enterprises(r.username())));
    }

    @Override
    public AppUser loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("no user " + username));
    }

    /** Changes on every write of users, roles or authorisations (see {@link BearerTokenCache}). */
    long generation() {
        return generation.get();
    }

    public long count() {
        return db.sql("select count(*) from app_user").query(Long.class).single();
    }

    /** Store a new user with roles and authorisations. */
    public void insert(String username, String passwordHash, String displayName, Collection<Role> roles,
                       Collection<String> enterprises) {
        db.sql("insert into app_user (username, password_hash, display_name, enabled) values (?, ?, ?, true)")
                .params(username, passwordHash, displayName).update();
        generation.incrementAndGet();
        for (Role r : roles) {
            db.sql("insert into app_user_role (username, role) values (?, ?)").params(username, r.name()).update();
            generation.incrementAndGet();
        }
        for (String uscc : enterprises) {
            authorise(username, uscc);
        }
    }

    public void authorise(String username, String uscc) {
        db.sql("insert into app_user_enterprise (username, uscc) values (?, ?)").params(username, uscc).update();
        generation.incrementAndGet();
    }

    private Set<Role> roles(String username) {
        List<String> names = db.sql("select role from app_user_role where username = ?").param(username)
                .query(String.class).list();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        names.forEach(n -> roles.add(Role.valueOf(n)));
        return roles;
    }

    private Set<String> enterprises(String username) {
        return new HashSet<>(db.sql("select uscc from app_user_enterprise where username = ?").param(username)
                .query(String.class).list());
    }

    private record UserRow(String username, String passwordHash, boolean enabled) {
    }
}
