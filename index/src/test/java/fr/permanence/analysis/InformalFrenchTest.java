package fr.permanence.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Text-message spellings to standard French: input → exact output, one phenomenon a line. */
class InformalFrenchTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # Question words written as consonants or phonetically.
      le loyer ça fait cb par an                  | le loyer ça fait combien par an
      pq il a refusé mon congé                    | pourquoi il a refusé mon congé
      pk pas moi                                  | pourquoi pas moi
      qd est-ce que je touche ma prime            | quand est-ce que je touche ma prime
      koi faire                                   | quoi faire
      # "c" before a word is "c'est"; "c)" numbering a list item is not.
      c normal que je sois pas payé               | c'est normal que je sois pas payé
      voir le point c) du contrat                 | voir le point c) du contrat
      c'est déjà bon                              | c'est déjà bon
      # "en C", the programming language, is written in capitals.
      je code en C tous les jours                 | je code en C tous les jours
      # The first person glued to its verb.
      jai signé hier                              | j'ai signé hier
      jsuis en arrêt depuis lundi                 | je suis en arrêt depuis lundi
      chui cadre                                  | je suis cadre
      ya une réunion                              | il y a une réunion
      # Shorthand of text messages, whole words only.
      pr mon contrat                              | pour mon contrat
      prime pro rata                              | prime pro rata
      tt le monde bosse tjrs le samedi            | tout le monde bosse toujours le samedi
      bcp de gens                                 | beaucoup de gens
      qqn peut m'aider                            | quelqu'un peut m'aider
      c'est écrit qq part                         | c'est écrit quelque part
      # "plein de", "plein à" is "beaucoup"; "temps plein" and "faire le plein" are not.
      on est plein à lire nos mails le soir        | on est beaucoup à lire nos mails le soir
      ya plein d'heures non payées                 | il y a beaucoup d'heures non payées
      je suis à temps plein à Lyon                 | je suis à temps plein à Lyon
      faire le plein de la voiture de service      | faire le plein de la voiture de service
      # "mm" is "même", except after a number.
      la mm chose                                 | la même chose
      une vis de 12 mm                            | une vis de 12 mm
      # "ds" is "dans", except after a determiner, where it is the délégué syndical; "DS" stays an acronym.
      ds ma boîte                                 | dans ma boîte
      notre ds est absent                         | notre délégué syndical est absent
      le DS est absent                            | le DS est absent
      # Truncations that only mean something after their noun.
      mes heures sup du mois                      | mes heures supplémentaires du mois
      on fait des h supp                          | on fait des heures supplémentaires
      une sup de plus                             | une sup de plus
      # After an elided article, the word glued to the apostrophe is a word of its own.
      combien d'heures sup par an                 | combien d'heures supplémentaires par an
      combien d’h supp                            | combien d’heures supplémentaires
      l'indem de licenciement                     | l'indemnité de licenciement
      aujourd'hui et demain                       | aujourd'hui et demain
      on a signé une rupture conv                 | on a signé une rupture conventionnelle
      la conv collective                          | la convention collective
      la conv syntec                              | la convention syntec
      un licenciement éco                         | un licenciement économique
      elle part en congé mat                      | elle part en congé maternité
      j'ai ma visite méd jeudi                    | j'ai ma visite médicale jeudi
      # The conseil de prud'hommes, however it is spelt.
      aller aux prudhommes                        | aller aux prud'hommes
      aller aux prud hommes                       | aller aux prud'hommes
      # Clipped words; "perso" stays (personnel or personnelle?).
      rester dispo le soir                        | rester disponible le soir
      mes données perso                           | mes données perso
      12h max par jour                            | 12h maximum par jour
      combien d'heures maxi                       | combien d'heures maximum
      la pause mini                               | la pause minimum
      le maximum légal                            | le maximum légal
      # Clippings whose stem is another word's ("devant", "demi").
      je suis dev junior                          | je suis développeur junior
      les devs de l'équipe                        | les développeurs de l'équipe
      poser ma dem                                | poser ma démission
      devant le juge                              | devant le juge
      # The "n+1" is no number.
      mon n+1 refuse                              | mon supérieur hiérarchique refuse
      mon N+2                                     | mon supérieur hiérarchique
      # Slang whose stem is another word of the texts: boss (bosses), lourdé (faute lourde); common slang stays.
      mon boss refuse                             | mon employeur refuse
      je me suis fait lourder                     | je me suis fait licencié
      je bosse dans ma boîte                      | je bosse dans ma boîte
      on m'a viré                                 | on m'a viré
      # A single word in capitals is an acronym; a truncation shouted is still a truncation.
      PR et RH                                    | PR et RH
      DES HEURES SUP                              | DES heures supplémentaires
      # To count as: the question of a legal category, not the noun "compte" (CPF, CET).
      ça compte comme des heures sup ?            | ça est des heures supplémentaires ?
      les pauses comptent comme du travail ?      | les pauses est du travail ?
      mon compte CPF                              | mon compte CPF
      ça compte pour mes congés ?                 | ça compte pour mes congés ?
      # Any case and rewrites in a row: each rule reads the text the rules before it wrote.
      Cb De JoUrS pOuR uN aRrêT mAl               | combien De JoUrS pOuR uN arrêt maladie
      jai fait des h sup                          | j'ai fait des heures supplémentaires
      """)
  void rewritesInformalSpellings(String informal, String standard) {
    assertEquals(standard, InformalFrench.normalize(informal));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', textBlock = """
      # The literal start of each alternative, folded; an optional letter ends it.
      cb|cbn|Conbien                              ; [cb, cbn, conbien]
      congés?\\s+mat|arr[eê]t                     ; [congé, arr]
      conv(?=\\s+syntec)                          ; [conv]
      # An alternative that starts with a pattern: no cue, the rule always runs.
      (?:heures?|h)\\s+sup                        ; []
      dispo|\\d+                                  ; []
      """)
  void cuesAreWhatEveryMatchContains(String forms, String cues) {
    assertEquals(cues, InformalFrench.cues(forms).toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      CONGÉ                                       | congé
      Straße                                      | straße
      """)
  void foldsAsCaseInsensitiveMatchingCompares(String text, String folded) {
    assertEquals(folded, InformalFrench.fold(text));
  }
}
