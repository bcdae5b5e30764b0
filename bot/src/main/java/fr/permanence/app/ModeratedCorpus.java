package fr.permanence.app;

import fr.permanence.conversation.CorpusModeration;
import fr.permanence.moderation.AuditEntry;
import fr.permanence.moderation.CorpusChange;
import fr.permanence.moderation.CorpusEntry;
import fr.permanence.moderation.CorpusStatus;
import fr.permanence.moderation.DocumentMeta;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The conversation core's corpus port, served by the data folder's corpus editor and rebuild
 * scheduler. Thread-safe as they are: changes and rebuilds are serialised by their shared lock.
 */
public final class ModeratedCorpus implements CorpusModeration {
  private final Moderation moderation;

  public ModeratedCorpus(Moderation moderation) {
    this.moderation = Objects.requireNonNull(moderation, "moderation");
  }

  @Override
  public List<CorpusEntry> list() {
    return moderation.editor().list();
  }

  @Override
  public CorpusChange add(String moderator, Path upload, String fileName, DocumentMeta meta) {
    return moderation.editor().add(moderator, upload, fileName, meta);
  }

  @Override
  public CorpusChange replace(String moderator, String slug, Path upload, String fileName) {
    return moderation.editor().replace(moderator, slug, upload, fileName);
  }

  @Override
  public CorpusChange remove(String moderator, String slug) {
    return moderation.editor().remove(moderator, slug);
  }

  @Override
  public CorpusChange restore(String moderator, String archive) {
    return moderation.editor().restore(moderator, archive);
  }

  @Override
  public List<AuditEntry> history(int limit) {
    return moderation.editor().history(limit);
  }

  @Override
  public boolean startRebuild(String moderator) {
    return moderation.rebuilds().start(moderator);
  }

  @Override
  public CorpusStatus status() {
    return moderation.editor().status(moderation.rebuilds().state());
  }
}
