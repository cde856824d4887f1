package vn.followup.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.followup.support.FastTest;

@FastTest
class AgencyRegistryTest {

  private final AgencyRegistry registry = AgencyRegistry.fromClasspath("organisation/agencies.yaml");

  @Test
  void shippedFileHoldsTheAgenciesOfTheSeedNotice() {
    assertThat(registry.all()).extracting(Agency::id).contains(
        "thuong-truc-thanh-uy", "ban-thuong-vu-thanh-uy", "van-phong-thanh-uy", "co-quan-tham-muu-thanh-uy",
        "hdnd-thanh-pho", "ubnd-thanh-pho", "vp-hdnd-ubnd-thanh-pho", "phong-tnmt", "phong-qldt", "phong-noi-vu",
        "phong-kinh-te", "phong-tckh", "phong-ldtbxh", "thanh-tra-thanh-pho", "trung-tam-ptqd", "ban-qlda",
        "cong-an-thanh-pho", "ban-chqs-thanh-pho", "mttq-thanh-pho", "to-chuc-ctxh-thanh-pho",
        "dang-uy-xuan-tang", "ubnd-xuan-tang", "hdnd-xuan-tang", "mttq-xuan-tang", "to-chuc-ctxh-xuan-tang",
        "dang-uy-coc-leu");
    assertThat(registry.require("phong-tnmt").name()).isEqualTo("Phòng Tài nguyên và Môi trường thành phố Lào Cai");
    assertThat(registry.require("phong-tnmt").shortName()).isEqualTo("Phòng TN&MT");
  }

  @Test
  void everyIdIsAValidCamundaGroupIdAndEveryAgencyHasANameAndShortName() {
    assertThat(registry.all()).allSatisfy(agency -> {
      assertThat(agency.id()).matches("[a-zA-Z0-9]+([._-][a-zA-Z0-9]+)*");
      assertThat(agency.name()).isNotBlank();
      assertThat(agency.shortName()).isNotBlank();
    });
  }

  @Test
  void everyParentExists() {
    assertThat(registry.all()).filteredOn(agency -> agency.parent() != null)
        .allSatisfy(agency -> assertThat(registry.contains(agency.parent())).as(agency.id()).isTrue());
  }

  @Test
  void cityDepartmentsAndTheWardPeoplesCommitteeAreUnitsOfTheCityPeoplesCommittee() {
    assertThat(registry.unitsOf("ubnd-thanh-pho")).extracting(Agency::id).containsExactlyInAnyOrder(
        "vp-hdnd-ubnd-thanh-pho", "phong-tnmt", "phong-qldt", "phong-noi-vu", "phong-kinh-te", "phong-tckh",
        "phong-ldtbxh", "thanh-tra-thanh-pho", "trung-tam-ptqd", "ban-qlda", "ubnd-xuan-tang");
    assertThat(registry.require("cong-an-thanh-pho").parent()).isNull();
    assertThat(registry.require("ban-chqs-thanh-pho").parent()).isNull();
    assertThat(registry.unitsOf("phong-tnmt")).isEmpty();
  }

  @Test
  void matchesNamesIgnoringCaseDiacriticsAndSpacing() {
    assertThat(registry.matchName("Phòng TN&MT")).map(Agency::id).hasValue("phong-tnmt");
    assertThat(registry.matchName("phong tai nguyen va moi truong")).map(Agency::id).hasValue("phong-tnmt");
    assertThat(registry.matchName("  PHÒNG  TN & MT ")).map(Agency::id).hasValue("phong-tnmt");
    assertThat(registry.matchName("UBND phường Xuân Tăng")).map(Agency::id).hasValue("ubnd-xuan-tang");
    assertThat(registry.matchName("Văn phòng HĐND & UBND thành phố")).map(Agency::id).hasValue("vp-hdnd-ubnd-thanh-pho");
    assertThat(registry.matchName("- Văn phòng HĐND & UBND thành phố,")).map(Agency::id).hasValue("vp-hdnd-ubnd-thanh-pho");
    assertThat(registry.matchName("dang uy phuong coc leu")).map(Agency::id).hasValue("dang-uy-coc-leu");
    assertThat(registry.matchName("Phòng Tài chính – Kế hoạch")).map(Agency::id).hasValue("phong-tckh");
  }

  @Test
  void unknownNamesAndBlankTextMatchNothing() {
    assertThat(registry.matchName("Sở Tài nguyên và Môi trường")).isEmpty();
    assertThat(registry.matchName(" ")).isEmpty();
    assertThat(registry.matchName(null)).isEmpty();
  }

  @Test
  void unknownIdIsRefusedWithAVietnameseMessageNamingIt() {
    assertThat(registry.find("phong-khong-co")).isEmpty();
    assertThat(registry.contains("phong-khong-co")).isFalse();
    assertThatThrownBy(() -> registry.require("phong-khong-co"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("phong-khong-co")
        .hasMessageContaining("Không có cơ quan");
  }

  @Test
  void readsAnAgencysSharedMailboxAndRefusesOneThatIsNotAnAddress() {
    AgencyRegistry withMailbox = AgencyRegistry.fromYaml(new java.io.StringReader(
        "agencies:\n  - id: phong-a\n    name: Phòng A\n    mailbox: vanthu.phonga@example.org\n"));
    assertThat(withMailbox.require("phong-a").mailbox()).isEqualTo("vanthu.phonga@example.org");
    assertThat(registry.require("phong-tnmt").mailbox()).isNull();

    assertThatThrownBy(() -> AgencyRegistry.fromYaml(new java.io.StringReader(
        "agencies:\n  - id: phong-a\n    name: Phòng A\n    mailbox: Văn thư <vanthu@example.org>\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hộp thư chung")
        .hasMessageContaining("phong-a");
  }

  @Test
  void duplicateIdIsRefused() {
    assertThatThrownBy(() -> AgencyRegistry.of(List.of(
        agency("phong-a", "Phòng A", null), agency("phong-a", "Phòng B", null))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("phong-a")
        .hasMessageContaining("trùng");
  }

  @Test
  void cycleOfParentsIsRefused() {
    assertThatThrownBy(() -> AgencyRegistry.of(List.of(
        agency("a", "Cơ quan A", "c"), agency("b", "Cơ quan B", "a"), agency("c", "Cơ quan C", "b"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("vòng lặp");
  }

  @Test
  void missingParentIsRefused() {
    assertThatThrownBy(() -> AgencyRegistry.of(List.of(agency("a", "Cơ quan A", "khong-co"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("khong-co");
  }

  @Test
  void invalidIdIsRefused() {
    assertThatThrownBy(() -> AgencyRegistry.of(List.of(agency("phòng tnmt", "Phòng TN&MT", null))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("phòng tnmt");
  }

  @Test
  void spellingSharedByTwoAgenciesIsRefused() {
    assertThatThrownBy(() -> AgencyRegistry.of(List.of(
        new Agency("a", "Phòng Nội vụ", "Nội vụ", null, List.of()),
        new Agency("b", "Sở Nội vụ", "NOI VU", null, List.of()))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NOI VU");
  }

  @Test
  void yamlWithADuplicateIdIsRefused() {
    String yaml = """
        agencies:
          - {id: phong-a, name: Phòng A, shortName: A, parent: null}
          - {id: phong-a, name: Phòng A bis, shortName: A bis, parent: null}
        """;
    assertThatThrownBy(() -> AgencyRegistry.fromYaml(new StringReader(yaml)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("phong-a");
  }

  @Test
  void yamlWithoutAgenciesListIsRefused() {
    assertThatThrownBy(() -> AgencyRegistry.fromYaml(new StringReader("agency: []")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("agencies");
  }

  private static Agency agency(String id, String name, String parent) {
    return new Agency(id, name, name, parent, List.of());
  }
}
