package dev.charter.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class JudgmentIdsTest {

  @Test
  void idsAreRandomVersionFourUuids() {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String id = JudgmentIds.next();
      UUID uuid = UUID.fromString(id);
      assertThat(uuid.version()).isEqualTo(4);
      assertThat(uuid.variant()).isEqualTo(2);
      assertThat(uuid.toString()).isEqualTo(id);
      ids.add(id);
    }
    assertThat(ids).hasSize(10_000);
  }

  @Test
  void threadsDrawingAtOnceNeverShareAnId() {
    Set<String> ids = ConcurrentHashMap.newKeySet();
    IntStream.range(0, 40_000).parallel().forEach(i -> ids.add(JudgmentIds.next()));
    assertThat(ids).hasSize(40_000);
  }
}
