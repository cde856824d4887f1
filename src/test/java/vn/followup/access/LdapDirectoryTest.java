package vn.followup.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import java.net.InetAddress;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.followup.support.FreshDataDirectory;
import vn.followup.support.Http;
import vn.followup.support.SeparateApplication;
import vn.followup.support.ProcessLevelTest;

/**
 * Users and groups from an LDAP directory by configuration alone: a directory on loopback (UnboundID's
 * in-memory server) with one agency user; the application started with {@code followup.ldap.*}
 * settings lets that user in with the directory's password and groups.
 */
@ProcessLevelTest
class LdapDirectoryTest {

  @Test
  void authenticatesDirectoryUsersWithTheirDirectoryGroups() throws Exception {
    InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig("dc=laocai,dc=vn");
    config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(), 0, null));
    config.addAdditionalBindCredentials("cn=manager,dc=laocai,dc=vn", "Quan-ly-thu-muc-2026");
    InMemoryDirectoryServer directory = new InMemoryDirectoryServer(config);
    directory.add("dn: dc=laocai,dc=vn", "objectClass: domain", "dc: laocai");
    directory.add("dn: ou=people,dc=laocai,dc=vn", "objectClass: organizationalUnit", "ou: people");
    directory.add("dn: ou=groups,dc=laocai,dc=vn", "objectClass: organizationalUnit", "ou: groups");
    directory.add("dn: uid=tnmt.canbo,ou=people,dc=laocai,dc=vn", "objectClass: inetOrgPerson", "uid: tnmt.canbo",
        "cn: Lan", "sn: Nguyễn Thị", "userPassword: Mat-khau-thu-muc-2026");
    directory.add("dn: cn=phong-tnmt,ou=groups,dc=laocai,dc=vn", "objectClass: groupOfNames", "cn: phong-tnmt",
        "description: Phòng Tài nguyên và Môi trường", "member: uid=tnmt.canbo,ou=people,dc=laocai,dc=vn");
    directory.startListening();
    try (ConfigurableApplicationContext app = SeparateApplication.start(
        "--followup.data-dir=" + FreshDataDirectory.newFolder(),
        "--followup.ldap.enabled=true",
        "--followup.ldap.plugin.server-url=ldap://127.0.0.1:" + directory.getListenPort(),
        "--followup.ldap.plugin.manager-dn=cn=manager,dc=laocai,dc=vn",
        "--followup.ldap.plugin.manager-password=Quan-ly-thu-muc-2026",
        "--followup.ldap.plugin.base-dn=dc=laocai,dc=vn")) {
      assertThat(app.getBean(IdentityService.class).isReadOnly()).isTrue();
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      Http http = new Http(port);
      var me = http.get("/api/me", "tnmt.canbo", "Mat-khau-thu-muc-2026");
      assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
      assertThat(me.body()).contains("phong-tnmt");
      assertThat(http.get("/api/me", "tnmt.canbo", "sai-mat-khau-thu").statusCode()).isEqualTo(401);
    } finally {
      directory.shutDown(true);
    }
  }
}
