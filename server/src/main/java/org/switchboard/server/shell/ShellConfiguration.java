package org.switchboard.server.shell;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;
import org.switchboard.server.user.UserAdministration;

/** Locale resolution (session first, then the browser's language, then English) and the language switch. */
@Configuration(proxyBeanMethods = false)
class ShellConfiguration implements WebMvcConfigurer {

    private final UserAdministration users;

    ShellConfiguration(UserAdministration users) {
        this.users = users;
    }

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new SessionLocaleResolver();
        resolver.setDefaultLocaleFunction(request -> Language.closestTo(request.getLocale()).locale());
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageSwitch(users));
    }
}
