package vn.followup.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.springframework.stereotype.Component;
import vn.followup.organisation.Agency;
import vn.followup.organisation.AgencyRegistry;
import vn.followup.system.ServerCode;

/**
 * Who is told: the members of an agency's group (heads included: they are members of the agency's
 * group and of {@code lanh-dao-don-vi}), its shared mailbox from the registry, and single users,
 * each with the e-mail address of the identity service (the LDAP {@code mail} attribute in
 * production) and their {@link MailPreference}. Looked up without the acting user's authorizations:
 * agency staff may not read other users, but their colleagues must still be told.
 */
@Component
class Recipients {

  private final ProcessEngine engine;
  private final AgencyRegistry agencies;

  Recipients(ProcessEngine engine, AgencyRegistry agencies) {
    this.engine = engine;
    this.agencies = agencies;
  }

  /** The agency's members, then its shared mailbox if the registry gives one. */
  List<Recipient> agency(String agencyId) {
    List<Recipient> all = new ArrayList<>(members(agencyId));
    mailbox(agencyId).ifPresent(all::add);
    return all;
  }

  /** The agency's members only. */
  List<Recipient> members(String agencyId) {
    if (agencyId == null) {
      return List.of();
    }
    return privileged(() -> {
      IdentityService identity = engine.getIdentityService();
      List<Recipient> members = new ArrayList<>();
      for (User user : identity.createUserQuery().memberOfGroup(agencyId).orderByUserId().asc().list()) {
        members.add(recipient(identity, user));
      }
      return members;
    });
  }

  /**
   * Whom the office's copy goes to: the office's shared mailbox if it has one, else each of its
   * members.
   */
  List<Recipient> officeCopy(String officeGroup) {
    Optional<Recipient> mailbox = mailbox(officeGroup);
    return (mailbox.isPresent() ? List.of(mailbox.get()) : members(officeGroup)).stream()
        .map(Recipient::asCopy).toList();
  }

  Optional<Recipient> user(String userId) {
    if (userId == null) {
      return Optional.empty();
    }
    return privileged(() -> {
      IdentityService identity = engine.getIdentityService();
      User user = identity.createUserQuery().userId(userId).singleResult();
      return Optional.ofNullable(user == null ? null : recipient(identity, user));
    });
  }

  Optional<Recipient> mailbox(String agencyId) {
    return agencies.find(agencyId).filter(agency -> agency.mailbox() != null)
        .map(agency -> new Recipient(null, agency.id(), agency.name(), agency.mailbox(), MailPreference.IMMEDIATE, false));
  }

  String agencyName(String agencyId) {
    return agencies.find(agencyId).map(Agency::name).orElse(agencyId);
  }

  boolean isAgency(String groupId) {
    return agencies.contains(groupId);
  }

  MailPreference preference(String userId) {
    return privileged(() -> preference(engine.getIdentityService(), userId));
  }

  void setPreference(String userId, MailPreference preference) {
    privileged(() -> {
      engine.getIdentityService().setUserInfo(userId, MailPreference.USER_INFO_KEY, preference.code());
      return null;
    });
  }

  /** Users by id with their address and preference, for the digest (one look-up per user). */
  Map<String, Recipient> users(List<String> userIds) {
    Map<String, Recipient> found = new LinkedHashMap<>();
    for (String userId : userIds) {
      user(userId).ifPresent(recipient -> found.put(userId, recipient));
    }
    return found;
  }

  private static Recipient recipient(IdentityService identity, User user) {
    String name = String.join(" ", List.of(nonNull(user.getFirstName()), nonNull(user.getLastName()))).strip();
    String address = user.getEmail() == null || user.getEmail().isBlank() ? null : user.getEmail().strip();
    return new Recipient(user.getId(), null, name.isEmpty() ? user.getId() : name, address,
        preference(identity, user.getId()), false);
  }

  private static MailPreference preference(IdentityService identity, String userId) {
    return MailPreference.ofCode(identity.getUserInfo(userId, MailPreference.USER_INFO_KEY))
        .orElse(MailPreference.DEFAULT);
  }

  private static String nonNull(String text) {
    return text == null ? "" : text;
  }

  /** Runs in the current engine command if there is one, else in a new one; without authorization checks. */
  private <T> T privileged(Callable<T> work) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    // The product's own look-up, whoever's request it serves (ServerCode: the engine's guard lets it through).
    return ServerCode.call(() -> configuration.getCommandExecutorTxRequired()
        .execute((Command<T>) context -> context.runWithoutAuthorization(work)));
  }
}
