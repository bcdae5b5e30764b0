package fr.permanence.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pseudonym secret: made once, kept owner-only, the same for every process that starts together. */
class PseudonymizerTest {
  @TempDir Path tmp;

  @Test
  void theSecretIsMadeOnceThenReadBack() throws Exception {
    Path file = tmp.resolve("questions.key");
    Pseudonymizer first = Pseudonymizer.loadOrCreate(file);
    Pseudonymizer again = Pseudonymizer.loadOrCreate(file);

    assertEquals(List.of(true, false), List.of(first.created(), again.created()));
    assertEquals(first.member("discord", "123"), again.member("discord", "123"));
    assertEquals(65, Files.readString(file).length(), "64 hex digits and a newline");
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertEquals(List.of("questions.key"), List.of(tmp.toFile().list()), "nothing left beside it");
  }

  @RepeatedTest(5)
  void startsAtTheSameMomentShareOneSecret() throws Exception {
    Path file = tmp.resolve("questions.key");
    int starts = 8;
    CountDownLatch ready = new CountDownLatch(starts);
    ExecutorService pool = Executors.newFixedThreadPool(starts);
    try {
      List<Future<Pseudonymizer>> made = new ArrayList<>();
      for (int i = 0; i < starts; i++) {
        made.add(pool.submit(() -> {
          ready.countDown();
          ready.await();
          return Pseudonymizer.loadOrCreate(file);
        }));
      }
      List<Pseudonymizer> all = new ArrayList<>();
      for (Future<Pseudonymizer> f : made) {
        all.add(f.get());
      }

      Set<String> pseudonyms = all.stream().map(p -> p.member("matrix", "@alice:example.org")).collect(Collectors.toSet());
      assertEquals(1, pseudonyms.size(), "one secret for all");
      assertEquals(1, all.stream().filter(Pseudonymizer::created).count(), "made by one of them");
      assertEquals(List.of("questions.key"), List.of(tmp.toFile().list()));
    } finally {
      pool.shutdownNow();
    }
  }
}
