package vn.followup.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.followup.support.FastTest;

@FastTest
class AgencyGroupSyncTest {

  private final AgencyRegistry registry = AgencyRegistry.of(List.of(
      new Agency("ubnd-thanh-pho", "Ủy ban nhân dân thành phố Lào Cai", "UBND thành phố", null, List.of()),
      new Agency("phong-tnmt", "Phòng Tài nguyên và Môi trường thành phố Lào Cai", "Phòng TN&MT", "ubnd-thanh-pho",
          List.of())));

  /** The groups "in the database". */
  private final Map<String, Group> groups = new LinkedHashMap<>();
  private final IdentityService identityService = mock(IdentityService.class);

  @BeforeEach
  void fakeIdentityService() {
    when(identityService.newGroup(any())).thenAnswer(call -> new GroupEntity(call.getArgument(0)));
    when(identityService.createGroupQuery()).thenAnswer(call -> {
      GroupQuery query = mock(GroupQuery.class);
      when(query.groupIdIn(any(String[].class))).thenReturn(query);
      when(query.listPage(anyInt(), anyInt())).thenAnswer(page -> new ArrayList<>(groups.values()));
      return query;
    });
    doAnswer(call -> {
      Group group = call.getArgument(0);
      GroupEntity stored = new GroupEntity(group.getId());
      stored.setName(group.getName());
      stored.setType(group.getType());
      groups.put(group.getId(), stored);
      return null;
    }).when(identityService).saveGroup(any());
  }

  @Test
  void createsOneAgencyGroupPerAgency() {
    int written = new AgencyGroupSync(registry).sync(identityService);

    assertThat(written).isEqualTo(2);
    assertThat(groups).containsOnlyKeys("ubnd-thanh-pho", "phong-tnmt");
    assertThat(groups.get("phong-tnmt").getName()).isEqualTo("Phòng Tài nguyên và Môi trường thành phố Lào Cai");
    assertThat(groups.values()).extracting(Group::getType).containsOnly("AGENCY");
  }

  @Test
  void secondRunChangesNothing() {
    new AgencyGroupSync(registry).sync(identityService);
    clearInvocations(identityService);

    assertThat(new AgencyGroupSync(registry).sync(identityService)).isZero();
    verify(identityService, never()).saveGroup(any());
  }

  @Test
  void renamedAgencyRenamesItsGroup() {
    GroupEntity old = new GroupEntity("phong-tnmt");
    old.setName("Phòng TN&MT cũ");
    old.setType("AGENCY");
    groups.put("phong-tnmt", old);

    new AgencyGroupSync(registry).sync(identityService);

    assertThat(groups.get("phong-tnmt").getName()).isEqualTo("Phòng Tài nguyên và Môi trường thành phố Lào Cai");
  }

  @Test
  void readOnlyIdentityServiceIsLeftAlone() {
    when(identityService.isReadOnly()).thenReturn(true);

    assertThat(new AgencyGroupSync(registry).sync(identityService)).isZero();
    verify(identityService, never()).saveGroup(any());
    assertThat(groups).isEmpty();
  }
}
