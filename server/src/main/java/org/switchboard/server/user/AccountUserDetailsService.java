package org.switchboard.server.user;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts for Spring Security from the user tables. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAdministration users;

    AccountUserDetailsService(UserAdministration users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var account = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        var hash = users.passwordHash(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return User.withUsername(account.username())
                .password(hash)
                .disabled(!account.enabled())
                .authorities(account.roles().stream()
                        .map(role -> new SimpleGrantedAuthority(role.authority()))
                        .toList())
                .build();
    }
}
