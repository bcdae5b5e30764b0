package fr.permanence.cli;

import fr.permanence.app.Bot;
import fr.permanence.corpus.Corpus;
import fr.permanence.fiches.FicheImporter;
import fr.permanence.legi.ArticlePrefixes;
import fr.permanence.legi.CodeDuTravailImporter;
import fr.permanence.legi.ConventionImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * Corpus maintenance from the command line: moderators' edits ({@link CorpusEdits}) and importing
 * the sources published as npm packages (Code du travail, the Ministry's fact sheets, a collective
 * agreement). Imports go to the data folder's corpus (seeded from the default one first), never
 * into the repository, unless a maintainer refreshes the default files with {@code --into corpus/}.
 */
@Command(name = "corpus", description = "Gestion du corpus.", mixinStandardHelpOptions = true, subcommands = {
    CorpusEdits.Liste.class, CorpusEdits.Ajouter.class, CorpusEdits.Remplacer.class, CorpusEdits.Retirer.class,
    CorpusEdits.Restaurer.class, CorpusEdits.Historique.class, CorpusEdits.Etat.class, CorpusCommand.ImportCode.class,
    CorpusCommand.ImportConvention.class, CorpusCommand.ImportFiches.class})
final class CorpusCommand {
  @ParentCommand
  Main main;

  /** Where an import writes: {@code --into}, or the data folder's corpus. */
  static final class Target {
    @Option(names = "--into", paramLabel = "DOSSIER",
        description = "Écrit dans ce dossier de corpus (mainteneurs : corpus/ pour le corpus par défaut du dépôt) "
            + "au lieu du corpus du dossier de données.")
    Path into;

    Path dir(Main main) throws IOException {
      if (into != null) {
        if (!Files.isRegularFile(into.resolve(Corpus.MANIFEST))) {
          throw new IllegalArgumentException("« " + into + " » n'est pas un dossier de corpus (pas de "
              + Corpus.MANIFEST + ").");
        }
        return into;
      }
      return Bot.seedCorpus(main.settings()).corpusDir();
    }
  }

  /**
   * An import of one source package into a corpus folder: where it writes ({@code --into}, or the
   * data folder's corpus), then its summary and what happens to the index.
   */
  abstract static class SourceImport implements Callable<Integer> {
    @ParentCommand
    CorpusCommand corpus;

    @Mixin
    Target target;

    /** Imports into the corpus folder {@code dir}; returns the import's summary. */
    abstract String importInto(Path dir) throws IOException;

    @Override
    public final Integer call() throws IOException {
      System.out.println(importInto(target.dir(corpus.main)));
      System.out.println("L'index sera reconstruit au prochain démarrage (ou : ./permanence index rebuild).");
      return 0;
    }
  }

  @Command(name = "import-code-du-travail",
      description = "Importe le Code du travail depuis le paquet npm @socialgouv/legi-data (.tgz ou JSON extrait).")
  static final class ImportCode extends SourceImport {
    @Parameters(paramLabel = "PAQUET", description = "Le .tgz obtenu par « npm pack @socialgouv/legi-data », ou le JSON du code.")
    Path source;

    @Option(names = "--prefixes", paramLabel = "FICHIER",
        description = "Préfixes d'articles à garder (un par ligne) ; par défaut, tous les articles en vigueur.")
    Path prefixes;

    @Option(names = "--all", hidden = true, description = "Tous les articles en vigueur (le défaut).")
    boolean all;

    @Override
    String importInto(Path dir) throws IOException {
      List<String> rules = all || prefixes == null ? List.of() : ArticlePrefixes.read(prefixes);
      return new CodeDuTravailImporter().importTo(source, rules, dir.resolve(Corpus.CODE_DU_TRAVAIL)).summary();
    }
  }

  @Command(name = "import-convention",
      description = "Importe une convention collective, par son IDCC, depuis le paquet npm @socialgouv/kali-data.")
  static final class ImportConvention extends SourceImport {
    @Parameters(paramLabel = "PAQUET", description = "Le .tgz obtenu par « npm pack @socialgouv/kali-data », ou le dossier extrait.")
    Path source;

    @Option(names = "--idcc", required = true, paramLabel = "N", description = "L'IDCC de la convention (Syntec : 1486).")
    String idcc;

    @Option(names = "--nom", paramLabel = "NOM",
        description = "Le nom usuel cité (« Syntec ») ; par défaut le titre court du paquet.")
    String name;

    @Override
    String importInto(Path dir) throws IOException {
      return new ConventionImporter().importTo(source, idcc, name,
          dir.resolve(Corpus.convention(idcc.strip().replaceFirst("^0+", "")))).summary();
    }
  }

  @Command(name = "import-fiches",
      description = "Importe les fiches pratiques du ministère du Travail depuis le paquet npm @socialgouv/fiches-travail-data.")
  static final class ImportFiches extends SourceImport {
    @Parameters(paramLabel = "PAQUET",
        description = "Le .tgz obtenu par « npm pack @socialgouv/fiches-travail-data », ou le dossier extrait.")
    Path source;

    @Override
    String importInto(Path dir) throws IOException {
      return new FicheImporter().importTo(source, dir.resolve(Corpus.FICHES)).summary();
    }
  }
}
