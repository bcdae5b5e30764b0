package fr.permanence.cli;

import fr.permanence.lexicon.CdtnLexicon;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** The synonym lexicons applied to questions. */
@Command(name = "lexicon", description = "Lexiques de synonymes appliqués aux questions.",
    subcommands = {LexiconCommand.ImportCdtn.class})
final class LexiconCommand {
  @ParentCommand
  Main main;

  @Command(name = "import-cdtn",
      description = "Convertit les synonymes de code.travail.gouv.fr et le thésaurus TESS du paquet npm "
          + "@socialgouv/cdtn-elasticsearch (.tgz) en fichiers du lexique.")
  static final class ImportCdtn implements Callable<Integer> {
    @ParentCommand
    LexiconCommand lexicon;

    @Parameters(paramLabel = "PAQUET", description = "Le .tgz obtenu par « npm pack @socialgouv/cdtn-elasticsearch ».")
    Path source;

    @Option(names = "--to", paramLabel = "DOSSIER", description = "Dossier du lexique (défaut : corpus/lexicon de l'installation).")
    Path folder;

    @Override
    public Integer call() throws IOException {
      Path to = folder != null ? folder : lexicon.main.settings().synonyms();
      CdtnLexicon.Report report = new CdtnLexicon().convert(source, to, LocalDate.now().toString());
      System.out.println(report.summary() + " Écrit dans " + to + ".");
      return 0;
    }
  }
}
