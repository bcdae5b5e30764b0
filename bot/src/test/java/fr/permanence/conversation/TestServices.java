package fr.permanence.conversation;

import fr.permanence.answer.Answerer;
import fr.permanence.app.ModeratedCorpus;
import fr.permanence.app.Moderation;
import fr.permanence.app.Settings;
import fr.permanence.files.DataFolder;
import fr.permanence.sql.Database;
import fr.permanence.moderation.UploadPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** A conversation service over the fixtures, a real corpus folder and audit table in {@code dir}, for adapter tests. */
public final class TestServices {
  private TestServices() {}

  /**
   * Writes a one-document corpus folder ("guide", one passage on the CSE's consultation) at
   * {@code corpusDir}; returns it.
   */
  public static Path seedCorpus(Path corpusDir) throws IOException {
    Path docs = Files.createDirectories(corpusDir.resolve("documents"));
    Files.writeString(docs.resolve("guide.txt"), "Le comité social et économique est consulté sur l'introduction de "
        + "nouvelles technologies, et sur tout aménagement important des conditions de travail des salariés.\n");
    Files.writeString(corpusDir.resolve("manifest.json"), """
        {"version":1,"documents":[{"slug":"guide","file":"documents/guide.txt","title":"Guide des élus"}]}""");
    return corpusDir;
  }

  /** A one-document corpus folder in {@code dir}/corpus and its moderation; close it after the test. */
  public static Moderation corpus(Path dir, Clock clock) throws IOException {
    DataFolder data = new DataFolder(Files.createDirectories(dir.resolve("data")));
    return Moderation.open(data, Database.sqlite(data.questionLog()), seedCorpus(dir.resolve("corpus")),
        new UploadPolicy(100_000), () -> 0, clock);
  }

  /** Trainers' reports over what {@code members} recorded; marking a gap says what the core passed on. */
  public static TrainerReports reports(RecordingMembers members) {
    return new TrainerReports() {
      @Override
      public String summary() {
        return "Résumé : " + members.lines.size() + " lignes.";
      }

      @Override
      public String report() {
        return "# Rapport\n\n" + String.join("\n", members.lines);
      }

      @Override
      public String markHandled(String gap, String note) {
        return "noté [" + gap + "] [" + note + "]";
      }
    };
  }

  public static ConversationService service(RecordingMembers members, Moderation corpus, Clock clock) {
    return service(members, corpus, clock, Fixtures.ANSWERER);
  }

  /** The same, answering with {@code answerer} (one that fails, for instance). */
  public static ConversationService service(RecordingMembers members, Moderation corpus, Clock clock,
      Answerer answerer) {
    return new ConversationService(answerer, Fixtures::passage, Fixtures::article, members, reports(members),
        new ModeratedCorpus(corpus), ConversationSettings.defaults("permanence@union.example", Settings.ZONE), clock);
  }
}
