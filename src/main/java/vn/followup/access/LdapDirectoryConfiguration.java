package vn.followup.access;

import org.camunda.bpm.engine.impl.plugin.AdministratorAuthorizationPlugin;
import org.camunda.bpm.identity.impl.ldap.plugin.LdapIdentityProviderPlugin;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.followup.organisation.Roles;

/**
 * Users and groups from the organisation's LDAP directory instead of the engine's tables, switched
 * on by configuration alone ({@code FOLLOWUP_LDAP_ENABLED=true} and the {@code followup.ldap.*}
 * settings, see docs/security.md "Directory (LDAP)"). The directory is read-only for the engine: agency and role groups are
 * then kept in the directory, and authorizations still in the database.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "followup.ldap.enabled", havingValue = "true")
class LdapDirectoryConfiguration {

  @Bean
  @ConfigurationProperties("followup.ldap.plugin")
  LdapIdentityProviderPlugin ldapIdentityProviderPlugin() {
    return new LdapIdentityProviderPlugin();
  }

  /** Members of the directory's administrators group get Camunda's administrator rights. */
  @Bean
  AdministratorAuthorizationPlugin ldapAdministrators() {
    AdministratorAuthorizationPlugin plugin = new AdministratorAuthorizationPlugin();
    plugin.setAdministratorGroupName(Roles.ADMINS);
    return plugin;
  }
}
